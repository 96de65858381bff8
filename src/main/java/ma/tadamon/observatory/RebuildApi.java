package ma.tadamon.observatory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import ma.tadamon.identity.Roles;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.jobs.JobView;
import ma.tadamon.platform.jobs.Jobs;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The observatory's freshness for anyone, and the full rebuild for administrators: it runs in the
 * background while dashboards keep answering from the previous rollups.
 */
@RestController
@Tag(name = "Observatory", description = "Indicators of the social and solidarity economy, as open data")
class RebuildApi {

    private final Rollups rollups;
    private final Jobs jobs;

    RebuildApi(Rollups rollups, Jobs jobs) {
        this.rollups = rollups;
        this.jobs = jobs;
    }

    record Freshness(
            @Schema(description = "Sale deltas recorded and not yet in the indicators")
            long queuedSales,

            @Schema(description = "Actors changed and not yet re-counted")
            long queuedActors,

            @Schema(description = "How long the oldest queued change has waited, in milliseconds (0 when none)")
            long lagMillis,

            @Nullable Instant salesUpdated,
            @Nullable Instant registryUpdated,
            @Nullable Instant rebuilt) {}

    @GetMapping("/api/v1/indicators/freshness")
    @SecurityRequirements
    @Operation(
            operationId = "getIndicatorFreshness",
            summary = "How current the indicators are: queued changes and last updates")
    Freshness freshness() {
        Rollups.Backlog backlog = rollups.backlog();
        return new Freshness(
                backlog.saleDeltas(),
                backlog.actors(),
                backlog.oldest() == null
                        ? 0
                        : Math.max(
                                0,
                                Duration.between(backlog.oldest(), Instant.now())
                                        .toMillis()),
                rollups.changed("sales").orElse(null),
                rollups.changed("registry").orElse(null),
                rollups.changed("rebuilt").orElse(null));
    }

    record RebuildJob(
            UUID job, String status, int percent, @Nullable String result) {}

    @PostMapping("/api/v1/observatory/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            operationId = "rebuildObservatory",
            summary = "Recompute every rollup from the base records (administrators)",
            description = "Runs in the background; readers keep the previous figures until it commits.")
    RebuildJob rebuild(@AuthenticationPrincipal SignedInUser me) {
        if (!me.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("rebuild");
        }
        UUID job = jobs.start(ObservatoryConfiguration.REBUILD_JOB, me.accountId(), rollups::rebuild);
        return new RebuildJob(job, "RUNNING", 0, null);
    }

    @GetMapping("/api/v1/observatory/jobs/{id}")
    @Operation(operationId = "getObservatoryJob", summary = "A rebuild's progress")
    RebuildJob job(
            @PathVariable @Parameter(description = "The job's id") UUID id, @AuthenticationPrincipal SignedInUser me) {
        if (!IndicatorApi.analyst(me)) {
            throw new AccessDeniedException("job");
        }
        JobView view = jobs.find(id)
                .filter(j -> j.kind().equals(ObservatoryConfiguration.REBUILD_JOB))
                .orElseThrow(() -> new NotFoundException("obs.error.job"));
        return new RebuildJob(view.id(), view.status(), view.percent(), view.result());
    }
}
