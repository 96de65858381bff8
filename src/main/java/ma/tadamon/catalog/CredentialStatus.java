package ma.tadamon.catalog;

/** A credential is shown to the public only once VERIFIED (and while valid). */
public enum CredentialStatus {
    PENDING,
    VERIFIED,
    REJECTED,
    REVOKED
}
