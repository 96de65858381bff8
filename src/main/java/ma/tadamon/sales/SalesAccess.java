package ma.tadamon.sales;

import java.util.List;
import java.util.UUID;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.registry.RegistryAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who may do what with a location. A store: its cashiers sell, its store managers also take
 * consignments, adjust stock, change the commission and settle. An actor's own place: the actor's
 * managers. A cooperative sees its own goods and settlements wherever they are. Admins everywhere.
 */
@Service
public class SalesAccess {

    public static final String STORE_MANAGER = "STORE_MANAGER";
    public static final String CASHIER = "CASHIER";

    private final Locations locations;
    private final RegistryAccess registry;

    /** A location's kind and owner never change after it is made: kept once read, no query per sale. */
    private final java.util.Map<UUID, Location> owners = new java.util.concurrent.ConcurrentHashMap<>();

    SalesAccess(Locations locations, RegistryAccess registry) {
        this.locations = locations;
        this.registry = registry;
    }

    public boolean canSellAt(UUID locationId) {
        Location location = location(locationId);
        return switch (location.kind()) {
            case STORE -> actsFor(location.partyId(), STORE_MANAGER, CASHIER);
            case ACTOR, STALL -> registry.canManage(location.partyId());
        };
    }

    public boolean canManageStore(UUID locationId) {
        Location location = location(locationId);
        return location.kind() == LocationKind.STORE && actsFor(location.partyId(), STORE_MANAGER);
    }

    /** The actor's managers (and registrars of its territory, admins): its stock, revenue and statements. */
    public boolean canActFor(UUID actorId) {
        return registry.canManage(actorId);
    }

    public void requireSellAt(UUID locationId) {
        if (!canSellAt(locationId)) {
            throw new AccessDeniedException("Cannot sell at " + locationId);
        }
    }

    public void requireManageStore(UUID locationId) {
        if (!canManageStore(locationId)) {
            throw new AccessDeniedException("Not a manager of store " + locationId);
        }
    }

    public void requireActFor(UUID actorId) {
        if (!canActFor(actorId)) {
            throw new AccessDeniedException("Not a manager of " + actorId);
        }
    }

    /** The stores the signed-in user works at (all of them for an admin). */
    public List<Location> myStores() {
        SignedInUser user = RegistryAccess.currentUser();
        if (user == null) {
            return List.of();
        }
        if (user.hasRole(Roles.ADMIN)) {
            return locations.stores();
        }
        return locations.storesOf(user.grants().stream()
                .filter(g -> g.role().equals(STORE_MANAGER) || g.role().equals(CASHIER))
                .map(g -> g.partyId())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    }

    private static boolean actsFor(UUID partyId, String... roles) {
        SignedInUser user = RegistryAccess.currentUser();
        return user != null && user.actsFor(partyId, roles);
    }

    private Location location(UUID locationId) {
        Location known = owners.get(locationId);
        if (known != null) {
            return known;
        }
        Location found = locations.find(locationId).orElseThrow(() -> new NotFoundException("location.notFound"));
        if (owners.size() < 100_000) {
            owners.put(locationId, found);
        }
        return found;
    }
}
