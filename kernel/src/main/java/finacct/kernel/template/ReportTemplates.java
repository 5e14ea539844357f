package finacct.kernel.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report templates shipped as data files under {@code finacct/templates/}. The list of versions is
 * itself a data file, so adding a year's template needs no Java.
 */
public final class ReportTemplates {

    private static final String INDEX = "finacct/templates/index.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Map<String, ReportTemplate> CACHE = new ConcurrentHashMap<>();

    private ReportTemplates() {
    }

    public static List<String> versions() {
        return index().versions();
    }

    public static Optional<ReportTemplate> find(String version) {
        if (version == null || !versions().contains(version)) {
            return Optional.empty();
        }
        return Optional.of(CACHE.computeIfAbsent(version, v -> read("finacct/templates/" + v + ".json", ReportTemplate.class)));
    }

    public static ReportTemplate get(String version) {
        return find(version).orElseThrow(() -> new IllegalArgumentException("没有报表模板版本“" + version + "”"));
    }

    /** The template a department uses by default for a fiscal year, if one is shipped. */
    public static Optional<ReportTemplate> defaultFor(int fiscalYear) {
        String version = index().defaults().get(String.valueOf(fiscalYear));
        return version == null ? Optional.empty() : find(version);
    }

    private record Index(List<String> versions, Map<String, String> defaults) {
    }

    private static final class IndexHolder {
        static final Index INSTANCE = read(INDEX, Index.class);
    }

    private static Index index() {
        return IndexHolder.INSTANCE;
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
