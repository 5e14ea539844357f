package finacct.importer.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a sentence and the cue words before each. A figure is a number with a unit the vocabulary
 * knows (万元, %, 个 …), or — right after a cue that wants a percentage (占…, 完成…的, 增长) — a bare number
 * ended by punctuation: a percentage printed without its "%". Numbers inside a "not a figure" phrase
 * (单价50万元（含）以上) and numbers of dates or codes are not figures.
 */
final class ClaimPatterns {

    /** A number as printed and the unit after it (empty when none). */
    record Mention(int start, int end, String number, String unit) {
    }

    /** The cue before a figure: its kind, where it starts, the base words and sign words it named. */
    record Cue(String kind, int start, String base, String sign) {
    }

    private final NarrativeVocabulary vocabulary;
    private final Pattern figure;

    ClaimPatterns(NarrativeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        List<String> units = new ArrayList<>(vocabulary.units());
        units.sort(Comparator.comparing(String::length).reversed());
        String unitAlternatives = String.join("|", units.stream().map(Pattern::quote).toList());
        this.figure = Pattern.compile("(?<![\\d.,])(?<n>-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?<u>"
                + unitAlternatives + ")?");
    }

    List<Mention> mentions(String sentence) {
        List<int[]> excluded = new ArrayList<>();
        for (Pattern p : vocabulary.notFigures()) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                excluded.add(new int[] {m.start(), m.end()});
            }
        }
        List<Mention> out = new ArrayList<>();
        Matcher m = figure.matcher(sentence);
        while (m.find()) {
            int s = m.start();
            if (excluded.stream().anyMatch(x -> s >= x[0] && s < x[1])) {
                continue;
            }
            String unit = m.group("u") == null ? "" : m.group("u");
            if (unit.isEmpty() && m.end() < sentence.length() && Character.isLetterOrDigit(sentence.charAt(m.end()))) {
                continue; // 2020年, 12319号, 10-12月: not a figure
            }
            if (unit.isEmpty() && m.end() < sentence.length() && "-~～—至".indexOf(sentence.charAt(m.end())) >= 0) {
                continue; // a range
            }
            out.add(new Mention(s, m.end(), m.group("n"), unit));
        }
        return out;
    }

    /** The cue that ends where the figure starts, in the words since the previous figure. */
    Cue cue(String sentence, int tailStart, int figureStart) {
        String tail = sentence.substring(tailStart, figureStart);
        for (NarrativeVocabulary.Cue c : vocabulary.cues()) {
            Matcher m = c.pattern().matcher(tail);
            if (m.find()) {
                return new Cue(c.kind(), tailStart + m.start(), group(m, "base"), group(m, "sign"));
            }
        }
        return new Cue("amount", figureStart, null, null);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Optional<String> unitKind(String unit) {
        return unit.isEmpty() ? Optional.empty() : vocabulary.unitKind(unit);
    }
}
