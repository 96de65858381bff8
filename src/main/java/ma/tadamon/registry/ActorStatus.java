package ma.tadamon.registry;

public enum ActorStatus {
    ACTIVE,
    DORMANT,
    IN_LIQUIDATION,
    DISSOLVED
}
