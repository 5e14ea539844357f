package finacct.importer.pdf;

import finacct.importer.ImportedDocument;
import finacct.importer.Unplaced;
import finacct.importer.text.TextDocumentImporter;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a published final-accounts PDF from the positions of its words: ruled tables cell by cell (a name
 * wrapped inside its cell stays one name, a figure stays in its column), the text around them line by line in
 * reading order (a sentence's figures stay with its words). The result is the line model of a text extraction,
 * read by the text reader; what cannot be placed is listed with its page.
 */
public final class PdfDocumentImporter {

    public ImportedDocument read(byte[] content) {
        PdfLines.Result pdf = PdfLines.read(content);
        List<PdfLines.Line> lines = pdf.lines();
        ImportedDocument doc = new TextDocumentImporter().read(
                String.join("\n", lines.stream().map(PdfLines.Line::text).toList()));
        List<Unplaced> unplaced = new ArrayList<>();
        for (Unplaced u : doc.unplaced()) {
            int index = u.lineNumber() - 1;
            String page = index >= 0 && index < lines.size() ? "（PDF 第 " + lines.get(index).page() + " 页）" : "";
            unplaced.add(new Unplaced(u.lineNumber(), u.text(), u.reason() + page));
        }
        for (PdfLines.Line r : pdf.rotated()) {
            unplaced.add(new Unplaced(0, r.text(), "PDF 第 " + r.page() + " 页上竖排或旋转的文字，无法排入行中，未读取"));
        }
        return new ImportedDocument(doc.departmentName(), doc.departmentOtherNames(), doc.fiscalYear(),
                doc.templateVersion(), doc.tablesFound(), doc.figures(), doc.narrativeSections(), doc.claims(),
                doc.evaluations(), unplaced, doc.emptyTables());
    }
}
