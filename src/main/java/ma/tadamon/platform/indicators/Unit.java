package ma.tadamon.platform.indicators;

/** How an indicator's value reads: a count, a percentage (numerator / denominator × 100) or dirhams. */
public enum Unit {
    COUNT,
    PERCENT,
    MAD
}
