package ma.tadamon.fairs.internal;

/**
 * A rectangle of the floor plan in metres: x eastwards from the venue's west edge, y southwards
 * from its north edge (the way a plan is drawn, north up). Values keep two decimals.
 */
record Rect(double x, double y, double w, double h) {

    Rect {
        x = round(x);
        y = round(y);
        w = round(w);
        h = round(h);
        if (w <= 0 || h <= 0 || x < 0 || y < 0) {
            throw new IllegalArgumentException("Not a rectangle: " + x + "," + y + " " + w + "×" + h);
        }
    }

    double right() {
        return x + w;
    }

    double bottom() {
        return y + h;
    }

    double area() {
        return round(w * h);
    }

    double centreX() {
        return x + w / 2;
    }

    double centreY() {
        return y + h / 2;
    }

    boolean inside(double width, double depth) {
        return right() <= width + 1e-9 && bottom() <= depth + 1e-9;
    }

    /** Shares some surface: neighbours that only touch along an edge do not overlap. */
    boolean overlaps(Rect other) {
        return x < other.right() - 1e-6
                && other.x < right() - 1e-6
                && y < other.bottom() - 1e-6
                && other.y < bottom() - 1e-6;
    }

    boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
