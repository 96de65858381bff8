/**
 * Sales: where stock lies and how it moves, and one ledger of every sale from every channel (the
 * solidarity store now, fair stalls and the online marketplace next). Stock moves only by
 * append-only journal entries (receipts, consignment transfers, sales, returns, adjustments with
 * a reason); the database applies them to the levels and refuses any level below zero, whatever
 * the concurrency. A sale is recorded once per client-generated id, never updated: a return is a
 * compensating entry. Each sale publishes a durable {@link ma.tadamon.sales.SaleRecorded} carrying
 * territory, value chain, channel and amounts for the observatory. Stores take a commission and
 * settle with each consigning cooperative by statement. Depends on {@code catalog} (what is sold,
 * at what price, by whom), {@code registry} (sellers' identifiers for statements), {@code party},
 * {@code identity} and the platform.
 */
@NullMarked
package ma.tadamon.sales;

import org.jspecify.annotations.NullMarked;
