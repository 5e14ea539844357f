package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.NarrativeContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kind: templateLeftovers} — instructions and placeholders of the blank template left in the published
 * text ("仍保留该表格式，并在本表下方作下述说明", "XX 分"): {@code patterns: [{pattern, what}]}, searched in every
 * narrative section (the notes under the tables included) and in the self-evaluation tables' texts. One finding
 * per pattern and place, quoting the words around it.
 */
public final class TemplateLeftoversRule extends BaseRule {

    private record Leftover(Pattern pattern, String what) {
    }

    private static final int AROUND = 20;
    private final List<Leftover> leftovers = new ArrayList<>();

    public TemplateLeftoversRule(RuleHeader header, JsonNode spec) {
        super(header);
        spec.path("patterns").forEach(p -> leftovers.add(new Leftover(Pattern.compile(p.path("pattern").asText()),
                p.path("what").asText())));
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (NarrativeSection s : facts.sections()) {
            String where = s.id().equals("tables") ? "决算表下的注释" : "情况说明“" + s.title() + "”";
            scan(s.text(), where, new FindingCell(NarrativeContext.NARRATIVE, s.id(), "text", null), findings);
        }
        for (PerformanceEvaluationReported e : facts.evaluations()) {
            StringBuilder text = new StringBuilder(e.name() == null ? "" : e.name());
            for (Indicator i : e.indicators()) {
                for (String t : new String[] {i.level1(), i.level2(), i.name(), i.target(), i.actual()}) {
                    if (t != null) {
                        text.append('\n').append(t);
                    }
                }
            }
            scan(text.toString(), EvaluationRule.title(e), new FindingCell(NarrativeContext.EVALUATION, e.evaluationId(), "text", null), findings);
        }
        return findings;
    }

    private void scan(String text, String where, FindingCell cell, List<Finding> findings) {
        if (text == null) {
            return;
        }
        for (Leftover l : leftovers) {
            Matcher m = l.pattern().matcher(text);
            if (m.find()) {
                int times = 1;
                while (m.find()) {
                    times++;
                }
                m = l.pattern().matcher(text);
                m.find();
                String quote = text.substring(Math.max(0, m.start() - AROUND), Math.min(text.length(), m.end() + AROUND))
                        .replaceAll("\\s+", " ").strip();
                findings.add(new Finding(header.id(), header.severity(), header.message() + "：" + where + "中留有"
                        + l.what() + "“" + quote + "”" + (times > 1 ? "（共 " + times + " 处）" : ""), List.of(new FindingCell(cell.table(), cell.row(), cell.column(), m.group())),
                        null, m.group(), null));
            }
        }
    }
}
