package finacct.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real documents the tests read: the project's own sample, and the shared data folder when present. Other
 * modules' tests use it through importer's test-jar.
 */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    public static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    public static String dongxihu() throws IOException {
        return Files.readString(projectRoot().resolve("samples/dongxihu-bigdata-center-2020.txt"), StandardCharsets.UTF_8);
    }

    /** A document of ../shared/data, or empty when that folder is absent. */
    public static Optional<String> shared(String name) throws IOException {
        Path p = projectRoot().resolve("../shared/data").resolve(name).normalize();
        return Files.exists(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
    }
}
