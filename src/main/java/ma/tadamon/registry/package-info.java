/**
 * The registry of SSE actors — cooperatives, unions, associations, very small enterprises,
 * auto-entrepreneurs, project holders — and their members. An actor is a {@code party} with a
 * registry record: type, value chain from the managed taxonomy, commune, identifiers, status.
 * Women-led and youth-led are derived from members and board by configurable rules, never typed.
 * Members are personal data (Law 09-08): the public sees only aggregates. Publishes durable events
 * ({@link ma.tadamon.registry.ActorRegistered}, {@link ma.tadamon.registry.MembershipChanged})
 * carrying what the observatory aggregates. Actors and members can be imported from CSV or XLSX
 * files (idempotently, through the same services) and the directory and members downloaded as
 * CSV, XLSX or JSON. Depends on {@code party} (actors are parties),
 * {@code geo} (communes), {@code identity} (who may change what) and the platform.
 */
@NullMarked
package ma.tadamon.registry;

import org.jspecify.annotations.NullMarked;
