package ma.tadamon.catalog;

/** A draft is seen only by its actor; archived products stay in past sales but are no longer sold. */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    ARCHIVED
}
