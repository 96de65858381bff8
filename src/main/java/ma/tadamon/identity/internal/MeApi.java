package ma.tadamon.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @Operation(
            operationId = "getCurrentAccount",
            summary = "Who am I",
            description =
                    "The signed-in account and its grants (roles, each scoped to an organisation or a territory).")
    @ApiResponse(responseCode = "200", description = "The signed-in account")
    Me me(@AuthenticationPrincipal SignedInUser me) {
        return new Me(me.accountId(), me.getUsername(), me.displayName(), me.grants());
    }

    @Schema(name = "CurrentAccount", description = "The signed-in account")
    record Me(
            @Schema(description = "Account id") UUID accountId,

            @Schema(description = "E-mail or mobile number used to sign in", example = "admin@tadamon.ma")
            String identifier,

            @Schema(description = "Name shown to others", example = "Admin Tadamon")
            String displayName,

            @Schema(description = "What the account may do, and where")
            List<Grant> grants) {}
}
