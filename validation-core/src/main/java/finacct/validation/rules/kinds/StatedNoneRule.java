package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.CellValue;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kind: statedNone} — words of the text that say there is none of something ("无离退休人员") beside table
 * cells that show some of it (表6 30301 离休费, 30302 退休费): {@code statements: [{pattern, cells: [...], what}]},
 * searched in every section (the 概况 included). One finding per statement and section, quoting the sentence and
 * naming every cell that is not 0.
 */
public final class StatedNoneRule extends BaseRule {

    private record NoneStated(Pattern pattern, List<String> cells, String what) {
    }

    private final List<NoneStated> statements = new ArrayList<>();

    public StatedNoneRule(RuleHeader header, JsonNode spec) {
        super(header);
        spec.path("statements").forEach(s -> {
            List<String> cells = new ArrayList<>();
            s.path("cells").forEach(c -> cells.add(c.asText()));
            statements.add(new NoneStated(Pattern.compile(s.path("pattern").asText()), cells, s.path("what").asText()));
        });
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (NoneStated n : statements) {
            List<Quantity> some = new ArrayList<>();
            for (String expression : n.cells()) {
                Optional<Quantity> q = CellValue.of(facts, expression);
                q.filter(x -> !x.mayBeZero()).ifPresent(some::add);
            }
            if (some.isEmpty()) {
                continue;
            }
            for (NarrativeSection s : facts.sections()) {
                if (s.text() == null) {
                    continue;
                }
                Matcher m = n.pattern().matcher(s.text());
                if (!m.find()) {
                    continue;
                }
                List<FindingCell> cells = new ArrayList<>();
                cells.add(new FindingCell(NarrativeContext.NARRATIVE, s.id(), "text", m.group()));
                some.forEach(q -> cells.addAll(q.cells()));
                findings.add(new Finding(header.id(), header.severity(), header.message() + "：“" + s.title() + "”中称“"
                        + sentence(s.text(), m.start(), m.end()) + "”，但" + String.join("、", some.stream().map(Quantity::label).toList())
                        + " 不为 0（" + n.what() + "）", cells, "0", some.get(0).printed(), null));
            }
        }
        return findings;
    }

    private static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && "。；\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && "。；\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).strip();
    }
}
