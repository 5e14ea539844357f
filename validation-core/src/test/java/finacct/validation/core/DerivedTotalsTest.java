package finacct.validation.core;

import finacct.kernel.events.Figure;
import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.RowKind;
import finacct.kernel.template.TableDefinition;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedTotalsTest {

    @Test
    void aStatedLineTotalComesWithItsRecomputedValue() {
        TableDefinition lines = new TableDefinition("T1", 1, "收入支出决算总表", RowKind.LINES,
                List.of(column("1")),
                List.of(row("1"), row("2"), row("3"), row("4", "1", "2", "3"), row("5"), row("6", "4", "5")));

        List<RecomputedTable> tables = DerivedTotals.recompute(template(lines), List.of(
                figure("T1", "1", "1", "452.60"), figure("T1", "2", "1", "24.94"), figure("T1", "4", "1", "477.55")));

        assertThat(cell(tables, "T1", "4", "1"))
                .isEqualTo(new RecomputedCell("4", "1", "行4", "477.55", "477.54", "第1行 + 第2行"));
        // the grand total adds 4 as printed (477.55), as a reader does and as its check does, not 4 recomputed
        assertThat(cell(tables, "T1", "6", "1")).isEqualTo(new RecomputedCell("6", "1", "行6", null, "477.55", "第4行"));
        assertThat(cell(tables, "T1", "1", "1").computed()).isNull();
        assertThat(find(tables, "T1", "3", "1")).isEmpty();
        assertThat(find(tables, "T1", "5", "1")).isEmpty();
    }

    @Test
    void aTotalWithoutAnyPartKeepsItsStatedValueForTheNextTotal() {
        TableDefinition lines = new TableDefinition("T1", 1, "收入支出决算总表", RowKind.LINES,
                List.of(column("1")),
                List.of(row("1"), row("2"), row("4", "1", "2"), row("5"), row("6", "4", "5")));

        List<RecomputedTable> tables = DerivedTotals.recompute(template(lines), List.of(
                figure("T1", "4", "1", "100"), figure("T1", "5", "1", "20.5")));

        assertThat(cell(tables, "T1", "4", "1").computed()).isNull();
        assertThat(cell(tables, "T1", "6", "1").computed()).isEqualTo("120.50");
    }

    @Test
    void theClassificationHierarchyAddsItemsToSectionsToClassesToTheTotal() {
        TableDefinition subjects = new TableDefinition("T3", 3, "支出决算表", RowKind.FUNCTION_SUBJECT,
                List.of(column("1", "2", "3"), column("2"), column("3")),
                List.of(new RowDefinition("total", "合计", null, null, null, null)));

        List<RecomputedTable> tables = DerivedTotals.recompute(template(subjects), List.of(
                named("T3", "2010101", "2", "10.00", "行政运行"),
                named("T3", "2010102", "2", "5.50", "一般行政管理事务"),
                figure("T3", "2010102", "3", "1.00"),
                named("T3", "20101", "2", "15.00", "人大事务"),
                figure("T3", "2050101", "3", "2.00")));

        assertThat(cell(tables, "T3", "20101", "2"))
                .isEqualTo(new RecomputedCell("20101", "2", "人大事务", "15.00", "15.50", "2010101 + 2010102"));
        // 类 201 is not stated: it adds its 款 as printed
        assertThat(cell(tables, "T3", "201", "2")).isEqualTo(new RecomputedCell("201", "2", null, null, "15.00", "20101"));
        assertThat(cell(tables, "T3", "205", "3").computed()).isEqualTo("2.00");
        // 201 is not printed: the total takes it as computed from its own parts, and says so
        assertThat(cell(tables, "T3", "total", "2"))
                .isEqualTo(new RecomputedCell("total", "2", "合计", null, "15.00", "201（201 未列数，按其组成计算）"));
        assertThat(cell(tables, "T3", "total", "3").computed()).isEqualTo("3.00");
        assertThat(cell(tables, "T3", "total", "1").computed()).isEqualTo("18.50");
        // a 项 is a leaf of the hierarchy, so its 1栏 comes from its own columns
        assertThat(cell(tables, "T3", "2010102", "1").computed()).isEqualTo("6.50");
        assertThat(cell(tables, "T3", "2010102", "1").computedFrom()).isEqualTo("2栏 + 3栏");
        assertThat(cell(tables, "T3", "2010101", "2")).isEqualTo(new RecomputedCell("2010101", "2", "行政运行", "10.00", null));
        assertThat(rowsOf(tables, "T3")).containsExactly("total", "201", "20101", "2010101", "2010102", "205", "20501", "2050101");
    }

    @Test
    void aTotalAddsThePrintedClassesEvenWhereAClassDiffersFromItsOwnItems() {
        // 201 is printed 836.77 while its columns add to 836.76: 合计 917.02 is what the printed classes add to
        TableDefinition subjects = new TableDefinition("T3", 3, "支出决算表", RowKind.FUNCTION_SUBJECT,
                List.of(column("1", "2", "3"), column("2"), column("3")),
                List.of(new RowDefinition("total", "合计", null, null, null, null)));

        List<RecomputedTable> tables = DerivedTotals.recompute(template(subjects), List.of(
                figure("T3", "total", "1", "917.02"),
                figure("T3", "201", "1", "836.77"), figure("T3", "20103", "1", "836.77"),
                figure("T3", "2010350", "1", "836.77"), figure("T3", "2010350", "2", "397.29"),
                figure("T3", "2010350", "3", "439.47"),
                figure("T3", "208", "1", "27.36"), figure("T3", "20805", "1", "27.36"),
                figure("T3", "210", "1", "17.19"), figure("T3", "21011", "1", "17.19"),
                figure("T3", "221", "1", "35.70"), figure("T3", "22102", "1", "35.70")));

        assertThat(cell(tables, "T3", "total", "1"))
                .isEqualTo(new RecomputedCell("total", "1", "合计", "917.02", "917.02", "201 + 208 + 210 + 221"));
        assertThat(cell(tables, "T3", "201", "1"))
                .isEqualTo(new RecomputedCell("201", "1", null, "836.77", "836.77", "20103"));
        assertThat(cell(tables, "T3", "2010350", "1"))
                .isEqualTo(new RecomputedCell("2010350", "1", null, "836.77", "836.76", "2栏 + 3栏"));
    }

    @Test
    void table8CarriesOverByFormulaFromThePrintedExpenditure() {
        TableDefinition fund = new TableDefinition("T8", 8, "政府性基金预算财政拨款收入支出决算表", RowKind.FUNCTION_SUBJECT,
                List.of(column("1"), column("2"), column("3", "4", "5"), column("4"), column("5"),
                        new ColumnDefinition("6", "年末结转和结余", null, "1+2-3")),
                List.of(new RowDefinition("total", "合计", null, null, null, null)));

        List<RecomputedTable> tables = DerivedTotals.recompute(template(fund), List.of(
                figure("T8", "2120801", "1", "10.00"), figure("T8", "2120801", "2", "100.00"),
                figure("T8", "2120801", "3", "90.00"), figure("T8", "2120801", "4", "30.00"),
                figure("T8", "2120801", "5", "50.00"), figure("T8", "2120801", "6", "30.00")));

        assertThat(cell(tables, "T8", "2120801", "3")).isEqualTo(new RecomputedCell("2120801", "3", null, "90.00", "80.00", "4栏 + 5栏"));
        // 6栏 adds 3栏 as printed (90.00), not as recomputed (80.00)
        assertThat(cell(tables, "T8", "2120801", "6"))
                .isEqualTo(new RecomputedCell("2120801", "6", null, "30.00", "20.00", "1栏 + 2栏 − 3栏"));
        assertThat(cell(tables, "T8", "total", "6").computed()).isEqualTo("30.00");
        assertThat(cell(tables, "T8", "total", "6").computedFrom()).isEqualTo("212（212 未列数，按其组成计算）");
    }

    @Test
    void table6GroupsClassesIntoPersonnelAndPublicExpenses() {
        TableDefinition economic = new TableDefinition("T6", 6, "基本支出决算表", RowKind.ECONOMIC_SUBJECT,
                List.of(column("1")),
                List.of(new RowDefinition("personnel_total", "人员经费合计", null, null, List.of("301", "303"), null),
                        new RowDefinition("public_total", "公用经费合计", null, null,
                                List.of("302", "307", "310", "312", "399"), null)));

        List<RecomputedTable> tables = DerivedTotals.recompute(template(economic), List.of(
                figure("T6", "30101", "1", "12.00"), figure("T6", "30102", "1", "3.00"),
                figure("T6", "301", "1", "15.00"), figure("T6", "30301", "1", "1.50"),
                figure("T6", "30201", "1", "2.00"), figure("T6", "30299", "1", "0.50")));

        assertThat(cell(tables, "T6", "301", "1")).isEqualTo(new RecomputedCell("301", "1", null, "15.00", "15.00", "30101 + 30102"));
        assertThat(cell(tables, "T6", "303", "1").computed()).isEqualTo("1.50");
        assertThat(cell(tables, "T6", "302", "1").computed()).isEqualTo("2.50");
        assertThat(cell(tables, "T6", "personnel_total", "1"))
                .isEqualTo(new RecomputedCell("personnel_total", "1", "人员经费合计", null, "16.50",
                        "301 + 303（303 未列数，按其组成计算）"));
        assertThat(cell(tables, "T6", "public_total", "1").computed()).isEqualTo("2.50");
    }

    @Test
    void theShippedTemplateRecomputesTable1AndTable4() {
        ReportTemplate mof = ReportTemplates.get("MOF-2020");

        List<RecomputedTable> tables = DerivedTotals.recompute(mof, List.of(
                figure("T1", "1", "1", "452.60"), figure("T1", "5", "1", "24.94"),
                figure("T1", "27", "1", "477.55"), figure("T1", "29", "1", "10.00"),
                figure("T1", "31", "2", "300.00"), figure("T1", "38", "2", "100.00"),
                figure("T1", "59", "2", "87.54"),
                figure("T4", "33", "3", "300.00"), figure("T4", "40", "3", "90.00"), figure("T4", "40", "4", "10.00")));

        assertThat(tables).extracting(RecomputedTable::table)
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
        assertThat(cell(tables, "T1", "27", "1"))
                .isEqualTo(new RecomputedCell("27", "1", "本年收入合计", "477.55", "477.54", "第1行 + 第5行"));
        // 30 = 27 + 28 + 29 with 27 as printed
        assertThat(cell(tables, "T1", "30", "1").computed()).isEqualTo("487.55");
        assertThat(cell(tables, "T1", "30", "1").computedFrom()).isEqualTo("第27行 + 第29行");
        assertThat(cell(tables, "T1", "57", "2").computed()).isEqualTo("400.00");
        assertThat(cell(tables, "T1", "60", "2").computed()).isEqualTo("487.54");
        assertThat(cell(tables, "T4", "40", "2").computed()).isEqualTo("100.00");
        assertThat(cell(tables, "T4", "59", "3").computed()).isEqualTo("390.00");
        assertThat(cell(tables, "T4", "64", "2").computed()).isEqualTo("400.00");
        assertThat(tables.get(1).cells()).isEmpty();
    }

    static ReportTemplate template(TableDefinition... tables) {
        return new ReportTemplate("TEST", "built in the test", List.of(2020), "万元", 2, List.of(tables));
    }

    static ColumnDefinition column(String key, String... sumOf) {
        return new ColumnDefinition(key, "栏" + key, Arrays.asList(sumOf), null);
    }

    static RowDefinition row(String key, String... sumOf) {
        return new RowDefinition(key, "行" + key, List.of("1"), Arrays.asList(sumOf), null, null);
    }

    static Figure figure(String table, String row, String column, String value) {
        return new Figure(table, row, column, value, null);
    }

    static Figure named(String table, String row, String column, String value, String name) {
        return new Figure(table, row, column, value, name);
    }

    static Optional<RecomputedCell> find(List<RecomputedTable> tables, String table, String row, String column) {
        return tables.stream().filter(t -> t.table().equals(table)).flatMap(t -> t.cells().stream())
                .filter(c -> c.row().equals(row) && c.column().equals(column)).findFirst();
    }

    static RecomputedCell cell(List<RecomputedTable> tables, String table, String row, String column) {
        return find(tables, table, row, column)
                .orElseThrow(() -> new AssertionError("no cell " + table + "/" + row + "/" + column));
    }

    static List<String> rowsOf(List<RecomputedTable> tables, String table) {
        return tables.stream().filter(t -> t.table().equals(table)).flatMap(t -> t.cells().stream())
                .map(RecomputedCell::row).distinct().toList();
    }
}
