/**
 * Fairs (mobile markets): editions with their organisers and partners, the call for exhibitors
 * with selection under quotas, the floor plan, the programme, the stall devices that sell
 * offline, and the edition's live figures and closing report. Stall and store-corner sales go
 * into the one sales ledger ({@code sales}); exhibitors are registry actors. Depends on
 * {@code sales}, {@code catalog}, {@code registry}, {@code party}, {@code geo}, {@code identity}
 * and the platform.
 */
@NullMarked
package ma.tadamon.fairs;

import org.jspecify.annotations.NullMarked;
