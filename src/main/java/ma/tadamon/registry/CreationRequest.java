package ma.tadamon.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A request to create a cooperative, as the applicant and the registrar see it. */
public record CreationRequest(
        UUID id,
        String fileNumber,
        UUID applicantId,
        Status status,
        @Nullable String nameAr,
        @Nullable String nameFr,
        @Nullable String object,
        @Nullable String valueChain,
        @Nullable Long communeId,
        @Nullable String address,
        @Nullable BigDecimal shareValue,
        boolean statutesAccepted,
        @Nullable LocalDate assemblyDate,
        @Nullable String assemblyPlace,
        @Nullable String registrationNumber,
        @Nullable String registrationCourt,
        @Nullable UUID actorId,
        Instant createdAt,
        Instant updatedAt,
        List<Founder> founders,
        List<Document> documents,
        List<Event> timeline) {

    public enum Status {
        DRAFT,
        SUBMITTED,
        CHANGES_REQUESTED,
        APPROVED,
        REGISTERED;

        public boolean editable() {
            return this == DRAFT || this == CHANGES_REQUESTED;
        }
    }

    public record Founder(
            UUID id,
            String fullName,
            String gender,
            int birthYear,
            @Nullable String nationalId,
            @Nullable String phone,
            @Nullable String email,
            MemberRole role,
            int shares) {}

    public record Document(
            UUID id, String kind, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {}

    public record Event(Instant at, Status status, @Nullable String note) {}

    /** The proposed name in the reader's language, else the other one; empty before step 1. */
    public String name(java.util.Locale locale) {
        return new ma.tadamon.platform.LocalizedText(nameAr, nameFr, null).in(locale);
    }

    public int totalShares() {
        return founders.stream().mapToInt(Founder::shares).sum();
    }

    public BigDecimal capital() {
        return shareValue == null ? BigDecimal.ZERO : shareValue.multiply(BigDecimal.valueOf(totalShares()));
    }

    public @Nullable Founder president() {
        return founders.stream()
                .filter(f -> f.role() == MemberRole.PRESIDENT)
                .findFirst()
                .orElse(null);
    }

    public long women() {
        return founders.stream().filter(f -> f.gender().equals("F")).count();
    }
}
