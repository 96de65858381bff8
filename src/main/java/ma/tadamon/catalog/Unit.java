package ma.tadamon.catalog;

/** What a product is measured or sold in. */
public enum Unit {
    KG,
    G,
    L,
    ML,
    PIECE,
    PACK,
    M,
    M2,
    NIGHT,
    HOUR,
    SERVICE
}
