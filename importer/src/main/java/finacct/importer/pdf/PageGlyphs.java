package finacct.importer.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The characters of one page with their positions, as PDFBox's text stripper sees them (text drawn twice to
 * look bold is kept once). Characters running up or down the displayed page (rotated text) cannot be placed
 * in lines and are counted apart.
 */
final class PageGlyphs extends PDFTextStripper {

    record Result(List<Glyph> glyphs, List<String> rotatedText) {
    }

    private PageSpace space;
    private List<Glyph> glyphs;
    private List<String> rotated;

    PageGlyphs() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    Result read(PDDocument document, int pageIndex) throws IOException {
        PDPage page = document.getPage(pageIndex);
        space = new PageSpace(page);
        glyphs = new ArrayList<>();
        rotated = new ArrayList<>();
        setStartPage(pageIndex + 1);
        setEndPage(pageIndex + 1);
        writeText(document, new StringWriter());
        return new Result(glyphs, rotated);
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                add(t);
            }
        }
    }

    private void add(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        Matrix m = t.getTextMatrix();
        double ox = m.getTranslateX();
        double oy = m.getTranslateY();
        double[] along = unit(m.getValue(0, 0), m.getValue(0, 1));
        double[] up = unit(m.getValue(1, 0), m.getValue(1, 1));
        double advance = Math.max(t.getWidthDirAdj(), 0.1);
        double rise = Math.max(t.getHeightDir(), 1);
        double[] origin = space.fromCropped(ox, oy);
        double[] end = space.fromCropped(ox + along[0] * advance, oy + along[1] * advance);
        double[] top = space.fromCropped(ox + up[0] * rise, oy + up[1] * rise);
        if (Math.abs(end[0] - origin[0]) < Math.abs(end[1] - origin[1])) {
            if (!text.isBlank()) {
                rotated.add(text);
            }
            return;
        }
        glyphs.add(new Glyph(text, Math.min(origin[0], end[0]), Math.max(origin[0], end[0]),
                Math.min(top[1], origin[1]), Math.max(top[1], origin[1])));
    }

    private static double[] unit(double x, double y) {
        double length = Math.hypot(x, y);
        return length == 0 ? new double[] {1, 0} : new double[] {x / length, y / length};
    }
}
