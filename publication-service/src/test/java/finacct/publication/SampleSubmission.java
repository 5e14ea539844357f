package finacct.publication;

import finacct.importer.DocumentEvents;
import finacct.importer.DocumentImporters;
import finacct.importer.ImportedDocument;
import finacct.kernel.events.SubmissionEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample document's events (武汉市东西湖区大数据中心 2020, as published), under a department code of the test's choosing. */
final class SampleSubmission {

    private static final String SAMPLE = "dongxihu-bigdata-center-2020.txt";

    private SampleSubmission() {
    }

    static List<SubmissionEvent> events(String departmentCode) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("samples"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
        }
        byte[] text = Files.readAllBytes(root.resolve("samples").resolve(SAMPLE));
        ImportedDocument doc = DocumentImporters.read(SAMPLE, "text/plain", text);
        return DocumentEvents.events(doc, departmentCode);
    }
}
