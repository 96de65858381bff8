package ma.tadamon.registry.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.platform.export.Downloads;
import ma.tadamon.platform.export.TableExport;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.ActorSummary;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.DirectoryQuery;
import ma.tadamon.registry.Member;
import ma.tadamon.registry.Members;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads. The directory, filtered exactly as on the /directory page, with public fields only,
 * for everyone; an actor's members with their personal data for those who may manage the actor,
 * each download written to the audit log (Law 09-08). CSV, XLSX and JSON, with the column names
 * an import recognises, so a download can be corrected and imported again.
 */
@Controller
class ExportController {

    static final List<String> ACTOR_COLUMNS = List.of(
            "id",
            "type",
            "name_ar",
            "name_fr",
            "name_en",
            "legal_form",
            "created_on",
            "value_chain",
            "sector",
            "commune_code",
            "commune_ar",
            "commune_fr",
            "address",
            "status",
            "registration_number",
            "registration_authority",
            "registration_date",
            "ice",
            "phone",
            "email",
            "latitude",
            "longitude",
            "women_led",
            "youth_led");

    static final List<String> MEMBER_COLUMNS = List.of(
            "actor_id",
            "member_id",
            "full_name",
            "gender",
            "birth_year",
            "national_id",
            "phone",
            "role",
            "joined_on",
            "consent_purpose");

    private static final int PAGE = 500;

    private final Actors actors;
    private final Members members;
    private final RegistryAccess access;
    private final Territories territories;
    private final JsonMapper json;

    ExportController(Actors actors, Members members, RegistryAccess access, Territories territories, JsonMapper json) {
        this.actors = actors;
        this.members = members;
        this.access = access;
        this.territories = territories;
        this.json = json;
    }

    @GetMapping("/directory/export.{format}")
    void directory(
            @PathVariable String format,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String territory,
            @RequestParam(required = false) @Nullable ActorType type,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String valueChain,
            @RequestParam(required = false) @Nullable Boolean womenLed,
            @RequestParam(required = false) @Nullable Boolean youthLed,
            @RequestParam(required = false) @Nullable String tag,
            HttpServletResponse response)
            throws IOException {
        TableExport.Format output = format(format);
        DirectoryQuery query = new DirectoryQuery(
                q, blank(territory), type, blank(sector), blank(valueChain), womenLed, youthLed, 0, PAGE, blank(tag));
        PageResult<ActorSummary> page = actors.search(query);
        Downloads.start(response, "actors." + output.extension(), output);
        try (TableExport.Sink sink = TableExport.open(output, ACTOR_COLUMNS, response.getOutputStream(), json)) {
            while (true) {
                write(page.items(), sink);
                if (!page.hasNext()) {
                    break;
                }
                page = actors.search(new DirectoryQuery(
                        query.text(),
                        query.territory(),
                        query.type(),
                        query.sector(),
                        query.valueChain(),
                        query.womenLed(),
                        query.youthLed(),
                        page.page() + 1,
                        PAGE,
                        query.tag()));
            }
        }
    }

    @GetMapping("/registry/actors/{id}/members.{format}")
    void members(@PathVariable UUID id, @PathVariable String format, HttpServletResponse response) throws IOException {
        TableExport.Format output = format(format);
        actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound"));
        access.requireManage(id);
        List<Member> list = members.export(id, output.extension());
        Downloads.start(response, "members-" + id + "." + output.extension(), output);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try (TableExport.Sink sink = TableExport.open(output, MEMBER_COLUMNS, response.getOutputStream(), json)) {
            for (Member m : list) {
                sink.row(Arrays.asList(
                        m.actorId(),
                        m.id(),
                        m.fullName(),
                        m.gender(),
                        m.birthYear(),
                        m.nationalId(),
                        m.phone(),
                        m.role().name(),
                        m.joinedOn(),
                        m.consentPurpose()));
            }
        }
    }

    private void write(List<ActorSummary> summaries, TableExport.Sink sink) {
        Map<UUID, Actor> full = actors
                .findAll(summaries.stream().map(ActorSummary::id).toList())
                .stream()
                .collect(Collectors.toMap(Actor::id, Function.identity()));
        Map<Long, String> codes = territories.codesOf(
                summaries.stream().map(ActorSummary::communeId).distinct().toList());
        for (ActorSummary s : summaries) {
            Actor a = full.get(s.id());
            if (a == null) {
                continue;
            }
            List<@Nullable Object> row = new ArrayList<>(Arrays.asList(
                    a.id(),
                    a.type().name(),
                    a.name().ar(),
                    a.name().fr(),
                    a.name().en(),
                    a.legalForm(),
                    a.createdOn(),
                    a.valueChain(),
                    a.sector(),
                    codes.get(a.communeId()),
                    s.communeName().ar(),
                    s.communeName().fr(),
                    a.address(),
                    a.status().name(),
                    a.registrationNumber(),
                    a.registrationAuthority(),
                    a.registrationDate(),
                    a.ice(),
                    a.phone(),
                    a.email(),
                    a.latitude(),
                    a.longitude(),
                    a.womenLed(),
                    a.youthLed()));
            sink.row(row);
        }
    }

    private static TableExport.Format format(String extension) {
        return TableExport.Format.ofExtension(extension).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
