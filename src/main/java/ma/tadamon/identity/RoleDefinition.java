package ma.tadamon.identity;

/** A role as data: its code and what a grant of it is scoped to (GLOBAL, PARTY or TERRITORY). */
public record RoleDefinition(String code, String scope) {

    public boolean partyScoped() {
        return "PARTY".equals(scope);
    }

    public boolean territoryScoped() {
        return "TERRITORY".equals(scope);
    }
}
