package finacct.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Row and column lists in rule files: {@code ["1..8"]} is 1 to 8, {@code "-3"} a subtracted one, and a single
 * string stands for a list of one.
 */
public final class RowRefs {

    private RowRefs() {
    }

    public static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.addAll(expand(n.asText())));
        } else {
            out.addAll(expand(node.asText()));
        }
        return out;
    }

    /**
     * "31..56" → 31, 32, …, 56; "-3..4" → -3, -4; in a cell reference the row may be a range too:
     * "T1/4..8/1" → T1/4/1, …, T1/8/1. Anything else as written.
     */
    static List<String> expand(String text) {
        String t = text.strip();
        String[] segments = t.split("/", -1);
        for (int s = 0; s < segments.length; s++) {
            String segment = segments[s];
            boolean negative = segment.startsWith("-");
            String body = negative ? segment.substring(1) : segment;
            int dots = body.indexOf("..");
            if (dots < 0) {
                continue;
            }
            int from = Integer.parseInt(body.substring(0, dots).strip());
            int to = Integer.parseInt(body.substring(dots + 2).strip());
            List<String> out = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                String[] copy = segments.clone();
                copy[s] = (negative ? "-" : "") + i;
                out.add(String.join("/", copy));
            }
            return out;
        }
        return List.of(t);
    }

    public static List<Term> terms(JsonNode node) {
        return list(node).stream().map(Term::parse).toList();
    }
}
