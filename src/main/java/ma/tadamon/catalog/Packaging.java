package ma.tadamon.catalog;

/** How a variant is packed. */
public enum Packaging {
    NONE,
    JAR,
    BOTTLE,
    BAG,
    BOX,
    CAN,
    SACHET,
    BASKET,
    ROLL,
    OTHER
}
