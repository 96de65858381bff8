package ma.tadamon.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import ma.tadamon.catalog.NewCredential;
import ma.tadamon.catalog.NewProduct;
import ma.tadamon.catalog.NewVariant;
import ma.tadamon.catalog.Packaging;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.ProductStatus;
import ma.tadamon.catalog.Unit;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form records of the manager's pages: what may be typed, nothing more (no mass assignment). */
final class ProductForms {

    private ProductForms() {}

    record ProductForm(
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            @Nullable String descriptionAr,
            @Nullable String descriptionFr,
            @Nullable String descriptionEn,
            @Nullable String valueChain,
            @Nullable Unit unit,
            @Nullable ProductStatus status) {

        static ProductForm empty(String valueChain) {
            return new ProductForm(null, null, null, null, null, null, valueChain, Unit.PIECE, ProductStatus.DRAFT);
        }

        static ProductForm of(Product p) {
            return new ProductForm(
                    p.name().ar(),
                    p.name().fr(),
                    p.name().en(),
                    p.description().ar(),
                    p.description().fr(),
                    p.description().en(),
                    p.valueChain(),
                    p.unit(),
                    p.status());
        }

        NewProduct toNewProduct() {
            return new NewProduct(
                    new LocalizedText(nameAr, nameFr, nameEn),
                    new LocalizedText(descriptionAr, descriptionFr, descriptionEn),
                    valueChain == null ? "" : valueChain,
                    unit == null ? Unit.PIECE : unit,
                    status == null ? ProductStatus.DRAFT : status);
        }
    }

    record VariantForm(
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable BigDecimal quantity,
            @Nullable Packaging packaging,
            @Nullable String barcode,
            @Nullable BigDecimal price) {

        static VariantForm empty() {
            return new VariantForm(null, null, null, Packaging.NONE, null, null);
        }

        NewVariant toNewVariant() {
            return new NewVariant(
                    new LocalizedText(nameAr, nameFr, null),
                    quantity,
                    packaging == null ? Packaging.NONE : packaging,
                    barcode,
                    price == null ? BigDecimal.valueOf(-1) : price);
        }
    }

    record BatchForm(
            @Nullable String lot,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate producedOn,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate bestBefore,

            @Nullable BigDecimal quantity,
            @Nullable String notesAr,
            @Nullable String notesFr) {

        static BatchForm empty() {
            return new BatchForm(null, LocalDate.now(), null, null, null, null);
        }
    }

    record CredentialForm(
            @Nullable String labelType,
            @Nullable UUID productId,
            @Nullable String issuer,
            @Nullable String number,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate validFrom,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate validTo) {

        static CredentialForm empty() {
            return new CredentialForm(null, null, null, null, LocalDate.now(), null);
        }

        NewCredential toNewCredential() {
            return new NewCredential(labelType, productId, issuer, number, validFrom, validTo);
        }
    }
}
