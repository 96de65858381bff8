package ma.tadamon.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in Moroccan dirhams, exact to the centime. Never a double: sums and commissions are
 * computed on {@link BigDecimal} and rounded once, half-up, to two decimals.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final String CURRENCY = "MAD";

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("More than two decimals: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** Rounds an exact product (quantity × price, gross × rate) to the centime, half-up. */
    public static Money rounded(BigDecimal exact) {
        return new Money(exact.setScale(2, RoundingMode.HALF_UP));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor));
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + CURRENCY;
    }
}
