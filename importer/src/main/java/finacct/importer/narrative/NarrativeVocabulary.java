package finacct.importer.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a narrative names its quantities, as data ({@code finacct/importer/narrative-concepts.yaml}): section
 * scopes, concept phrases, lists of named items, the cue words before a figure, units, and what the
 * self-evaluation tables call their parts. The file's comments say what each part means.
 */
public final class NarrativeVocabulary {

    static final String RESOURCE = "finacct/importer/narrative-concepts.yaml";

    record Scope(String key, List<String> titles) {
    }

    record Concept(String key, List<Pattern> patterns, Set<String> scopes, boolean nameTail) {
        boolean appliesIn(String scope) {
            return scopes.isEmpty() || scopes.contains(scope);
        }
    }

    record ItemList(Pattern opener, String key) {
    }

    record Cue(String kind, Pattern pattern) {
    }

    /** Words that say there is none of the concepts listed. */
    record Absence(Pattern pattern, List<String> concepts) {
    }

    /** A comparison stated without figures; {@code against} is "budget" or "lastYear". */
    record Comparison(Pattern pattern, String against) {
    }

    private final List<Scope> scopes = new ArrayList<>();
    private final List<Concept> concepts = new ArrayList<>();
    private final List<ItemList> lists = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    private final List<String> negativeSigns = new ArrayList<>();
    private final Map<String, String> budgetBases = new LinkedHashMap<>();
    private final Map<String, String> unitKinds = new LinkedHashMap<>();
    private final List<Pattern> notFigures = new ArrayList<>();
    private final List<Pattern> descriptive = new ArrayList<>();
    private Pattern wholeMarker;
    private Pattern certainGap;
    private Pattern nameStart;
    private final List<Comparison> comparisons = new ArrayList<>();
    private final List<Absence> absences = new ArrayList<>();
    private final Map<String, Integer> relations = new LinkedHashMap<>();
    private final Map<String, String> functionPrefixes = new LinkedHashMap<>();
    private String functionKey;
    private String functionDefaultPrefix;
    private final List<String> departmentTitles = new ArrayList<>();
    private final List<String> level1 = new ArrayList<>();
    private final Map<String, String> headerFigures = new LinkedHashMap<>();

    private static NarrativeVocabulary loaded;

    static synchronized NarrativeVocabulary load() {
        if (loaded == null) {
            try (InputStream in = NarrativeVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing");
                }
                loaded = new NarrativeVocabulary(new ObjectMapper(new YAMLFactory()).readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
        return loaded;
    }

    private NarrativeVocabulary(JsonNode root) {
        root.path("scopes").forEach(s -> scopes.add(new Scope(s.path("key").asText(), strings(s.path("titles")))));
        root.path("concepts").forEach(c -> concepts.add(new Concept(c.path("key").asText(),
                strings(c.path("patterns")).stream().map(Pattern::compile).toList(),
                Set.copyOf(strings(c.path("scopes"))), c.path("nameTail").asBoolean(false))));
        root.path("lists").forEach(l -> lists.add(new ItemList(
                Pattern.compile(l.path("opener").asText()), l.path("key").asText())));
        // a cue must end where the figure starts
        root.path("cues").forEach(c -> cues.add(new Cue(c.path("kind").asText(),
                Pattern.compile("(?:" + c.path("pattern").asText() + ")$"))));
        negativeSigns.addAll(strings(root.path("negativeSigns")));
        root.path("budgetBases").fields().forEachRemaining(e -> budgetBases.put(e.getKey(), e.getValue().asText()));
        root.path("units").fields().forEachRemaining(e -> strings(e.getValue()).forEach(u -> unitKinds.put(u, e.getKey())));
        strings(root.path("notFigures")).forEach(p -> notFigures.add(Pattern.compile(p)));
        strings(root.path("descriptive")).forEach(p -> descriptive.add(Pattern.compile(p)));
        wholeMarker = Pattern.compile(root.path("shareWholeMarker").asText("(?!)"));
        JsonNode certainty = root.path("certainty");
        certainGap = Pattern.compile("(?:" + certainty.path("gap").asText("") + ")*");
        nameStart = Pattern.compile("(?:" + certainty.path("nameStart").asText("^") + ")$");
        root.path("comparisons").forEach(c -> comparisons.add(new Comparison(Pattern.compile(c.path("pattern").asText()),
                c.path("against").asText("budget"))));
        root.path("absences").forEach(a -> absences.add(new Absence(Pattern.compile(a.path("pattern").asText()),
                strings(a.path("concepts")))));
        root.path("relations").fields().forEachRemaining(e -> relations.put(e.getKey(), e.getValue().asInt()));
        JsonNode fc = root.path("functionClasses");
        functionKey = fc.path("key").asText("{prefix}.function:{code}");
        fc.path("prefixes").fields().forEachRemaining(e -> functionPrefixes.put(e.getKey(), e.getValue().asText()));
        functionDefaultPrefix = fc.path("default").asText("gpb");
        JsonNode ev = root.path("evaluationTables");
        departmentTitles.addAll(strings(ev.path("departmentTitles")));
        level1.addAll(strings(ev.path("level1")));
        ev.path("headerFigures").fields().forEachRemaining(e -> headerFigures.put(e.getKey(), e.getValue().asText()));
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * The scope of a section: of the scopes whose title phrases its own title or its parent's holds, the one
     * listed first ("（二）财政拨款支出决算结构情况" under "五、一般公共预算财政拨款支出…" is gpb, not expenditure).
     */
    String scopeOf(String title, String parentTitle) {
        String own = title == null ? "" : ProseText.fold(title);
        String parent = parentTitle == null ? "" : ProseText.fold(parentTitle);
        for (Scope s : scopes) {
            if (s.titles().stream().anyMatch(t -> own.contains(t) || parent.contains(t))) {
                return s.key();
            }
        }
        return "";
    }

    List<Concept> concepts() {
        return concepts;
    }

    List<ItemList> lists() {
        return lists;
    }

    List<Cue> cues() {
        return cues;
    }

    boolean isNegative(String sign) {
        return sign != null && negativeSigns.contains(sign);
    }

    /** The budget kind a base word (年初预算, 全年预算 …) means; empty for a bare "预算". */
    Optional<String> budgetKindOf(String baseWord) {
        return Optional.ofNullable(budgetBases.get(baseWord));
    }

    /** "amount", "percent" or "count" for a unit the vocabulary knows. */
    Optional<String> unitKind(String unit) {
        return Optional.ofNullable(unitKinds.get(unit));
    }

    Set<String> units() {
        return unitKinds.keySet();
    }

    /** True when the words between a concept's phrase and its figure's cue say nothing of their own. */
    boolean isFillerGap(String gap) {
        return certainGap.matcher(gap).matches();
    }

    /** True when a name can start after these words (a concept phrase that is often a name's tail). */
    boolean isNameStart(String before) {
        return nameStart.matcher(before).find();
    }

    List<Absence> absences() {
        return absences;
    }

    List<Comparison> comparisons() {
        return comparisons;
    }

    /** The sign of quantity − base a relation word states (大于 1, 小于 −1, 等于 0); null for an unknown word. */
    Integer relationSign(String word) {
        return word == null ? null : relations.get(word);
    }

    /** The words after a whole a sentence names before its parts and their shares ("…决算中，"). */
    Pattern wholeMarker() {
        return wholeMarker;
    }

    List<Pattern> notFigures() {
        return notFigures;
    }

    /** True for a sentence that describes a quantity (主要用于：…) rather than naming one. */
    boolean isDescriptive(String sentence) {
        return descriptive.stream().anyMatch(p -> p.matcher(sentence).find());
    }

    String functionKey(String scope, String code) {
        String prefix = functionPrefixes.getOrDefault(scope, functionDefaultPrefix);
        return functionKey.replace("{prefix}", prefix).replace("{code}", code);
    }

    public boolean isDepartmentEvaluationTitle(String foldedTitle) {
        return departmentTitles.stream().anyMatch(foldedTitle::contains);
    }

    /** True when a level cell of a self-evaluation table names a level-one indicator (产出指标 …). */
    public boolean isLevel1(String foldedCell) {
        String bare = foldedCell.replaceAll("（[^）]*）", "");
        return level1.stream().anyMatch(bare::equals);
    }

    public Optional<String> headerFigureConcept(String foldedLabel) {
        return Optional.ofNullable(headerFigures.get(foldedLabel));
    }
}
