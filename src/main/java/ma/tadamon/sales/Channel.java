package ma.tadamon.sales;

/** Where a sale happened: the solidarity store, a fair stall, the online marketplace, the actor itself. */
public enum Channel {
    STORE,
    FAIR,
    ONLINE,
    DIRECT
}
