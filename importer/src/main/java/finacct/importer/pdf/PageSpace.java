package finacct.importer.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page as it is displayed: origin at the top left, y growing downwards, the page's /Rotate applied. Words
 * and ruling lines are both mapped into it, so that a table drawn on a rotated page lines up with its words.
 */
final class PageSpace {

    private final float left;
    private final float bottom;
    private final float width;
    private final float height;
    private final int rotation;

    PageSpace(PDPage page) {
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.bottom = crop.getLowerLeftY();
        this.width = crop.getWidth();
        this.height = crop.getHeight();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    /** A point of user space (the crop box's origin not yet subtracted) on the displayed page. */
    double[] fromUser(double x, double y) {
        return fromCropped(x - left, y - bottom);
    }

    /** A point already relative to the crop box's lower left corner (as PDFBox gives a glyph's origin). */
    double[] fromCropped(double x, double y) {
        return switch (rotation) {
            case 90 -> new double[] {y, x};
            case 180 -> new double[] {width - x, y};
            case 270 -> new double[] {height - y, width - x};
            default -> new double[] {x, height - y};
        };
    }
}
