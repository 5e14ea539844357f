package finacct.importer.pdf;

import finacct.importer.DocumentImporters;
import finacct.importer.DocumentUnreadableException;
import finacct.importer.ImportedDocument;
import finacct.importer.SampleDocuments;
import finacct.importer.text.TextDocumentImporter;
import finacct.kernel.events.Figure;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PDFs read from the positions of their words: tables by their cells, sentences with their figures. */
class PdfDocumentImporterTest {

    private static String cells(List<Figure> figures) {
        return figures.stream().map(f -> f.table() + "/" + f.row() + "/" + f.column() + "=" + f.value())
                .sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void aGeneratedTableIsReadBackFigureByFigure() {
        byte[] pdf = SmallDocumentPdf.of("武汉市东西湖区审计局", 2023);
        assertThat(DocumentImporters.detect("upload.bin", null, pdf)).isEqualTo(DocumentImporters.Format.PDF);

        ImportedDocument doc = DocumentImporters.read(null, "application/pdf", pdf);

        assertThat(doc.fiscalYear()).isEqualTo(2023);
        assertThat(doc.departmentName()).isEqualTo("武汉市东西湖区审计局");
        assertThat(doc.tablesFound()).containsExactly("T5");
        assertThat(cells(doc.figures())).isEqualTo(String.join("\n", List.of(
                "T5/201/1=1234.56", "T5/201/2=1000.00", "T5/201/3=234.56",
                "T5/20111/1=1234.56", "T5/20111/2=1000.00", "T5/20111/3=234.56",
                "T5/2011101/1=1000.00", "T5/2011101/2=1000.00",
                "T5/2011199/1=234.56", "T5/2011199/3=234.56",
                "T5/total/1=1234.56", "T5/total/2=1000.00", "T5/total/3=234.56")));
        // the name wrapped inside its cell is one name, not a cut one
        assertThat(doc.figures()).filteredOn(f -> f.row().equals("2011199"))
                .extracting(Figure::name).containsOnly("其他纪检监察事务支出");
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void aTableOnALandscapePageTurnedByRotateIsReadAsPrinted() {
        byte[] pdf = SmallDocumentPdf.of("武汉市东西湖区审计局", 2023, new TestPdf().landscapePage());

        ImportedDocument doc = DocumentImporters.read("landscape.pdf", null, pdf);

        assertThat(doc.tablesFound()).containsExactly("T5");
        assertThat(cells(doc.figures())).isEqualTo(cells(DocumentImporters.read("portrait.pdf", null,
                SmallDocumentPdf.of("武汉市东西湖区审计局", 2023)).figures()));
        assertThat(doc.figures()).hasSize(13);
    }

    @Test
    void aTableRuledByColumnsOnlyIsSplitIntoItsRowsAndAWrappedNameRejoined() {
        byte[] pdf = SmallDocumentPdf.of("武汉市东西湖区审计局", 2023, new TestPdf().page().rowRules(false));

        ImportedDocument doc = DocumentImporters.read("columns.pdf", null, pdf);

        assertThat(cells(doc.figures())).isEqualTo(cells(DocumentImporters.read("ruled.pdf", null,
                SmallDocumentPdf.of("武汉市东西湖区审计局", 2023)).figures()));
        assertThat(doc.figures()).hasSize(13);
        assertThat(doc.figures()).filteredOn(f -> f.row().equals("2011199"))
                .extracting(Figure::name).containsOnly("其他纪检监察事务支出");
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void aTableWithoutRulesIsReadByItsColumnPositionsAndABlankCellStaysBlank() {
        byte[] pdf = SmallDocumentPdf.of("武汉市东西湖区审计局", 2023, new TestPdf().page().noRules());

        ImportedDocument doc = DocumentImporters.read("unruled.pdf", null, pdf);

        // 2011199 has no 基本支出: its 项目支出 must not move left into that column
        assertThat(cells(doc.figures())).isEqualTo(cells(DocumentImporters.read("ruled.pdf", null,
                SmallDocumentPdf.of("武汉市东西湖区审计局", 2023)).figures()));
        assertThat(doc.figures()).filteredOn(f -> f.row().equals("2011199"))
                .extracting(Figure::name).containsOnly("其他纪检监察事务支出");
    }

    @Test
    void aSentencesFiguresSetOffItsBaselineStayOnItsLine() {
        List<String> lines = PdfLines.read(SmallDocumentPdf.of("武汉市东西湖区审计局", 2023)).lines().stream()
                .map(PdfLines.Line::text).toList();

        assertThat(lines).contains("一般公共预算财政拨款支出 1,234.56 万元，比上年增加 34.56 万元。");
        assertThat(lines).contains("201\t一般公共服务支出\t1,234.56\t1,000.00\t234.56",
                "2011199\t其他纪检监察事务支出\t234.56\t\t234.56");
    }

    @Test
    void aPdfWhoseTextLayerWasRemovedIsRefusedSayingSo() throws IOException {
        byte[] scanned = TestPdf.imageOnly(SmallDocumentPdf.of("武汉市东西湖区审计局", 2023));

        assertThatThrownBy(() -> DocumentImporters.read("scan.pdf", null, scanned))
                .isInstanceOf(DocumentUnreadableException.class)
                .hasMessageContaining("没有文字层").hasMessageContaining("扫描件");
        byte[] stamped = TestPdf.imageOnly(SmallDocumentPdf.of("武汉市东西湖区审计局", 2023), "scan-0001.pdf - 1 -");
        assertThatThrownBy(() -> DocumentImporters.read("scan.pdf", null, stamped))
                .isInstanceOf(DocumentUnreadableException.class).hasMessageContaining("没有文字层");
    }

    @Test
    void aDamagedOrEncryptedPdfIsRefusedSayingWhy() throws IOException {
        byte[] pdf = SmallDocumentPdf.of("武汉市东西湖区审计局", 2023);
        byte[] cut = Arrays.copyOf(pdf, 300);
        assertThatThrownBy(() -> DocumentImporters.read("cut.pdf", null, cut))
                .isInstanceOf(DocumentUnreadableException.class).hasMessageContaining("不是可读的 PDF 文件");

        byte[] locked;
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            locked = out.toByteArray();
        }
        assertThatThrownBy(() -> DocumentImporters.read("locked.pdf", null, locked))
                .isInstanceOf(DocumentUnreadableException.class).hasMessageContaining("已加密");
    }

    @Test
    void thePublishedShanghaiPdfReadsAsItsTextExtractionDoes() throws IOException {
        Path pdf = sharedData("putuo-shehuigongzuobu-2024.pdf");
        String text = SampleDocuments.shared("putuo-shehuigongzuobu-2024.txt").orElseThrow();

        ImportedDocument fromPdf = DocumentImporters.read(pdf.getFileName().toString(), null, Files.readAllBytes(pdf));
        ImportedDocument fromText = new TextDocumentImporter().read(text);

        assertThat(fromPdf.fiscalYear()).isEqualTo(2024);
        assertThat(fromPdf.departmentName()).isEqualTo(fromText.departmentName());
        assertThat(fromPdf.templateVersion()).isEqualTo("SH-2024");
        assertThat(fromPdf.tablesFound()).containsExactlyElementsOf(fromText.tablesFound());
        assertThat(fromPdf.emptyTables()).containsExactlyElementsOf(fromText.emptyTables());
        assertThat(cells(fromPdf.figures())).isEqualTo(cells(fromText.figures()));
        assertThat(fromPdf.figures()).filteredOn(f -> f.row().equals("2080505") && f.table().equals("T3"))
                .extracting(Figure::name).containsOnly("机关事业单位基本养老保险缴费支出");
        assertThat(fromPdf.claims()).hasSameSizeAs(fromText.claims());
        assertThat(fromPdf.unplaced()).extracting(u -> u.text()).containsExactlyElementsOf(
                fromText.unplaced().stream().map(u -> u.text()).toList());
    }

    @Test
    void theBlankShanghaiTemplatePdfIsReadWithoutFigures() throws IOException {
        Path pdf = sharedData("shanghai-final-accounts-template.pdf");

        ImportedDocument doc = DocumentImporters.read(pdf.getFileName().toString(), null, Files.readAllBytes(pdf));

        assertThat(doc.fiscalYear()).isEqualTo(2024);
        assertThat(doc.templateVersion()).isEqualTo("SH-2024");
        assertThat(doc.tablesFound()).containsAll(Set.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"));
        assertThat(doc.figures()).isEmpty();
    }

    private static Path sharedData(String name) {
        Path p = SampleDocuments.projectRoot().resolve("../shared/data").resolve(name).normalize();
        Assumptions.assumeTrue(Files.exists(p), "../shared/data is absent");
        return p;
    }
}
