package finacct.publication.core;

import finacct.kernel.classification.Classification;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.RowDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The district's 汇总 over the departments chosen: 表1 by row, 表3 by function class (类 and 款) and 表6 by
 * economic class (类 and 款), each column summed. A department without a figure adds nothing to it.
 */
public record DistrictAggregation(String over, List<String> departmentCodes, String unit, List<Table1Line> table1,
                                  List<ClassLine> table3, List<ClassLine> table6) {

    /** Row and column keys: numbers in numeric order, then the rest in text order. */
    static final Comparator<String> ROW_ORDER = Comparator
            .<String>comparingInt(k -> k.matches("\\d{1,4}") ? 0 : 1)
            .thenComparingInt(k -> k.matches("\\d{1,4}") ? Integer.parseInt(k) : 0)
            .thenComparing(Comparator.naturalOrder());

    public record Table1Line(String row, String name, String amount) {
    }

    public record ClassLine(String code, String name, String level, Map<String, String> columns) {
    }

    /** One department's part: its code and figures. */
    public record Part(String departmentCode, DepartmentFigures figures) {
    }

    public static DistrictAggregation of(String over, int fiscalYear, ReportTemplate template, List<Part> parts) {
        List<Table1Line> table1 = new ArrayList<>();
        template.table("T1").ifPresent(t -> {
            for (RowDefinition row : t.rows()) {
                if (row.label() == null || row.label().isBlank()) {
                    continue;
                }
                BigDecimal sum = zero(template);
                for (Part p : parts) {
                    String v = p.figures().table1().get(row.key());
                    if (v != null) {
                        sum = sum.add(new BigDecimal(v));
                    }
                }
                table1.add(new Table1Line(row.key(), row.label(), sum.toPlainString()));
            }
        });
        return new DistrictAggregation(over, parts.stream().map(Part::departmentCode).toList(), template.unit(), table1,
                classes(parts, "T3", "function", fiscalYear, template),
                classes(parts, "T6", "economic", fiscalYear, template));
    }

    private static List<ClassLine> classes(List<Part> parts, String table, String kind, int fiscalYear,
                                           ReportTemplate template) {
        TreeSet<String> codes = new TreeSet<>();
        parts.forEach(p -> codes.addAll(("T3".equals(table) ? p.figures().table3() : p.figures().table6()).keySet()));
        Optional<Classification> classification = classification(kind, fiscalYear);
        List<ClassLine> lines = new ArrayList<>();
        for (String code : codes) {
            Map<String, BigDecimal> sums = new TreeMap<>(ROW_ORDER);
            String written = null;
            for (Part p : parts) {
                Map<String, String> columns = ("T3".equals(table) ? p.figures().table3() : p.figures().table6()).get(code);
                if (columns != null) {
                    columns.forEach((column, v) -> sums.merge(column, new BigDecimal(v), BigDecimal::add));
                }
                if (written == null) {
                    written = p.figures().names().get(table + ":" + code);
                }
            }
            String fallback = written;
            String name = classification.flatMap(c -> c.officialName(code)).orElse(fallback);
            Map<String, String> columns = new LinkedHashMap<>();
            sums.forEach((column, sum) -> columns.put(column, sum.setScale(Math.max(sum.scale(), template.decimals()))
                    .toPlainString()));
            lines.add(new ClassLine(code, name, code.length() == 3 ? "类" : "款", columns));
        }
        return lines;
    }

    private static Optional<Classification> classification(String kind, int fiscalYear) {
        try {
            return Optional.of(Classification.of(kind, fiscalYear));
        } catch (RuntimeException e) {
            // no data for the year: the names the departments wrote stand in
            return Optional.empty();
        }
    }

    private static BigDecimal zero(ReportTemplate template) {
        return BigDecimal.ZERO.setScale(template.decimals());
    }
}
