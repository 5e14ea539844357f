package finacct.kernel.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 政府收支分类科目 of a year, as data: {@code finacct/classification/<kind>-base.json} (the codes and names of
 * the base year) and {@code <kind>-changes.json} (codes added, renamed or removed in later years). The data was
 * built by this project from the published classification (no machine-readable source exists) and may be
 * incomplete, which is why an unknown code is only a warning. A code may carry several accepted names (the
 * official one first).
 */
public final class Classification {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Classification> CACHE = new ConcurrentHashMap<>();

    private final String kind;
    private final String title;
    private final int year;
    private final Map<String, List<String>> names;

    private Classification(String kind, String title, int year, Map<String, List<String>> names) {
        this.kind = kind;
        this.title = title;
        this.year = year;
        this.names = names;
    }

    /** {@code kind} is {@code function} (支出功能分类) or {@code economic} (部门预算支出经济分类). */
    public static Classification of(String kind, int year) {
        return CACHE.computeIfAbsent(kind + ":" + year, k -> load(kind, year));
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public int year() {
        return year;
    }

    /** Every code the data knows for the year, in code order. */
    public java.util.SortedSet<String> codes() {
        return new java.util.TreeSet<>(names.keySet());
    }

    public boolean knows(String code) {
        return names.containsKey(code);
    }

    public Optional<String> officialName(String code) {
        List<String> n = names.get(code);
        return n == null || n.isEmpty() ? Optional.empty() : Optional.of(n.get(0));
    }

    /**
     * Whether a printed name can be this code's: equal to an accepted name once width, brackets and spaces are
     * normalized, or an abbreviation of it (one contained in the other), as documents print them.
     */
    public boolean nameMatches(String code, String printed) {
        String p = normalize(printed);
        if (p.isEmpty()) {
            return true;
        }
        for (String name : names.getOrDefault(code, List.of())) {
            String n = normalize(name);
            if (n.equals(p) || n.contains(p) || p.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Full-width to half-width (NFKC), no whitespace of any width, one kind of bracket and dash. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        n = n.replaceAll("[\\s\\u3000\\u00a0]+", "");
        n = n.replace('〔', '(').replace('〕', ')').replace('[', '(').replace(']', ')').replace('【', '(').replace('】', ')');
        n = n.replace('—', '-').replace('–', '-').replace('－', '-');
        n = n.replace("“", "\"").replace("”", "\"");
        return n;
    }

    private static Classification load(String kind, int year) {
        JsonNode base = read("finacct/classification/" + kind + "-base.json");
        if (base == null) {
            throw new IllegalArgumentException("no classification data for " + kind);
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        put(names, base.path("codes"));
        int baseYear = base.path("year").asInt();
        JsonNode changes = read("finacct/classification/" + kind + "-changes.json");
        if (changes != null) {
            for (int y = baseYear + 1; y <= year; y++) {
                JsonNode change = changes.path("changes").path(String.valueOf(y));
                change.path("remove").forEach(c -> names.remove(c.asText()));
                put(names, change.path("add"));
            }
        }
        return new Classification(kind, base.path("title").asText(kind), year, Map.copyOf(names));
    }

    private static void put(Map<String, List<String>> names, JsonNode codes) {
        Iterator<Map.Entry<String, JsonNode>> it = codes.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> n = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> n.add(v.asText()));
            } else {
                n.add(e.getValue().asText());
            }
            names.put(e.getKey(), List.copyOf(n));
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Classification.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
