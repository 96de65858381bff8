/**
 * How a module hands indicators to the observatory without depending on it: it declares a bean
 * implementing {@link ma.tadamon.platform.indicators.IndicatorProvider}, whose definitions are data
 * (code, names, definition, formula, unit, disaggregations) and whose facts the observatory rolls
 * up by territory and period. The observatory discovers every provider at start-up.
 */
@NullMarked
package ma.tadamon.platform.indicators;

import org.jspecify.annotations.NullMarked;
