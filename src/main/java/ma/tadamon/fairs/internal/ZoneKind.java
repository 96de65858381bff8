package ma.tadamon.fairs.internal;

import ma.tadamon.platform.LocalizedText;

/** What a zone of the venue is for, with the colour it has on the plan and its default name. */
enum ZoneKind {
    SALES(
            "#e6f2df",
            new LocalizedText("فضاء العرض والبيع", "Espace d’exposition et de vente", "Display and sales area")),
    TRAINING("#dde8f6", new LocalizedText("فضاء التكوين", "Espace de formation", "Training area")),
    STAGE("#f6dde6", new LocalizedText("المنصة الثقافية", "Scène culturelle", "Cultural stage")),
    STORE_CORNER(
            "#fbeccb",
            new LocalizedText("ركن المتجر التضامني", "Coin de la boutique solidaire", "Solidarity store corner")),
    ENTRANCE("#d9d9d9", new LocalizedText("المدخل", "Entrée", "Entrance")),
    SERVICES(
            "#ececec",
            new LocalizedText(
                    "الخدمات (مرافق صحية وإسعافات)",
                    "Services (sanitaires, premiers secours)",
                    "Services (toilets, first aid)"));

    private final String colour;
    private final LocalizedText defaultName;

    ZoneKind(String colour, LocalizedText defaultName) {
        this.colour = colour;
        this.defaultName = defaultName;
    }

    public String colour() {
        return colour;
    }

    LocalizedText defaultName() {
        return defaultName;
    }

    /** Exhibitors' stands are placed automatically only in display and sales zones. */
    boolean forExhibitors() {
        return this == SALES;
    }
}
