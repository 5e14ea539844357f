package finacct.importer;

import finacct.importer.json.JsonDocumentImporter;
import finacct.importer.pdf.PdfDocumentImporter;
import finacct.importer.text.TextDocumentImporter;
import finacct.importer.workbook.WorkbookImporter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one entry point for a document of any supported format: the published PDF, a published document's
 * text extraction, the project's JSON form, or an Excel workbook with one sheet per table. A file that starts
 * as a PDF does ("%PDF-") is read as one whatever it is called; otherwise the format is taken from the content
 * type when it names one, else from the file name's extension, else from the content itself (a zip archive
 * is a workbook, a leading "{" is JSON, anything else is text). Text is read as UTF-8, or as GB18030 when it
 * is not valid UTF-8 (documents saved on Chinese Windows).
 */
public final class DocumentImporters {

    /** The formats a document can come in. */
    public enum Format {
        PDF("application/pdf"), TEXT("text/plain"), JSON("application/json"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    private DocumentImporters() {
    }

    public static ImportedDocument read(String fileName, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DocumentUnreadableException("文档为空");
        }
        return switch (detect(fileName, contentType, content)) {
            case PDF -> new PdfDocumentImporter().read(content);
            case XLSX -> new WorkbookImporter().read(content);
            case JSON -> new JsonDocumentImporter().read(decode(content));
            case TEXT -> new TextDocumentImporter().read(decode(content));
        };
    }

    public static Format detect(String fileName, String contentType, byte[] content) {
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (isPdf(content) || type.contains("application/pdf") || name.endsWith(".pdf")) {
            return Format.PDF;
        }
        if (type.contains("spreadsheetml") || type.contains("ms-excel")) {
            return Format.XLSX;
        }
        if (type.contains("json")) {
            return Format.JSON;
        }
        if (name.endsWith(".xlsx") || zip) {
            return Format.XLSX;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        if (type.startsWith("text/") || name.endsWith(".txt")) {
            return Format.TEXT;
        }
        return decode(content).stripLeading().startsWith("{") ? Format.JSON : Format.TEXT;
    }

    /** The PDF header, which may follow a little leading junk (readers accept it within the first 1 KB). */
    private static boolean isPdf(byte[] content) {
        byte[] magic = {'%', 'P', 'D', 'F', '-'};
        for (int start = 0; start + magic.length <= Math.min(content.length, 1024); start++) {
            int k = 0;
            while (k < magic.length && content[start + k] == magic[k]) {
                k++;
            }
            if (k == magic.length) {
                return true;
            }
        }
        return false;
    }

    static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, offset, content.length - offset, Charset.forName("GB18030"));
        }
    }
}
