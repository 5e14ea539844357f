package finacct.importer.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes small PDFs for tests with PDFBox: text placed where a word processor would place it, and ruled
 * tables. No CJK font can be assumed on a build machine, so the characters are drawn by Type 3 fonts built
 * here (each glyph a plain box) whose ToUnicode maps give back the Chinese text, as an embedded subset font
 * of a published PDF does. Coordinates are in points from the top left of an A4 page.
 */
public final class TestPdf {

    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

    private final List<StringBuilder> pages = new ArrayList<>();
    private final List<Boolean> landscape = new ArrayList<>();
    private boolean rowRules = true;
    private boolean rules = true;
    /** Each character's font (index) and code in it. */
    private final Map<Integer, int[]> codes = new LinkedHashMap<>();
    private final List<List<Integer>> fonts = new ArrayList<>();

    public TestPdf page() {
        pages.add(new StringBuilder());
        landscape.add(false);
        return this;
    }

    /**
     * A page printed landscape the way word processors often do it: an A4 page turned by /Rotate 90, its
     * content drawn turned the other way so that it reads upright on screen.
     */
    public TestPdf landscapePage() {
        pages.add(new StringBuilder());
        landscape.add(true);
        return this;
    }

    /** Whether tables drawn from now on have a rule under every row, or only under the header and at the end. */
    public TestPdf rowRules(boolean ruled) {
        this.rowRules = ruled;
        return this;
    }

    /** Tables drawn from now on have no rules at all: only the positions of their words show the columns. */
    public TestPdf noRules() {
        this.rules = false;
        return this;
    }

    private double displayHeight() {
        current();
        return landscape.get(landscape.size() - 1) ? PDRectangle.A4.getWidth() : PAGE_HEIGHT;
    }

    /** A run of text with its baseline at {@code baseline}, starting at {@code x}. */
    public TestPdf text(double x, double baseline, double size, String text) {
        StringBuilder out = current();
        out.append("BT\n");
        out.append(String.format(Locale.ROOT, "1 0 0 1 %.2f %.2f Tm\n", x, displayHeight() - baseline));
        int font = -1;
        StringBuilder run = new StringBuilder();
        for (int cp : text.codePoints().toArray()) {
            int[] at = code(cp);
            if (at[0] != font) {
                flush(out, run);
                font = at[0];
                out.append(String.format(Locale.ROOT, "/F%d %.2f Tf\n", font, size));
            }
            run.append(String.format("%02X", at[1]));
        }
        flush(out, run);
        out.append("ET\n");
        return this;
    }

    /** A straight line. */
    public TestPdf line(double x1, double y1, double x2, double y2) {
        if (!rules) {
            return this;
        }
        current().append(String.format(Locale.ROOT, "0.5 w %.2f %.2f m %.2f %.2f l S\n",
                x1, displayHeight() - y1, x2, displayHeight() - y2));
        return this;
    }

    /**
     * A table ruled around every cell, rows of {@code rowHeight}; a cell's text may hold "\n" (the row is then
     * twice as high and the cell's lines are wrapped in it). Returns the y below the table.
     */
    public double table(double left, double top, double[] widths, double rowHeight, double size, String[][] rows) {
        double y = top;
        double right = left;
        for (double w : widths) {
            right += w;
        }
        line(left, y, right, y);
        for (String[] row : rows) {
            boolean wrapped = false;
            for (String cell : row) {
                wrapped |= cell.contains("\n");
            }
            double height = wrapped ? 2 * rowHeight : rowHeight;
            double x = left;
            for (int c = 0; c < widths.length; c++) {
                String cell = c < row.length ? row[c] : "";
                String[] cellLines = cell.split("\n");
                double lineHeight = height / cellLines.length;
                for (int k = 0; k < cellLines.length; k++) {
                    if (!cellLines[k].isEmpty()) {
                        text(x + 2, y + lineHeight * k + lineHeight / 2 + size * 0.35, size, cellLines[k]);
                    }
                }
                x += widths[c];
            }
            y += height;
            if (rowRules || row == rows[0] || row == rows[rows.length - 1]) {
                line(left, y, right, y);
            }
        }
        double x = left;
        for (int c = 0; c <= widths.length; c++) {
            line(x, top, x, y);
            x += c < widths.length ? widths[c] : 0;
        }
        return y;
    }

    public byte[] bytes() {
        try (PDDocument document = new PDDocument()) {
            COSDictionary fontResources = new COSDictionary();
            for (int f = 0; f < fonts.size(); f++) {
                fontResources.setItem(COSName.getPDFName("F" + f), type3(document, fonts.get(f)));
            }
            for (int p = 0; p < pages.size(); p++) {
                String content = pages.get(p).toString();
                PDPage page = new PDPage(PDRectangle.A4);
                if (landscape.get(p)) {
                    page.setRotation(90);
                    content = String.format(Locale.ROOT, "q 0 1 -1 0 %.2f 0 cm\n", PDRectangle.A4.getWidth())
                            + content + "Q\n";
                }
                PDResources resources = new PDResources();
                resources.getCOSObject().setItem(COSName.FONT, fontResources);
                page.setResources(resources);
                page.getCOSObject().setItem(COSName.CONTENTS, stream(document, content));
                document.addPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF as a scanner gives it: each page an image, no text. */
    public static byte[] imageOnly(byte[] pdf) throws IOException {
        return imageOnly(pdf, null);
    }

    /** A scan whose software stamped {@code stamp} (a page number, a file name) as text on every page. */
    public static byte[] imageOnly(byte[] pdf, String stamp) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int p = 0; p < source.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 72);
                PDPage page = new PDPage(PDRectangle.A4);
                scan.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    if (stamp != null) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                        content.newLineAtOffset(280, 20);
                        content.showText(stamp);
                        content.endText();
                    }
                }
            }
            scan.save(out);
            return out.toByteArray();
        }
    }

    private StringBuilder current() {
        if (pages.isEmpty()) {
            page();
        }
        return pages.get(pages.size() - 1);
    }

    private static void flush(StringBuilder out, StringBuilder run) {
        if (!run.isEmpty()) {
            out.append('<').append(run).append("> Tj\n");
            run.setLength(0);
        }
    }

    private int[] code(int codePoint) {
        return codes.computeIfAbsent(codePoint, cp -> {
            if (fonts.isEmpty() || fonts.get(fonts.size() - 1).size() == 254) {
                fonts.add(new ArrayList<>());
            }
            List<Integer> font = fonts.get(fonts.size() - 1);
            font.add(cp);
            return new int[] {fonts.size() - 1, font.size()};
        });
    }

    private static boolean wide(int codePoint) {
        return codePoint >= 0x2E80;
    }

    private static COSDictionary type3(PDDocument document, List<Integer> chars) throws IOException {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
        font.setItem(COSName.FONT_BBOX, numbers(0, -120, 1000, 880));
        font.setItem(COSName.FONT_MATRIX, numbers(0.001, 0, 0, 0.001, 0, 0));
        COSDictionary procs = new COSDictionary();
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(1));
        COSArray widths = new COSArray();
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
        cmap.append(chars.size()).append(" beginbfchar\n");
        for (int i = 0; i < chars.size(); i++) {
            int cp = chars.get(i);
            String name = "g" + (i + 1);
            differences.add(COSName.getPDFName(name));
            int width = wide(cp) ? 1000 : cp == ' ' ? 300 : 520;
            widths.add(COSInteger.get(width));
            String glyph = cp == ' ' ? width + " 0 d0\n"
                    : width + " 0 0 0 " + (width - 60) + " 760 d1\n40 0 " + (width - 100) + " 720 re f\n";
            procs.setItem(COSName.getPDFName(name), stream(document, glyph));
            String utf16 = new String(Character.toChars(cp));
            StringBuilder hex = new StringBuilder();
            for (char c : utf16.toCharArray()) {
                hex.append(String.format("%04X", (int) c));
            }
            cmap.append(String.format("<%02X> <%s>\n", i + 1, hex));
        }
        cmap.append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        font.setItem(COSName.CHAR_PROCS, procs);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 1);
        font.setInt(COSName.LAST_CHAR, chars.size());
        font.setItem(COSName.WIDTHS, widths);
        font.setItem(COSName.TO_UNICODE, stream(document, cmap.toString()));
        font.setItem(COSName.RESOURCES, new COSDictionary());
        return font;
    }

    private static COSArray numbers(double... values) {
        COSArray array = new COSArray();
        for (double v : values) {
            array.add(new COSFloat((float) v));
        }
        return array;
    }

    private static COSStream stream(PDDocument document, String content) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return stream;
    }
}
