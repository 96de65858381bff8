package ma.tadamon.registry;

public enum ActorType {
    COOPERATIVE,
    UNION,
    ASSOCIATION,
    TPE,
    AUTO_ENTREPRENEUR,
    PROJECT_HOLDER
}
