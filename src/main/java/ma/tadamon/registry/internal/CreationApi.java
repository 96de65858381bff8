package ma.tadamon.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.web.BaseUrl;
import ma.tadamon.registry.CreationDecisions;
import ma.tadamon.registry.CreationRequest;
import ma.tadamon.registry.CreationRequests;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Creation requests over the API: the applicant's own, and the registrar's queue and decisions. */
@RestController
@Tag(
        name = "Creation requests",
        description = "Online creation of cooperatives: drafts, submission, the registrar's decisions")
class CreationApi {

    private final CreationRequests requests;
    private final CreationDecisions decisions;
    private final RegistryAccess access;
    private final BaseUrl baseUrl;

    CreationApi(CreationRequests requests, CreationDecisions decisions, RegistryAccess access, BaseUrl baseUrl) {
        this.requests = requests;
        this.decisions = decisions;
        this.access = access;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/api/v1/creation-requests")
    @Operation(
            operationId = "listCreationRequests",
            summary = "My creation requests, or (registrars) those in a status")
    List<CreationRequest> list(
            @AuthenticationPrincipal SignedInUser me,
            @RequestParam(required = false) @Parameter(description = "Registrars: the status to list, e.g. SUBMITTED")
                    CreationRequest.@Nullable Status status) {
        if (status != null) {
            access.requireRegistrar();
            return requests.inStatus(status);
        }
        return requests.of(me.accountId());
    }

    @PostMapping("/api/v1/creation-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "startCreationRequest", summary = "Start a draft")
    Map<String, UUID> start(@AuthenticationPrincipal SignedInUser me) {
        return Map.of("id", requests.start(me.accountId()));
    }

    @GetMapping("/api/v1/creation-requests/{id}")
    @Operation(operationId = "getCreationRequest", summary = "One request with founders, documents and timeline")
    CreationRequest one(
            @PathVariable @Parameter(description = "The request's id") UUID id,
            @AuthenticationPrincipal SignedInUser me) {
        return readable(id, me);
    }

    @GetMapping("/api/v1/creation-requests/{id}/problems")
    @Operation(operationId = "getCreationProblems", summary = "What still prevents submitting")
    List<CreationRequests.Problem> problems(
            @PathVariable @Parameter(description = "The request's id") UUID id,
            @AuthenticationPrincipal SignedInUser me) {
        readable(id, me);
        return requests.problems(id);
    }

    @PostMapping("/api/v1/creation-requests/{id}/submit")
    @Operation(operationId = "submitCreationRequest", summary = "Submit a complete request to the registrar")
    void submit(
            @PathVariable @Parameter(description = "The request's id") UUID id,
            @AuthenticationPrincipal SignedInUser me) {
        if (!readable(id, me).applicantId().equals(me.accountId())) {
            throw new AccessDeniedException("Not the applicant");
        }
        requests.submit(id, me.accountId());
    }

    @PostMapping("/api/v1/creation-requests/{id}/approve")
    @Operation(operationId = "approveCreationRequest", summary = "Approve a submitted request (registrars)")
    void approve(
            @PathVariable @Parameter(description = "The request's id") UUID id,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletRequest http) {
        access.requireRegistrar();
        decisions.approve(id, me.accountId(), baseUrl.of(http));
    }

    @PostMapping("/api/v1/creation-requests/{id}/changes")
    @Operation(operationId = "requestCreationChanges", summary = "Ask the applicant for changes (registrars)")
    void changes(
            @PathVariable @Parameter(description = "The request's id") UUID id,
            @RequestBody NoteInput input,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletRequest http) {
        access.requireRegistrar();
        decisions.requestChanges(id, input.note(), me.accountId(), baseUrl.of(http));
    }

    @PostMapping("/api/v1/creation-requests/{id}/register")
    @Operation(
            operationId = "registerCreationRequest",
            summary = "Record the registration number; creates the cooperative (registrars)")
    Map<String, UUID> register(
            @PathVariable @Parameter(description = "The request's id") UUID id,
            @RequestBody RegistrationInput input,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletRequest http) {
        access.requireRegistrar();
        return Map.of(
                "actorId",
                decisions.register(id, input.registrationNumber(), input.court(), me.accountId(), baseUrl.of(http)));
    }

    private CreationRequest readable(UUID id, SignedInUser me) {
        CreationRequest request = requests.find(id).orElseThrow(() -> new NotFoundException("creation.notFound"));
        if (!request.applicantId().equals(me.accountId()) && !access.isRegistrar()) {
            throw new AccessDeniedException("Not the applicant");
        }
        return request;
    }

    @Schema(name = "NoteInput")
    record NoteInput(String note) {}

    @Schema(name = "RegistrationInput")
    record RegistrationInput(
            String registrationNumber, @Nullable String court) {}
}
