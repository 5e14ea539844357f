package finacct.kernel.template;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTemplatesTest {

    private final ReportTemplate mof2020 = ReportTemplates.defaultFor(2020).orElseThrow();

    @Test
    void the2020TemplateHasTheNineTablesWithTheirNumberedLines() {
        assertThat(mof2020.tables()).extracting(TableDefinition::id)
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
        assertThat(mof2020.table("T1").orElseThrow().rows()).extracting(RowDefinition::key)
                .hasSize(60).startsWith("1").endsWith("60");
        assertThat(mof2020.table("T4").orElseThrow().rows()).hasSize(64);
        assertThat(mof2020.table("T7").orElseThrow().columns()).hasSize(12);
        assertThat(mof2020.table("T1").orElseThrow().row("27").orElseThrow().label()).isEqualTo("本年收入合计");
        assertThat(mof2020.table("T1").orElseThrow().row("49").orElseThrow().functionClass()).isEqualTo("221");
    }

    @Test
    void aCellOutsideTheTemplateIsNamedInTheProblem() {
        assertThat(mof2020.cellProblem("T10", "1", "1")).hasValueSatisfying(p -> assertThat(p).contains("T10"));
        assertThat(mof2020.cellProblem("T1", "61", "1")).hasValueSatisfying(p -> assertThat(p).contains("61"));
        assertThat(mof2020.cellProblem("T1", "27", "2")).hasValueSatisfying(p -> assertThat(p).contains("栏次“2”"));
        assertThat(mof2020.cellProblem("T3", "20103", "7")).hasValueSatisfying(p -> assertThat(p).contains("栏次“7”"));
        assertThat(mof2020.cellProblem("T3", "2010", "1")).hasValueSatisfying(p -> assertThat(p).contains("2010"));
        assertThat(mof2020.cellProblem("T6", "3010101", "1")).isPresent();
    }

    @Test
    void cellsTheTemplateKnowsAreAccepted() {
        assertThat(mof2020.cellProblem("T1", "27", "1")).isEmpty();
        assertThat(mof2020.cellProblem("T4", "64", "3")).isEmpty();
        assertThat(mof2020.cellProblem("T2", "2010350", "2")).isEmpty();
        assertThat(mof2020.cellProblem("T2", "total", "1")).isEmpty();
        assertThat(mof2020.cellProblem("T6", "30101", "1")).isEmpty();
        assertThat(mof2020.cellProblem("T6", "personnel_total", "1")).isEmpty();
        assertThat(mof2020.cellProblem("T7", "1", "12")).isEmpty();
    }
}
