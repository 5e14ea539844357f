package finacct.validation.rules;

import finacct.importer.ImportedDocument;
import finacct.importer.TextDocumentImporter;
import finacct.kernel.template.ReportTemplates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The real documents, imported by the importer and turned into facts: the project's sample and ../shared/data. */
final class RealDocuments {
    private RealDocuments() {
    }

    static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    static String sampleText() throws IOException {
        return Files.readString(projectRoot().resolve("samples/dongxihu-bigdata-center-2020.txt"), StandardCharsets.UTF_8);
    }

    /** A document of ../shared/data, or empty when that folder or file is absent. */
    static Optional<String> shared(String name) throws IOException {
        Path p = projectRoot().resolve("../shared/data").resolve(name).normalize();
        return Files.exists(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
    }

    static ImportedDocument imported(String text) {
        return new TextDocumentImporter().read(text);
    }

    static Facts facts(ImportedDocument doc) {
        return new Facts(ReportTemplates.get(doc.templateVersion()), doc.fiscalYear(), doc.figures(),
                List.of(), List.of(), List.of());
    }
}
