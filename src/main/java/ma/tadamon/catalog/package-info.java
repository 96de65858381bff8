/**
 * The catalogue: what SSE actors make and sell. Products (names in Arabic and French, category and
 * value chain from the registry's taxonomy, unit, status), their variants — the sizes and
 * packagings that are priced in exact dirhams and scanned by barcode — batches for traceability,
 * photos, and labels and certifications held as credentials that a label verifier checks. A public
 * traceability page per product and per batch is reached by a QR code. Stock and sales are not
 * here: the {@code sales} module keeps them and reads product definitions through
 * {@link ma.tadamon.catalog.Products}. Depends on {@code registry} (products belong to actors; the
 * taxonomy; who may manage an actor), {@code geo}, {@code identity} (the label verifier's role, the
 * demo account), {@code party} (demo ids) and the platform. The registry never depends on it: the
 * catalogue adds its section to an actor's public profile and its "holds label X" filter to the
 * directory through {@link ma.tadamon.registry.ProfileSection} and {@link
 * ma.tadamon.registry.ActorTagProvider}, beans the registry discovers.
 */
@NullMarked
package ma.tadamon.catalog;

import org.jspecify.annotations.NullMarked;
