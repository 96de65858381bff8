package ma.tadamon.sales;

import java.math.BigDecimal;
import ma.tadamon.platform.Money;

/**
 * The arithmetic of a statement: gross (sales less returns), commission = gross × rate rounded
 * half-up to the centime, net payable = gross − commission. Taxes are out of scope.
 */
public record SettlementFigures(BigDecimal gross, BigDecimal rate, BigDecimal commission, BigDecimal net) {

    public static SettlementFigures of(BigDecimal gross, BigDecimal rate) {
        Money g = Money.of(gross);
        Money commission = g.times(rate);
        return new SettlementFigures(
                g.amount(), rate, commission.amount(), g.minus(commission).amount());
    }
}
