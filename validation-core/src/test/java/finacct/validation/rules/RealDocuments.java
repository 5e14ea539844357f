package finacct.validation.rules;

import finacct.importer.ImportedDocument;
import finacct.importer.SampleDocuments;
import finacct.importer.text.TextDocumentImporter;
import finacct.kernel.template.ReportTemplates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The real documents, imported by the importer and turned into facts: the project's sample and ../shared/data. */
final class RealDocuments {
    private RealDocuments() {
    }

    static Path projectRoot() {
        return SampleDocuments.projectRoot();
    }

    static String sampleText() throws IOException {
        return SampleDocuments.dongxihu();
    }

    /** A document of ../shared/data, or empty when that folder or file is absent. */
    static Optional<String> shared(String name) throws IOException {
        return SampleDocuments.shared(name);
    }

    static ImportedDocument imported(String text) {
        return new TextDocumentImporter().read(text);
    }

    static Facts facts(ImportedDocument doc) {
        return new Facts(ReportTemplates.get(doc.templateVersion()), doc.fiscalYear(), doc.figures(),
                List.of(), List.of(), List.of());
    }
}
