package finacct.cli.check;

import finacct.cli.check.CliRun.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static finacct.cli.check.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** finacct validate on the published PDF itself, as on its text extraction; a PDF without text is refused. */
class PdfCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();



    private static Path shared(String name) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples"))) {
            p = p.getParent();
        }
        Path file = p.resolve("../shared/data").resolve(name).normalize();
        Assumptions.assumeTrue(Files.exists(file), "../shared/data is absent");
        return file;
    }

    /** Each finding as rule id, severity and the cells it points at with their values. */
    private static List<String> findings(JsonNode body) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : body.path("findings")) {
            StringBuilder s = new StringBuilder(f.path("ruleId").asText()).append(' ').append(f.path("severity").asText());
            for (JsonNode c : f.path("cells")) {
                s.append(' ').append(c.path("table").asText()).append('/').append(c.path("row").asText()).append('/')
                        .append(c.path("column").asText()).append('=').append(c.path("value").asText());
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void thePublishedPdfGivesTheFindingsOfItsTextExtraction() throws IOException {
        Run pdf = run("validate", "--json", shared("putuo-shehuigongzuobu-2024.pdf").toString());
        Run text = run("validate", "--json", shared("putuo-shehuigongzuobu-2024.txt").toString());

        assertThat(pdf.exit()).as(pdf.err()).isEqualTo(text.exit());
        JsonNode fromPdf = JSON.readTree(pdf.out());
        JsonNode fromText = JSON.readTree(text.out());
        assertThat(fromPdf.path("fiscalYear").asInt()).isEqualTo(2024);
        assertThat(fromPdf.path("templateVersion").asText()).isEqualTo(fromText.path("templateVersion").asText());
        assertThat(fromPdf.path("tables")).isEqualTo(fromText.path("tables"));
        assertThat(findings(fromText)).isNotEmpty();
        assertThat(findings(fromPdf)).containsExactlyElementsOf(findings(fromText));
    }

    @Test
    void theBlankTemplatePdfIsRead() {
        Run run = run("validate", shared("shanghai-final-accounts-template.pdf").toString());

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.out()).contains("2024 年度部门决算").contains("结论：");
    }

    @Test
    void aPdfWithoutItsTextLayerExitsWith2AndSaysWhy(@TempDir Path dir) throws IOException {
        Path scan = dir.resolve("扫描件.pdf");
        Files.write(scan, scanned());

        Run run = run("validate", scan.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("无法读取").contains("没有文字层");
        assertThat(run("import", scan.toString()).exit()).isEqualTo(2);
    }

    /** A page drawn with text, rendered to an image, and that image alone put into a new PDF. */
    private static byte[] scanned() throws IOException {
        byte[] original;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 760);
                content.showText("2024 Final accounts 307.82");
                content.endText();
                content.addRect(72, 600, 400, 100);
                content.stroke();
            }
            document.save(out);
            original = out.toByteArray();
        }
        try (PDDocument source = Loader.loadPDF(original); PDDocument scan = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage image = new PDFRenderer(source).renderImageWithDPI(0, 72);
            PDPage page = new PDPage(PDRectangle.A4);
            scan.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                content.drawImage(LosslessFactory.createFromImage(scan, image), 0, 0,
                        PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            scan.save(out);
            return out.toByteArray();
        }
    }
}
