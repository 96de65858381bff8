package ma.tadamon.registry;

import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.identity.Grant;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change an actor and see its members' personal data: an admin; a registrar whose
 * territory contains the actor's commune (or who has no territory: national); the actor's own
 * cooperative managers. Everyone else reads public fields only.
 */
@Service
@Transactional(readOnly = true)
public class RegistryAccess {

    private final Actors actors;
    private final Territories territories;

    RegistryAccess(Actors actors, Territories territories) {
        this.actors = actors;
        this.territories = territories;
    }

    public static @Nullable SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    public boolean canManage(UUID actorId) {
        SignedInUser user = currentUser();
        if (user == null) {
            return false;
        }
        if (user.hasRole(Roles.ADMIN) || user.actsFor(actorId, Roles.COOP_MANAGER)) {
            return true;
        }
        return user.grants().stream().anyMatch(g -> g.role().equals(Roles.REGISTRAR) && registrarCovers(g, actorId));
    }

    /** @throws AccessDeniedException (403) unless the current user may manage the actor */
    public void requireManage(UUID actorId) {
        if (!canManage(actorId)) {
            throw new AccessDeniedException("Not a manager of " + actorId);
        }
    }

    /** A registrar (any territory) or an admin: may review creation requests and see the register. */
    public boolean isRegistrar() {
        SignedInUser user = currentUser();
        return user != null && (user.hasRole(Roles.ADMIN) || user.hasRole(Roles.REGISTRAR));
    }

    public void requireRegistrar() {
        if (!isRegistrar()) {
            throw new AccessDeniedException("Not a registrar");
        }
    }

    /**
     * May the current user register an actor in this commune (e.g. by an import)? An admin
     * anywhere; a registrar within their territory.
     */
    public boolean canRegisterIn(long communeId) {
        SignedInUser user = currentUser();
        if (user == null) {
            return false;
        }
        return user.hasRole(Roles.ADMIN)
                || user.grants().stream()
                        .anyMatch(g -> g.role().equals(Roles.REGISTRAR) && registrarCovers(g, communeId));
    }

    private boolean registrarCovers(Grant grant, UUID actorId) {
        if (grant.territoryId() == null) {
            return true;
        }
        long commune = actors.find(actorId)
                .orElseThrow(() -> new NotFoundException("actor.notFound"))
                .communeId();
        return registrarCovers(grant, commune);
    }

    private boolean registrarCovers(Grant grant, long commune) {
        if (grant.territoryId() == null) {
            return true;
        }
        return territories.isWithin(commune, grant.territoryId());
    }
}
