package finacct.validation.rules.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import finacct.kernel.events.CellRef;
import finacct.validation.rules.CellRefs;
import finacct.validation.rules.Facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the tables hold each quantity the narrative names, as data (a rule file's {@code concepts:} names the
 * file, under {@code finacct/rules/}): per concept key and kind (amount, budget, adjustedBudget) the cell
 * expressions it must equal ("T5/total/1", "T1/1/1 + T1/2/1", "T4/#{code}/2" = the line of that function class);
 * a key may hold {code} or {name}. Also the Chinese words for each concept, and which concepts are one quantity
 * under another name ({@code sameQuantity}), optionally only while some cells are blank.
 */
public final class ConceptBindings {

    /** Concepts that are one quantity for the given kinds, while every {@code whenBlank} cell is blank or 0. */
    public record Alias(List<String> concepts, Set<String> kinds, List<CellRef> whenBlank) {
    }

    private record Template(Pattern key, Map<String, List<String>> expressions) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, ConceptBindings> CACHE = new ConcurrentHashMap<>();

    private final List<Template> bindings = new ArrayList<>();
    private final List<Map.Entry<Pattern, String>> labels = new ArrayList<>();
    private final List<Alias> aliases = new ArrayList<>();

    public static ConceptBindings load(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("a narrative rule needs concepts: <file under finacct/rules/>");
        }
        return CACHE.computeIfAbsent(path, ConceptBindings::read);
    }

    private static ConceptBindings read(String path) {
        String resource = "finacct/rules/" + path;
        try (InputStream in = ConceptBindings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new ConceptBindings(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private ConceptBindings(JsonNode root) {
        // a layout whose tables differ in a few places names the file it is based on and gives only those
        // bindings; its own come first, since the first binding that matches a concept wins
        ConceptBindings base = root.hasNonNull("basedOn") ? load(root.path("basedOn").asText()) : null;
        root.path("bindings").fields().forEachRemaining(e -> {
            Map<String, List<String>> byKind = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(k -> {
                List<String> list = new ArrayList<>();
                if (k.getValue().isArray()) {
                    k.getValue().forEach(x -> list.add(x.asText()));
                } else {
                    list.add(k.getValue().asText());
                }
                byKind.put(k.getKey(), list);
            });
            bindings.add(new Template(keyPattern(e.getKey()), byKind));
        });
        root.path("labels").fields().forEachRemaining(e -> labels.add(Map.entry(keyPattern(e.getKey()), e.getValue().asText())));
        root.path("sameQuantity").forEach(a -> {
            List<String> concepts = new ArrayList<>();
            a.path("concepts").forEach(c -> concepts.add(c.asText()));
            List<String> kinds = new ArrayList<>();
            a.path("kinds").forEach(k -> kinds.add(k.asText()));
            List<CellRef> blank = new ArrayList<>();
            a.path("whenBlank").forEach(c -> blank.add(CellRefs.parse(c.asText())));
            aliases.add(new Alias(concepts, Set.copyOf(kinds), blank));
        });
        if (base != null) {
            bindings.addAll(base.bindings);
            labels.addAll(base.labels);
            aliases.addAll(base.aliases);
        }
    }

    private static Pattern keyPattern(String key) {
        String regex = Pattern.quote(key).replace("{code}", "\\E(?<code>\\d+)\\Q").replace("{name}", "\\E(?<name>.+)\\Q");
        return Pattern.compile(regex);
    }

    /** The cell expressions a concept's figure of a kind must equal; empty when the tables do not hold it. */
    public List<String> expressions(String concept, String kind) {
        for (Template t : bindings) {
            Matcher m = t.key().matcher(concept);
            if (m.matches()) {
                List<String> list = t.expressions().getOrDefault(kind, List.of());
                String code = group(m, "code");
                return list.stream().map(x -> code == null ? x : x.replace("{code}", code)).toList();
            }
        }
        return List.of();
    }

    /** The Chinese words for a concept: its label, with a class's code and the name the tables print for it. */
    public String label(String concept, Facts facts) {
        for (Map.Entry<Pattern, String> l : labels) {
            Matcher m = l.getKey().matcher(concept);
            if (m.matches()) {
                String code = group(m, "code");
                String name = group(m, "name");
                String text = l.getValue();
                if (code != null) {
                    text = text.replace("{code}", code).replace("{codeName}", subjectName(facts, code).orElse(""));
                }
                return name == null ? text : text.replace("“{name}”", Names.quoted(name)).replace("{name}", name);
            }
        }
        return concept;
    }

    private static Optional<String> subjectName(Facts facts, String code) {
        for (String table : List.of("T5", "T3", "T2")) {
            Optional<String> n = facts.template().table(table).isPresent() ? facts.rowName(table, code) : Optional.empty();
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }

    /** The concept a figure of this kind is compared under: the first concept of its alias group, when it applies. */
    public String canonical(String concept, String kind, Facts facts) {
        for (Alias a : aliases) {
            if (a.concepts().contains(concept) && a.kinds().contains(kind) && allBlank(a.whenBlank(), facts)) {
                return a.concepts().get(0);
            }
        }
        return concept;
    }

    private static boolean allBlank(List<CellRef> cells, Facts facts) {
        return cells.stream().allMatch(c -> facts.cell(c).map(s -> s.value().signum() == 0).orElse(true));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
