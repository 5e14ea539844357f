package finacct.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import finacct.kernel.results.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule sets are data: {@code finacct/rules/<template version>/rules.yaml} names the set's version, the rule
 * files it is made of (its own, or another version's as {@code OTHER-VERSION/file.yaml}) and, optionally, a
 * template version whose whole rule set it extends. Adding a rule needs no Java. Its {@code conventions:} block
 * (ways of printing figures accepted as conventions, see {@link finacct.validation.rules.conventions.Conventions})
 * reaches every rule of its files as {@code conventions} in the rule's entry, unless the entry gives its own.
 */
public final class RuleSets {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Optional<RuleSet>> CACHE = new ConcurrentHashMap<>();

    private RuleSets() {
    }

    public static Optional<RuleSet> forTemplate(String templateVersion) {
        return CACHE.computeIfAbsent(templateVersion, v -> load(v, new HashSet<>()));
    }

    private static Optional<RuleSet> load(String templateVersion, Set<String> seen) {
        String base = "finacct/rules/" + templateVersion + "/";
        JsonNode index = read(base + "rules.yaml");
        if (index == null || !seen.add(templateVersion)) {
            return Optional.empty();
        }
        List<Rule> rules = new ArrayList<>();
        String parent = index.path("extends").asText(null);
        if (parent != null) {
            load(parent, seen).ifPresent(p -> rules.addAll(p.rules()));
        }
        for (JsonNode file : index.path("files")) {
            // "table-notes.yaml" is this version's own file; "MOF-2020/table-notes.yaml" is shared with another
            String path = file.asText().contains("/") ? "finacct/rules/" + file.asText() : base + file.asText();
            JsonNode content = read(path);
            if (content == null) {
                throw new IllegalStateException("rule file " + path + " is listed but missing");
            }
            for (JsonNode entry : content.path("rules")) {
                JsonNode spec = withConventions(substitute(entry, index.path("substitute")), index.path("conventions"));
                rules.add(create(spec, path));
            }
        }
        return Optional.of(new RuleSet(index.path("version").asText(templateVersion), rules));
    }

    /**
     * A shared rule file may name a data file that another layout replaces (e.g. the narrative's concept
     * bindings): {@code substitute: {MOF-2020/x.yaml: SH-2024/x.yaml}} in rules.yaml swaps such values.
     */
    private static JsonNode substitute(JsonNode entry, JsonNode replacements) {
        if (!replacements.isObject() || replacements.isEmpty() || !entry.isObject()) {
            return entry;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = entry.deepCopy();
        entry.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual() && replacements.has(f.getValue().asText())) {
                copy.put(f.getKey(), replacements.path(f.getValue().asText()).asText());
            }
        });
        return copy;
    }

    private static JsonNode withConventions(JsonNode entry, JsonNode conventions) {
        if (!conventions.isObject() || !entry.isObject() || entry.has("conventions")) {
            return entry;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = entry.deepCopy();
        copy.set("conventions", conventions);
        return copy;
    }

    /** Reads a rule set from files outside the classpath: for tests and for trying a rule before shipping it. */
    public static Rule create(JsonNode entry, String where) {
        String id = entry.path("id").asText(null);
        String kind = entry.path("kind").asText(null);
        if (id == null || kind == null) {
            throw new IllegalStateException(where + ": every rule needs an id and a kind: " + entry);
        }
        RuleFactory factory = RuleKinds.byName(kind).orElseThrow(() -> new IllegalStateException(
                where + ": rule " + id + " has unknown kind " + kind + " (known: " + RuleKinds.names() + ")"));
        Severity severity = Severity.valueOf(entry.path("severity").asText("ERROR"));
        String message = entry.path("message").asText(id);
        return factory.create(new RuleHeader(id, kind, severity, message), entry);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = RuleSets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
