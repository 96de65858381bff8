package ma.tadamon.fairs;

import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who runs an edition: an admin, or an organiser whose territory holds the edition's territory
 * (an organiser without a territory is national). Exhibitors act through their actor's managers.
 */
@Service
public class FairsAccess {

    private final Territories territories;
    private final RegistryAccess registry;

    FairsAccess(Territories territories, RegistryAccess registry) {
        this.territories = territories;
        this.registry = registry;
    }

    public boolean canOrganise(Edition edition) {
        return canOrganiseIn(edition.territoryId());
    }

    /** May the current user create or run an edition held in this territory? */
    public boolean canOrganiseIn(long territoryId) {
        SignedInUser user = RegistryAccess.currentUser();
        if (user == null) {
            return false;
        }
        if (user.hasRole(Roles.ADMIN)) {
            return true;
        }
        return user.grants().stream()
                .anyMatch(g -> g.role().equals(Roles.ORGANISER)
                        && (g.territoryId() == null
                                || g.territoryId() == territoryId
                                || territories.isWithin(territoryId, g.territoryId())));
    }

    /** Any organiser (of some territory) or admin: may open the organiser's pages. */
    public boolean isOrganiser() {
        SignedInUser user = RegistryAccess.currentUser();
        return user != null && (user.hasRole(Roles.ADMIN) || user.hasRole(Roles.ORGANISER));
    }

    public void requireOrganise(Edition edition) {
        if (!canOrganise(edition)) {
            throw new AccessDeniedException("Not an organiser of edition " + edition.id());
        }
    }

    /** The actor's managers (and admins, registrars of its territory): apply, sell at its stall. */
    public boolean canActFor(UUID actorId) {
        return registry.canManage(actorId);
    }

    public void requireActFor(UUID actorId) {
        registry.requireManage(actorId);
    }

    static @Nullable UUID currentAccount() {
        SignedInUser user = RegistryAccess.currentUser();
        return user == null ? null : user.accountId();
    }
}
