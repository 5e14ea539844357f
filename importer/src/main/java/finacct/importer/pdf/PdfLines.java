package finacct.importer.pdf;

import finacct.importer.DocumentUnreadableException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A PDF as the line model the text reader consumes: page by page, top to bottom, each ruled table's rows as
 * tab-separated cells and every other line of words in reading order, with the page each line comes from.
 */
final class PdfLines {

    /** A line of the model and the page (1-based) it was read from. */
    record Line(String text, int page) {
    }

    /** The lines, and the words no line could take (printed up or down the page). */
    record Result(List<Line> lines, List<Line> rotated) {
    }

    /**
     * A page that shows an image and carries fewer characters than this is a scanned page (a scanner's software
     * may still stamp a page number or a file name on it); a document of mostly such pages has no text to read.
     */
    private static final int SCANNED_PAGE_CHARACTERS = 30;

    private PdfLines() {
    }

    static Result read(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return read(document);
        } catch (InvalidPasswordException e) {
            throw new DocumentUnreadableException("PDF 文件已加密，需要密码才能打开；请提供未加密的 PDF", e);
        } catch (IOException e) {
            throw new DocumentUnreadableException("不是可读的 PDF 文件（文件已损坏、不完整或不是 PDF）", e);
        }
    }

    private static Result read(PDDocument document) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<Line> rotated = new ArrayList<>();
        PageGlyphs stripper = new PageGlyphs();
        int characters = 0;
        int legible = 0;
        int images = 0;
        int scannedPages = 0;
        int pages = document.getNumberOfPages();
        for (int p = 0; p < pages; p++) {
            PageGlyphs.Result page = stripper.read(document, p);
            RulingLines rules = new RulingLines(document.getPage(p));
            List<TableGrid> tables = RuledTables.find(rules.read());
            images += rules.images();
            int onPage = 0;
            for (Glyph g : page.glyphs()) {
                if (!g.isSpace()) {
                    onPage++;
                    legible += g.text().codePoints().allMatch(PdfLines::isLegible) ? 1 : 0;
                }
            }
            characters += onPage;
            if (rules.images() > 0 && onPage < SCANNED_PAGE_CHARACTERS) {
                scannedPages++;
            }
            lines.addAll(pageLines(page.glyphs(), tables, p + 1));
            if (!page.rotatedText().isEmpty()) {
                rotated.add(new Line(String.join("", page.rotatedText()), p + 1));
            }
        }
        if (characters == 0 || pages > 0 && scannedPages * 2 > pages) {
            throw new DocumentUnreadableException(images > 0
                    ? "PDF 没有文字层（像是扫描件或由图片生成），读不出其中的表格和文字；请提供可以选中和复制文字的 PDF（由 WPS、Word 等直接导出），或文本、Excel 版本"
                    : "PDF 中没有任何文字，读不出部门决算的表格和说明");
        }
        if (legible < characters / 2) {
            throw new DocumentUnreadableException("PDF 的文字无法转换为可读字符（字体缺少字符编码映射），读不出表格和说明；请提供可以正常复制文字的 PDF，或文本、Excel 版本");
        }
        return new Result(lines, rotated);
    }

    /** Tables and the lines around them, in the order they stand on the page. */
    private static List<Line> pageLines(List<Glyph> glyphs, List<TableGrid> tables, int page) {
        record Block(double top, List<String> lines) {
        }
        List<Block> blocks = new ArrayList<>();
        List<Glyph> outside = new ArrayList<>(glyphs);
        for (TableGrid table : tables) {
            List<Glyph> inside = outside.stream().filter(table::contains).toList();
            outside.removeAll(inside);
            List<String> rows = table.rows(inside).stream().map(cells -> String.join("\t", cells)).toList();
            blocks.add(new Block(table.top(), rows));
        }
        List<TextLines.Line> text = TextLines.group(outside);
        // the lines between two tables (or before, after) stay together: an unruled table is read as a whole
        List<Double> tops = tables.stream().map(TableGrid::top).sorted().toList();
        int from = 0;
        for (int i = 1; i <= text.size(); i++) {
            if (i == text.size() || crossesTable(text.get(i - 1), text.get(i), tops)) {
                List<TextLines.Line> run = text.subList(from, i);
                List<String> read = UnruledTables.text(run);
                blocks.add(new Block(run.get(0).top(), read));
                from = i;
            }
        }
        blocks.sort(Comparator.comparingDouble(Block::top));
        List<Line> lines = new ArrayList<>();
        for (Block b : blocks) {
            b.lines().forEach(t -> lines.add(new Line(t, page)));
        }
        return lines;
    }

    private static boolean crossesTable(TextLines.Line above, TextLines.Line below, List<Double> tableTops) {
        return tableTops.stream().anyMatch(t -> t >= above.top() && t < below.top());
    }

    private static boolean isLegible(int c) {
        return c >= 0x20 && c < 0x7f || Character.isIdeographic(c) || Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.OTHER_PUNCTUATION || c >= 0x3000 && c <= 0x303f
                || c >= 0xff00 && c <= 0xffef;
    }
}
