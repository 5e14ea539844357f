package finacct.importer.narrative;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which quantity a stretch of narrative names: of every concept phrase (vocabulary and classification
 * names) in it, the one that ends last — the words nearest the figure — and of those the longest, a phrase of
 * the section's scope before a general one. Spans already read as something else (the "占…的" of a share) are
 * masked out.
 */
final class ConceptMatcher {

    record Match(String key, int start, int end, boolean scoped, boolean nameTail) {
        int length() {
            return end - start;
        }
    }

    private static final Pattern FUNCTION_PATH = Pattern.compile(
            "(?<c>[^，。；：（）]+?)（类）(?<k>[^，。；：（）]+?)（款）(?:(?<x>[^，。；：（）]+?)（项）)?");

    private final NarrativeVocabulary vocabulary;
    private final SubjectNames names;
    private final List<Map.Entry<Pattern, String>> classPatterns;

    ConceptMatcher(NarrativeVocabulary vocabulary, SubjectNames names) {
        this.vocabulary = vocabulary;
        this.names = names;
        this.classPatterns = names.classes().stream()
                .map(e -> Map.entry(Pattern.compile(Pattern.quote(e.getKey()) + "(（类）)?"), e.getValue()))
                .toList();
    }

    /** The best concept in {@code text[from, to)}, ignoring matches that overlap a masked span. */
    Optional<Match> best(String text, int from, int to, String scope, List<int[]> masked) {
        String region = text.substring(from, to);
        Match best = null;
        for (NarrativeVocabulary.Concept concept : vocabulary.concepts()) {
            if (!concept.appliesIn(scope)) {
                continue;
            }
            for (Pattern p : concept.patterns()) {
                Matcher m = p.matcher(region);
                while (m.find()) {
                    if (m.end() == m.start()) {
                        continue;
                    }
                    String key = concept.key();
                    if (key.contains("{name}")) {
                        String name = cleanName(m.group("name"));
                        if (name.isEmpty()) {
                            continue;
                        }
                        key = key.replace("{name}", name);
                    }
                    best = better(best, new Match(key, from + m.start(), from + m.end(), !concept.scopes().isEmpty(),
                            concept.nameTail()), masked);
                }
            }
        }
        for (Map.Entry<Pattern, String> c : classPatterns) {
            Matcher m = c.getKey().matcher(region);
            while (m.find()) {
                best = better(best, new Match(vocabulary.functionKey(scope, c.getValue()),
                        from + m.start(), from + m.end(), true, false), masked);
            }
        }
        Matcher path = FUNCTION_PATH.matcher(region);
        while (path.find()) {
            String c = path.group("c");
            String k = path.group("k");
            String x = path.group("x");
            String code = names.codeOf(c, k, x)
                    .orElse(SubjectNames.bare(c) + "/" + SubjectNames.bare(k) + (x == null ? "" : "/" + SubjectNames.bare(x)));
            best = better(best, new Match(vocabulary.functionKey(scope, code), from + path.start(), from + path.end(), true,
                    false), masked);
        }
        return Optional.ofNullable(best);
    }

    private static Match better(Match current, Match candidate, List<int[]> masked) {
        for (int[] span : masked) {
            if (candidate.start() < span[1] && span[0] < candidate.end()) {
                return current;
            }
        }
        if (current == null) {
            return candidate;
        }
        if (candidate.end() != current.end()) {
            return candidate.end() > current.end() ? candidate : current;
        }
        if (candidate.length() != current.length()) {
            return candidate.length() > current.length() ? candidate : current;
        }
        return candidate.scoped() && !current.scoped() ? candidate : current;
    }

    /** A captured name without the ordinal before it and the quotes and generic words around it. */
    static String cleanName(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.replaceFirst("^-?[\\d.,]+(万元|亿元|元|%)?[、，；]?", "") // the figure of the item before
                .replaceFirst("^(其中|比如|例如|主要用于|用于|一是|二是|三是|四是|五是|\\d+[.、]|（\\d+）)+", "")
                .replaceFirst("^[：，、]+", "")
                .strip();
    }
}
