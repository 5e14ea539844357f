package finacct.cli.check;

import finacct.importer.ImportedDocument;
import finacct.importer.Unplaced;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.results.YearOnYear;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The findings of a checked document as a finance officer reads them: by severity, in Chinese, with the arithmetic. */
public final class FindingsReport {

    private static final Map<Severity, String> HEADINGS = Map.of(
            Severity.ERROR, "错误", Severity.WARNING, "警告", Severity.INFO, "提示");

    private FindingsReport() {
    }

    public static void print(CheckedDocument checked, PrintStream out) {
        ImportedDocument doc = checked.file().document();
        SubmissionValidated result = checked.result();
        out.println(checked.file().departmentLabel() + " " + doc.fiscalYear() + " 年度部门决算（报表模板 "
                + result.templateVersion() + "，规则集 " + result.ruleSetVersion() + "）");
        out.println("读入：" + doc.tablesFound().size() + " 张表 " + doc.figures().size() + " 个单元格"
                + (doc.emptyTables().isEmpty() ? "" : "（" + String.join("、", doc.emptyTables().stream()
                .map(t -> "表" + t.substring(1)).toList()) + " 注明无数据）")
                + "；情况说明 " + doc.narrativeSections().size() + " 段、数字陈述 " + doc.claims().size() + " 项"
                + "；绩效自评 " + doc.evaluations().size() + " 份");
        if (!checked.file().registered()) {
            out.println("（部门“" + checked.file().departmentLabel() + "”不在部门名录中，仅作校验）");
        }
        List<Unplaced> unplaced = doc.unplaced();
        if (!unplaced.isEmpty()) {
            out.println("未能定位的内容（" + unplaced.size() + "）：");
            unplaced.forEach(u -> out.println("  " + (u.lineNumber() > 0 ? "第 " + u.lineNumber() + " 行 " : "")
                    + "“" + u.text() + "”：" + u.reason()));
        }
        Map<Severity, List<Finding>> bySeverity = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::severity));
        for (Severity severity : Severity.values()) {
            List<Finding> findings = bySeverity.getOrDefault(severity, List.of());
            if (findings.isEmpty()) {
                continue;
            }
            out.println();
            out.println(HEADINGS.get(severity) + "（" + findings.size() + "）");
            for (Finding f : findings) {
                out.println("  [" + f.ruleId() + "] " + f.message());
                String arithmetic = arithmetic(f);
                if (!arithmetic.isEmpty()) {
                    out.println("      " + arithmetic);
                }
                if (!f.cells().isEmpty()) {
                    out.println("      单元格：" + f.cells().stream().map(FindingsReport::cell)
                            .collect(Collectors.joining("，")));
                }
            }
        }
        if (result.yearOnYear() != null) {
            yearOnYear(result.yearOnYear(), out);
        }
        out.println();
        out.println("结论：" + result.counts().errors() + " 个错误，" + result.counts().warnings() + " 个警告，"
                + result.counts().infos() + " 个提示");
    }

    private static String arithmetic(Finding f) {
        StringBuilder s = new StringBuilder();
        if (f.expected() != null) {
            s.append("应为 ").append(f.expected());
        }
        if (f.actual() != null) {
            s.append(s.isEmpty() ? "" : "，").append("实为 ").append(f.actual());
        }
        if (f.difference() != null) {
            s.append(s.isEmpty() ? "" : "，").append("相差 ").append(f.difference());
        }
        return s.toString();
    }

    /** A cell as a reader finds it: 表3/201/1 for a table, 情况说明/… and 自评表/… for the other facts. */
    private static String cell(FindingCell c) {
        String table = c.table() == null ? "" : c.table();
        String where;
        if (table.matches("T\\d+")) {
            where = "表" + table.substring(1);
        } else if (table.equals("narrative")) {
            where = "情况说明";
        } else if (table.equals("evaluation")) {
            where = "自评表";
        } else {
            where = table;
        }
        where += (c.row() == null ? "" : "/" + c.row()) + (c.column() == null ? "" : "/" + c.column());
        // a cross-year finding names cells of two years
        String year = c.fiscalYear() == null ? "" : c.fiscalYear() + " 年度";
        return year + where + (c.value() == null ? "" : "=" + c.value());
    }

    /** This year's 表1 totals and 表3 classes beside last year's, when last year's document was given. */
    private static void yearOnYear(YearOnYear yoy, PrintStream out) {
        out.println();
        out.println("与上年对比（" + yoy.fiscalYear() + " 年度 / " + yoy.previousFiscalYear() + " 年度，上年数据来自"
                + yoy.previousSource() + "）");
        for (YearOnYear.Line l : yoy.lines()) {
            if (l.current() == null && l.previous() == null) {
                continue;
            }
            out.println("  表" + l.table().substring(1) + " " + l.label() + "：" + dash(l.current()) + " / "
                    + dash(l.previous()) + "，增减 " + dash(l.change()) + (l.rate() == null ? "" : "（" + l.rate() + "%）"));
        }
    }

    private static String dash(String v) {
        return v == null ? "—" : v;
    }
}
