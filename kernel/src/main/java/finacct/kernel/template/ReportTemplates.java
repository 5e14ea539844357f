package finacct.kernel.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report templates shipped as data files under {@code finacct/templates/}. The list of versions is
 * itself a data file, so adding a year's template needs no Java. {@code index.json} names the default version
 * of each fiscal year and, per layout family (MOF, SH, …), the version of each year; a template file may say
 * {@code "basedOn": "OTHER-VERSION"} and give only what differs (its tables replace the base's tables of the
 * same id).
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
        return Optional.of(CACHE.computeIfAbsent(version, v -> load(v)));
    }

    public static ReportTemplate get(String version) {
        return find(version).orElseThrow(() -> new IllegalArgumentException("没有报表模板版本“" + version + "”"));
    }

    /** The template a department uses by default for a fiscal year, if one is shipped. */
    public static Optional<ReportTemplate> defaultFor(int fiscalYear) {
        String version = index().defaults().get(String.valueOf(fiscalYear));
        return version == null ? Optional.empty() : find(version);
    }

    /**
     * The template a fiscal year is read with by default: the year's own, else, for a year newer than every template
     * shipped, the nearest earlier year's (its tables and classification may have changed since: validation says so).
     */
    public static Optional<ReportTemplate> defaultOrNearestFor(int fiscalYear) {
        return defaultFor(fiscalYear).or(() -> nearestEarlierYear(fiscalYear).flatMap(ReportTemplates::defaultFor));
    }

    /** Whether a template serves a fiscal year: one of its own years, or the nearest earlier one's for a newer year. */
    public static boolean serves(ReportTemplate template, int fiscalYear) {
        return template.fiscalYears().contains(fiscalYear) || (defaultFor(fiscalYear).isEmpty()
                && nearestEarlierYear(fiscalYear).map(template.fiscalYears()::contains).orElse(false));
    }

    private static Optional<Integer> nearestEarlierYear(int fiscalYear) {
        return index().defaults().keySet().stream().map(Integer::parseInt).filter(y -> y < fiscalYear)
                .max(Integer::compare);
    }

    /** The layout families shipped (MOF, SH, …), in the index's order. */
    public static List<String> families() {
        return List.copyOf(index().familiesOrEmpty().keySet());
    }

    /** The template of a family for a fiscal year, if that family ships one for that year. */
    public static Optional<ReportTemplate> forFamily(String family, int fiscalYear) {
        Map<String, String> years = index().familiesOrEmpty().get(family);
        String version = years == null ? null : years.get(String.valueOf(fiscalYear));
        return version == null ? Optional.empty() : find(version);
    }

    /** Every template shipped for a fiscal year, the year's default first: the choices an importer weighs. */
    public static List<ReportTemplate> candidatesFor(int fiscalYear) {
        List<ReportTemplate> candidates = new ArrayList<>();
        defaultFor(fiscalYear).ifPresent(candidates::add);
        for (String family : families()) {
            forFamily(family, fiscalYear).filter(t -> !candidates.contains(t)).ifPresent(candidates::add);
        }
        return candidates;
    }

    private record Index(List<String> versions, Map<String, String> defaults,
                         Map<String, Map<String, String>> families) {
        Map<String, Map<String, String>> familiesOrEmpty() {
            return families == null ? Map.of() : families;
        }
    }

    private static final class IndexHolder {
        static final Index INSTANCE = readIndex();

        private static Index readIndex() {
            try {
                // keep the index's order of families: it is the order candidates are weighed in
                JsonNode node = tree(INDEX);
                Map<String, Map<String, String>> families = new LinkedHashMap<>();
                node.path("families").fields().forEachRemaining(f -> families.put(f.getKey(),
                        JSON.convertValue(f.getValue(), JSON.getTypeFactory().constructMapType(
                                LinkedHashMap.class, String.class, String.class))));
                Index plain = JSON.treeToValue(node, Index.class);
                return new Index(plain.versions(), plain.defaults(), families);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + INDEX, e);
            }
        }
    }

    private static Index index() {
        return IndexHolder.INSTANCE;
    }

    private static ReportTemplate load(String version) {
        try {
            return JSON.treeToValue(resolved(version, new HashSet<>()), ReportTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + version, e);
        }
    }

    /** The template's JSON with its {@code basedOn} chain folded in. */
    private static ObjectNode resolved(String version, Set<String> seen) throws IOException {
        if (!seen.add(version)) {
            throw new IllegalStateException("template " + version + " is based on itself");
        }
        ObjectNode own = (ObjectNode) tree("finacct/templates/" + version + ".json");
        String base = own.path("basedOn").asText(null);
        if (base == null) {
            return own;
        }
        ObjectNode merged = resolved(base, seen).deepCopy();
        own.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("tables") && !f.getKey().equals("basedOn")) {
                merged.set(f.getKey(), f.getValue());
            }
        });
        if (own.has("tables")) {
            ArrayNode tables = (ArrayNode) merged.path("tables");
            for (JsonNode replacement : own.path("tables")) {
                boolean replaced = false;
                for (int i = 0; i < tables.size(); i++) {
                    if (tables.get(i).path("id").asText().equals(replacement.path("id").asText())) {
                        tables.set(i, replacement);
                        replaced = true;
                    }
                }
                if (!replaced) {
                    tables.add(replacement);
                }
            }
        }
        return merged;
    }

    private static JsonNode tree(String resource) throws IOException {
        try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return JSON.readTree(in);
        }
    }
}
