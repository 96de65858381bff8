package ma.tadamon.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import ma.tadamon.identity.Grant;
import ma.tadamon.identity.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity", description = "The signed-in account")
class MeApi {

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who am I", description = "The signed-in account and its grants; 401 when not signed in.")
    Me me(@AuthenticationPrincipal SignedInUser me) {
        return new Me(me.accountId(), me.getUsername(), me.displayName(), me.grants());
    }

    record Me(UUID accountId, String identifier, String displayName, List<Grant> grants) {}
}
