/**
 * Parties: every organisation Tadamon knows — SSE actors (whose registry record the
 * {@code registry} module keeps) and the others: funders, state agencies, ministries, regional,
 * provincial and communal councils, wilayas, chambers, networks, store operators, public buyers.
 * What a party does is a set of roles held as data ({@code FUNDER}, {@code PUBLIC_BUYER}...), so
 * a commune can fund a fair and reserve lots in its tenders. Depends on {@code geo} for where a
 * party sits and on the platform for audit.
 */
@NullMarked
package ma.tadamon.party;

import org.jspecify.annotations.NullMarked;
