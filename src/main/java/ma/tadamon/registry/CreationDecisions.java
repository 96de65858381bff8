package ma.tadamon.registry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.identity.Account;
import ma.tadamon.identity.AccountIdentifier;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.NewAccount;
import ma.tadamon.identity.Roles;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.platform.notify.Notification;
import ma.tadamon.platform.notify.NotificationSender;
import ma.tadamon.registry.CreationRequest.Status;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's side of a creation request: ask for changes, approve, then record the number the
 * court's local register issued — which creates the cooperative in the registry with its founders
 * as members and its president as manager account. The applicant is told at each decision.
 */
@Service
@Transactional
public class CreationDecisions {

    private final JdbcClient jdbc;
    private final CreationRequestStore store;
    private final Actors actors;
    private final Members members;
    private final Accounts accounts;
    private final NotificationSender notifications;
    private final MessageSource messages;
    private final AuditLog audit;

    CreationDecisions(
            JdbcClient jdbc,
            CreationRequestStore store,
            Actors actors,
            Members members,
            Accounts accounts,
            NotificationSender notifications,
            MessageSource messages,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.actors = actors;
        this.members = members;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
    }

    public void requestChanges(UUID id, String note, UUID registrar, String baseUrl) {
        if (note == null || note.isBlank()) {
            throw new InvalidRequestException("note", "validation.creation.note");
        }
        move(id, Status.SUBMITTED, Status.CHANGES_REQUESTED, note.trim(), registrar, baseUrl);
    }

    public void approve(UUID id, UUID registrar, String baseUrl) {
        move(id, Status.SUBMITTED, Status.APPROVED, null, registrar, baseUrl);
    }

    /** Records the local register's number and creates the cooperative; returns the new actor's id. */
    public UUID register(UUID id, String registrationNumber, @Nullable String court, UUID registrar, String baseUrl) {
        CreationRequest r = store.find(id).orElseThrow(() -> new NotFoundException("creation.notFound"));
        if (r.status() != Status.APPROVED) {
            throw new InvalidRequestException("request", "validation.creation.notApproved");
        }
        if (registrationNumber == null || registrationNumber.isBlank()) {
            throw new InvalidRequestException("registrationNumber", "validation.creation.registrationNumber");
        }
        UUID actorId = UUID.randomUUID();
        actors.register(
                actorId,
                new NewActor(
                        ActorType.COOPERATIVE,
                        r.nameAr(),
                        r.nameFr(),
                        null,
                        "Coopérative (loi 112-12)",
                        r.assemblyDate(),
                        r.valueChain(),
                        r.communeId(),
                        r.address(),
                        null,
                        null,
                        null,
                        null,
                        r.object(),
                        null,
                        registrationNumber.trim(),
                        court,
                        LocalDate.now(),
                        null,
                        null));
        for (CreationRequest.Founder founder : r.founders()) {
            members.add(
                    actorId,
                    new NewMember(
                            founder.fullName(),
                            founder.gender(),
                            founder.birthYear(),
                            founder.nationalId(),
                            founder.phone(),
                            founder.role(),
                            r.assemblyDate() == null ? LocalDate.now() : r.assemblyDate(),
                            messages.getMessage("creation.consent", null, Locale.FRENCH)));
        }
        CreationRequest.Founder president = r.president();
        if (president != null && (president.email() != null || president.phone() != null)) {
            managerAccount(president, actorId, baseUrl);
        }
        jdbc.sql(
                        "update registry_creation_request set status = 'REGISTERED', registration_number = ?, registration_court = ?,"
                                + " actor_id = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(registrationNumber.trim(), court, actorId, id)
                .update();
        store.event(id, Status.REGISTERED, registrationNumber.trim(), registrar);
        audit.record(
                "REGISTER",
                "creation_request",
                id,
                Status.APPROVED,
                Map.of("actor", actorId, "number", registrationNumber));
        tell(r, Status.REGISTERED, registrationNumber.trim(), baseUrl);
        return actorId;
    }

    private void managerAccount(CreationRequest.Founder president, UUID actorId, String baseUrl) {
        AccountIdentifier identifier = null;
        try {
            identifier = AccountIdentifier.parse(president.email() != null ? president.email() : president.phone());
        } catch (IllegalArgumentException e) {
            return; // a fixed-line number cannot sign in; the registrar can invite her later
        }
        var existing = accounts.findByIdentifier(identifier);
        if (existing.isPresent()) {
            accounts.grant(existing.get().id(), Roles.COOP_MANAGER, actorId, null);
        } else {
            accounts.invite(
                    new NewAccount(
                            president.fullName(),
                            identifier.email(),
                            identifier.phone() == null
                                    ? null
                                    : identifier.phone().e164(),
                            "ar",
                            Roles.COOP_MANAGER,
                            actorId,
                            null),
                    baseUrl);
        }
    }

    private void move(UUID id, Status from, Status to, @Nullable String note, UUID registrar, String baseUrl) {
        CreationRequest r = store.find(id).orElseThrow(() -> new NotFoundException("creation.notFound"));
        if (r.status() != from) {
            throw new InvalidRequestException("request", "validation.creation.wrongStatus");
        }
        jdbc.sql(
                        "update registry_creation_request set status = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(to.name(), id)
                .update();
        store.event(id, to, note, registrar);
        audit.record(to.name(), "creation_request", id, from, to);
        tell(r, to, note, baseUrl);
    }

    private void tell(CreationRequest r, Status status, @Nullable String detail, String baseUrl) {
        Account applicant = accounts.find(r.applicantId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(applicant.locale());
        String name = r.nameAr() != null && locale.getLanguage().equals("ar")
                ? r.nameAr()
                : r.nameFr() != null ? r.nameFr() : r.nameAr();
        String link = baseUrl + "/creation/" + r.id();
        Object[] args = {applicant.displayName(), r.fileNumber(), name, detail == null ? "" : detail, link};
        String subject = messages.getMessage("notify.creation." + status + ".subject", args, locale);
        String body = messages.getMessage("notify.creation." + status + ".body", args, locale);
        Notification.Channel channel =
                applicant.email() != null ? Notification.Channel.EMAIL : Notification.Channel.SMS;
        notifications.send(new Notification(channel, applicant.identifier(), subject, body));
    }
}
