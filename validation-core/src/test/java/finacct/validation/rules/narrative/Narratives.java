package finacct.validation.rules.narrative;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import finacct.kernel.events.Figure;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.kernel.template.ReportTemplates;
import finacct.validation.rules.Facts;
import finacct.validation.rules.Rule;
import finacct.validation.rules.RuleSets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small narratives built in a test: cells written "T3/total/2=388.40", claims, self-evaluations and sections,
 * and a rule written as the YAML of its rule file entry (the narrative rules read the shipped bindings).
 */
final class Narratives {

    static final String CONCEPTS = "concepts: MOF-2020/narrative-bindings.yaml\n";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<Figure> figures = new ArrayList<>();
    private final List<NarrativeClaim> claims = new ArrayList<>();
    private final List<PerformanceEvaluationReported> evaluations = new ArrayList<>();
    private final List<NarrativeSection> sections = new ArrayList<>();

    static Narratives narrative() {
        return new Narratives();
    }

    static Rule rule(String yaml) {
        try {
            return RuleSets.create(YAML.readTree(yaml), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Narratives cells(String... cells) {
        for (String c : cells) {
            String[] kv = c.split("=", 2);
            String[] ref = kv[0].split("/");
            figures.add(new Figure(ref[0], ref[1], ref[2], kv[1], null));
        }
        return this;
    }

    /** A claim: section, kind, subject, base (null for none), value, unit. */
    Narratives claim(String section, String kind, String subject, String base, String value, String unit) {
        claims.add(new NarrativeClaim(section + "-" + (claims.size() + 1), section, kind, subject, base, value, unit,
                "（测试）" + subject + " " + value + unit));
        return this;
    }

    Narratives amount(String section, String subject, String value) {
        return claim(section, "amount", subject, null, value, "万元");
    }

    Narratives evaluation(String scope, String name, String budget, String executed, String rate, String weight,
                          String score, String total, Indicator... indicators) {
        evaluations.add(new PerformanceEvaluationReported(null, "evaluation-" + (evaluations.size() + 1), scope, name,
                budget, executed, rate, weight, score, List.of(indicators), total));
        return this;
    }

    Narratives section(String id, String title, String text) {
        sections.add(new NarrativeSection(id, title, text));
        return this;
    }

    static Indicator indicator(String name, String score) {
        return new Indicator("产出指标", "数量指标", name, "≥90%", "≥90%", null, score);
    }

    Facts facts() {
        return new Facts(ReportTemplates.get("MOF-2020"), 2020, figures, sections, claims, evaluations);
    }

    List<Finding> check(Rule rule) {
        return rule.check(facts());
    }

    /** The findings a person must act on: ERROR and WARNING. */
    static List<Finding> serious(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
    }
}
