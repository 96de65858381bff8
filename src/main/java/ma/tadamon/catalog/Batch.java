package ma.tadamon.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A production lot of a product, what a traceability page per lot shows. */
public record Batch(
        UUID id,
        UUID productId,
        String lot,
        LocalDate producedOn,
        @Nullable LocalDate bestBefore,
        @Nullable BigDecimal quantity,
        @Nullable String notesAr,
        @Nullable String notesFr) {}
