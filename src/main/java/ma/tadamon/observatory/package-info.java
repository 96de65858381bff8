/**
 * The regional observatory: indicators defined as data, computed from the platform's own live
 * records. It listens to the ledger's and the registry's events and keeps rollups at every
 * territorial level current within a second (ADR 0013); it reads the registry's and the ledger's
 * published statistics views only to rebuild them. Other modules add indicators by implementing
 * {@link ma.tadamon.platform.indicators.IndicatorProvider}; the observatory discovers them. It
 * serves public dashboards per territory, analysts' dashboards, open data under
 * {@code /api/v1/indicators} and the yearly regional report. No module depends on it.
 */
@NullMarked
package ma.tadamon.observatory;

import org.jspecify.annotations.NullMarked;
