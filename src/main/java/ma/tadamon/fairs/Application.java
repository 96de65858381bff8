package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An actor's application to exhibit at an edition: what it will show, what its stand needs, its
 * score on the edition's grid, and the decision (with the rank on the waiting list, or the reason
 * of a refusal). Carries what the quotas count: women-led, youth-led, sector, from another region.
 */
public record Application(
        UUID id,
        UUID editionId,
        UUID actorId,
        LocalizedText actorName,
        String valueChain,
        String sector,
        boolean womenLed,
        boolean youthLed,
        boolean otherRegion,
        boolean actorActive,
        ApplicationStatus status,
        List<UUID> products,
        BigDecimal areaM2,
        boolean electricity,
        boolean water,
        @Nullable String note,
        @Nullable BigDecimal score,
        Map<String, Integer> scores,
        @Nullable Integer waitlistRank,
        @Nullable ApplicationStatus override,
        @Nullable String decisionReason,
        @Nullable String decisionNote,
        Instant submittedAt,
        @Nullable Instant decidedAt) {

    public String actorName(Locale locale) {
        return actorName.in(locale);
    }

    public @Nullable Integer pointsFor(String criterion) {
        return scores.get(criterion);
    }

    public Candidate candidate() {
        return new Candidate(
                id, score == null ? BigDecimal.ZERO : score, womenLed, youthLed, sector, otherRegion, submittedAt);
    }
}
