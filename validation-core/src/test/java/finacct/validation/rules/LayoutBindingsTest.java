package finacct.validation.rules;

import finacct.kernel.events.Figure;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.kernel.template.ReportTemplates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A narrative figure binds to the cell of its own layout: Shanghai's 表9 prints its expenditure in 3栏. */
class LayoutBindingsTest {

    private static List<Finding> amountFindings(String template, String statedInColumn, String column) {
        List<Figure> figures = List.of(new Figure("T9", "total", column, statedInColumn, null));
        NarrativeClaim claim = new NarrativeClaim("9-1", "9", "amount", "capital.expenditure", null, "5.00", "万元",
                "国有资本经营预算财政拨款支出 5.00 万元");
        Facts facts = new Facts(ReportTemplates.get(template), 2024, figures, List.of(), List.of(claim), List.of());
        return RuleSets.forTemplate(template).orElseThrow().check(facts).stream()
                .filter(f -> f.ruleId().equals("N.amount-vs-table")).toList();
    }

    @Test
    void shanghaiBindsTheClaimToColumn3() {
        assertThat(amountFindings("SH-2024", "5.00", "3")).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(amountFindings("SH-2024", "6.00", "3")).anyMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void theMinistryLayoutBindsItToColumn1() {
        assertThat(amountFindings("MOF-2024", "5.00", "1")).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(amountFindings("MOF-2024", "6.00", "1")).anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
