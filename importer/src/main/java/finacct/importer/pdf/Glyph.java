package finacct.importer.pdf;

/**
 * One character as the page displays it: its box ({@code x0}–{@code x1} across, {@code top}–{@code bottom}
 * down), its text, and whether it is white space (a gap the document itself put between words).
 */
record Glyph(String text, double x0, double x1, double top, double bottom) {

    boolean isSpace() {
        return text.isBlank();
    }

    double height() {
        return bottom - top;
    }

    double centerX() {
        return (x0 + x1) / 2;
    }

    double centerY() {
        return (top + bottom) / 2;
    }
}
