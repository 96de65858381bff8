package ma.tadamon.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PhoneNumber;
import ma.tadamon.platform.SearchText;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.registry.CreationRequest.Status;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The online procedure to create a cooperative. Every step saves the draft as it is, valid or not,
 * so a dropped connection loses nothing and the founder resumes on any device; {@link #problems}
 * says what still stands in the way of submitting. The registrar then asks for changes, approves,
 * and records the registration number ({@link CreationDecisions}).
 */
@Service
@Transactional
public class CreationRequests {

    public static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
    public static final List<String> DOCUMENT_TYPES = List.of("application/pdf", "image/jpeg", "image/png");

    /** Something that stands in the way of submitting, with the step where it is fixed. */
    public record Problem(int step, String messageKey, List<Object> args) {}

    private final JdbcClient jdbc;
    private final CreationRequestStore store;
    private final CreationRules rules;
    private final AuditLog audit;

    CreationRequests(JdbcClient jdbc, CreationRequestStore store, CreationRules rules, AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.rules = rules;
        this.audit = audit;
    }

    public CreationRules rules() {
        return rules;
    }

    public UUID start(UUID applicantId) {
        UUID id = UUID.randomUUID();
        long seq = jdbc.sql("select nextval('registry_creation_file_seq')")
                .query(Long.class)
                .single();
        String fileNumber = "TAD-%d-%06d".formatted(Year.now().getValue(), seq);
        OffsetDateTime now = now();
        jdbc.sql("""
                        insert into registry_creation_request (id, file_number, applicant_id, status, created_at, updated_at)
                        values (?, ?, ?, 'DRAFT', ?, ?)""").params(id, fileNumber, applicantId, now, now).update();
        store.event(id, Status.DRAFT, null, applicantId);
        audit.record("CREATE", "creation_request", id, null, java.util.Map.of("fileNumber", fileNumber));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<CreationRequest> find(UUID id) {
        return store.find(id);
    }

    @Transactional(readOnly = true)
    public List<CreationRequest> of(UUID applicantId) {
        return store.ids(
                "select id from registry_creation_request where applicant_id = ? order by created_at desc",
                applicantId);
    }

    @Transactional(readOnly = true)
    public List<CreationRequest> inStatus(Status status) {
        return store.ids(
                "select id from registry_creation_request where status = ? order by submitted_at, created_at",
                status.name());
    }

    /** Step 1: the proposed name; returns registered actors with a similar name (advisory only). */
    public List<ActorSummary> saveName(UUID id, @Nullable String nameAr, @Nullable String nameFr) {
        editable(id);
        update(id, "proposed_name_ar = ?, proposed_name_fr = ?", trim(nameAr), trim(nameFr));
        return similarNames(nameAr, nameFr);
    }

    /** Registered actors whose normalised name is close to the proposed one (trigram similarity). */
    @Transactional(readOnly = true)
    public List<ActorSummary> similarNames(@Nullable String nameAr, @Nullable String nameFr) {
        List<ActorSummary> similar = new ArrayList<>();
        for (String name : new String[] {nameAr, nameFr}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String text = SearchText.normalize(name);
            jdbc.sql("""
                            select a.party_id from registry_actor a
                            where a.search_text % ? or a.search_text like ?
                            order by similarity(a.search_text, ?) desc limit 5""")
                    .params(text, "%" + text.replace("%", "\\%").replace("_", "\\_") + "%", text)
                    .query(UUID.class)
                    .list()
                    .forEach(actorId -> store.summary(actorId)
                            .filter(s -> similar.stream().noneMatch(o -> o.id().equals(s.id())))
                            .ifPresent(similar::add));
        }
        return similar;
    }

    /** Step 2: object, value chain, commune and address. */
    public void saveActivity(
            UUID id,
            @Nullable String object,
            @Nullable String valueChain,
            @Nullable Long communeId,
            @Nullable String address) {
        editable(id);
        update(
                id,
                "object = ?, value_chain_code = ?, commune_id = ?, address = ?",
                trim(object),
                trim(valueChain),
                communeId,
                trim(address));
    }

    /** Step 3: the founders, replacing those saved before. Rows without a name are ignored. */
    public void saveFounders(UUID id, List<NewFounder> founders) {
        editable(id);
        int year = Year.now().getValue();
        List<NewFounder> kept = founders.stream()
                .filter(f -> f.fullName() != null && !f.fullName().isBlank())
                .toList();
        long presidents =
                kept.stream().filter(f -> f.role() == MemberRole.PRESIDENT).count();
        if (presidents > 1) {
            throw new InvalidRequestException("founders", "validation.creation.onePresident");
        }
        for (NewFounder f : kept) {
            if (!"F".equals(f.gender()) && !"M".equals(f.gender())) {
                throw new InvalidRequestException("founders", "validation.creation.founderGender", f.fullName());
            }
            if (f.birthYear() == null || year - f.birthYear() < 18 || year - f.birthYear() > 110) {
                throw new InvalidRequestException("founders", "validation.creation.founderAge", f.fullName());
            }
            if (f.phone() != null && !f.phone().isBlank()) {
                try {
                    PhoneNumber.parse(f.phone());
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("founders", "validation.creation.founderPhone", f.fullName());
                }
            }
        }
        List<Integer> oldShares = jdbc.sql(
                        "select shares from registry_creation_founder where request_id = ? order by position")
                .param(id)
                .query(Integer.class)
                .list();
        jdbc.sql("delete from registry_creation_founder where request_id = ?")
                .param(id)
                .update();
        int position = 0;
        for (NewFounder f : kept) {
            int shares = f.shares() > 0 ? f.shares() : position < oldShares.size() ? oldShares.get(position) : 1;
            jdbc.sql("""
                            insert into registry_creation_founder
                              (id, request_id, position, full_name, gender, birth_year, national_id, phone, email, role, shares)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            id,
                            position++,
                            f.fullName().trim(),
                            f.gender(),
                            f.birthYear(),
                            trim(f.nationalId()),
                            f.phone() == null || f.phone().isBlank()
                                    ? null
                                    : PhoneNumber.parse(f.phone()).e164(),
                            trim(f.email()),
                            f.role().name(),
                            Math.max(1, shares))
                    .update();
        }
        touch(id);
    }

    /** Step 4: the value of a share and how many each founder subscribes, in founders' order. */
    public void saveCapital(UUID id, @Nullable BigDecimal shareValue, List<Integer> shares) {
        editable(id);
        if (shareValue != null && shareValue.signum() <= 0) {
            throw new InvalidRequestException("shareValue", "validation.creation.shareValue", rules.minShareValue());
        }
        update(id, "share_value = ?", shareValue);
        List<UUID> founders = jdbc.sql(
                        "select id from registry_creation_founder where request_id = ? order by position")
                .param(id)
                .query(UUID.class)
                .list();
        for (int i = 0; i < founders.size() && i < shares.size(); i++) {
            int count = shares.get(i) == null ? 1 : shares.get(i);
            if (count < 1) {
                throw new InvalidRequestException("shares", "validation.creation.shares");
            }
            jdbc.sql("update registry_creation_founder set shares = ? where id = ?")
                    .params(count, founders.get(i))
                    .update();
        }
    }

    /** Step 5: the founders accept the statutes generated from the model. */
    public void acceptStatutes(UUID id, boolean accepted) {
        editable(id);
        update(id, "statutes_accepted = ?", accepted);
    }

    /** Step 6: the constitutive general assembly. */
    public void saveAssembly(UUID id, @Nullable LocalDate date, @Nullable String place) {
        editable(id);
        if (date != null && date.isAfter(LocalDate.now().plusYears(1))) {
            throw new InvalidRequestException("assemblyDate", "validation.creation.assemblyDate");
        }
        update(id, "assembly_date = ?, assembly_place = ?", date, trim(place));
    }

    /** Step 7: a supporting document (PDF or photo, at most 5 MB). */
    public UUID addDocument(UUID id, String kind, String fileName, String contentType, byte[] content) {
        editable(id);
        if (content.length == 0 || content.length > MAX_DOCUMENT_BYTES) {
            throw new InvalidRequestException(
                    "file", "validation.creation.documentSize", MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        if (!DOCUMENT_TYPES.contains(contentType)) {
            throw new InvalidRequestException("file", "validation.creation.documentType");
        }
        UUID documentId = UUID.randomUUID();
        jdbc.sql("""
                        insert into registry_creation_document (id, request_id, kind, file_name, content_type, size_bytes, content, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(documentId, id, kind, fileName, contentType, content.length, content, now())
                .update();
        touch(id);
        return documentId;
    }

    public void removeDocument(UUID id, UUID documentId) {
        editable(id);
        jdbc.sql("delete from registry_creation_document where id = ? and request_id = ?")
                .params(documentId, id)
                .update();
        touch(id);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> documentContent(UUID id, UUID documentId) {
        return jdbc.sql("select content from registry_creation_document where id = ? and request_id = ?")
                .params(documentId, id)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    /** What still prevents submitting, step by step; empty when the request can be submitted. */
    @Transactional(readOnly = true)
    public List<Problem> problems(UUID id) {
        CreationRequest r = store.find(id).orElseThrow(() -> new NotFoundException("creation.notFound"));
        List<Problem> problems = new ArrayList<>();
        if (blank(r.nameAr()) && blank(r.nameFr())) {
            problems.add(new Problem(1, "creation.problem.name", List.of()));
        }
        if (blank(r.object())) {
            problems.add(new Problem(2, "creation.problem.object", List.of()));
        }
        if (r.valueChain() == null) {
            problems.add(new Problem(2, "creation.problem.valueChain", List.of()));
        }
        if (r.communeId() == null) {
            problems.add(new Problem(2, "creation.problem.commune", List.of()));
        }
        if (r.founders().size() < rules.minFounders()) {
            problems.add(new Problem(
                    3,
                    "creation.problem.founders",
                    List.of(rules.minFounders(), r.founders().size())));
        }
        if (r.president() == null) {
            problems.add(new Problem(3, "creation.problem.president", List.of()));
        }
        if (r.shareValue() == null || r.shareValue().compareTo(rules.minShareValue()) < 0) {
            problems.add(new Problem(4, "creation.problem.shareValue", List.of(rules.minShareValue())));
        }
        if (r.capital().compareTo(rules.minCapital()) < 0) {
            problems.add(new Problem(4, "creation.problem.capital", List.of(rules.minCapital(), r.capital())));
        }
        if (!r.statutesAccepted()) {
            problems.add(new Problem(5, "creation.problem.statutes", List.of()));
        }
        if (r.assemblyDate() == null || blank(r.assemblyPlace())) {
            problems.add(new Problem(6, "creation.problem.assembly", List.of()));
        }
        for (String kind : List.of("NAME_CERTIFICATE", "FOUNDER_ID", "SIGNED_STATUTES", "BANK_CERTIFICATE")) {
            if (r.documents().stream().noneMatch(d -> d.kind().equals(kind))) {
                problems.add(new Problem(7, "creation.problem.document." + kind, List.of()));
            }
        }
        return problems;
    }

    /** Sends a complete request to the registrar's queue. */
    public void submit(UUID id, UUID by) {
        CreationRequest request = editable(id);
        if (!problems(id).isEmpty()) {
            throw new InvalidRequestException("request", "validation.creation.incomplete");
        }
        jdbc.sql(
                        "update registry_creation_request set status = 'SUBMITTED', submitted_at = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(now(), now(), id)
                .update();
        store.event(id, Status.SUBMITTED, null, by);
        audit.record("SUBMIT", "creation_request", id, request.status(), Status.SUBMITTED);
    }

    private CreationRequest editable(UUID id) {
        CreationRequest request = store.find(id).orElseThrow(() -> new NotFoundException("creation.notFound"));
        if (!request.status().editable()) {
            throw new InvalidRequestException("request", "validation.creation.notEditable");
        }
        return request;
    }

    private void update(UUID id, String assignments, Object... values) {
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
        params.add(now());
        params.add(id);
        jdbc.sql("update registry_creation_request set " + assignments
                        + ", updated_at = ?, version = version + 1 where id = ?")
                .params(params)
                .update();
    }

    private void touch(UUID id) {
        jdbc.sql("update registry_creation_request set updated_at = ?, version = version + 1 where id = ?")
                .params(now(), id)
                .update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String trim(@Nullable String value) {
        return blank(value) ? null : value.trim();
    }
}
