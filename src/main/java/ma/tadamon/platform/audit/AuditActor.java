package ma.tadamon.platform.audit;

import java.util.UUID;

/** Implemented by the signed-in user's principal, so the audit log knows who wrote. */
public interface AuditActor {

    UUID accountId();

    /** How the person appears in the log: e-mail or phone at the time of the write. */
    String auditLabel();
}
