package ma.tadamon.identity;

/** The codes of the roles this module defines; later modules define theirs as data. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String REGISTRAR = "REGISTRAR";
    public static final String COOP_MANAGER = "COOP_MANAGER";
    public static final String MEMBER = "MEMBER";
    public static final String ORGANISER = "ORGANISER";
    public static final String PROGRAMME_OFFICER = "PROGRAMME_OFFICER";
    public static final String PUBLIC_BUYER = "PUBLIC_BUYER";
    public static final String ANALYST = "ANALYST";

    private Roles() {}
}
