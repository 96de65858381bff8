package ma.tadamon.sales;

public enum Payment {
    CASH,
    CARD,
    MOBILE,
    TRANSFER
}
