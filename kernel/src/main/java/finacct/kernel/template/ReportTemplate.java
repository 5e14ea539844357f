package finacct.kernel.template;

import java.util.List;
import java.util.Optional;

/**
 * A report template version (e.g. MOF-2020): the nine tables, the unit and its decimals. {@code family} names
 * the layout the version belongs to (MOF: the Ministry of Finance's public tables with 行次/栏次, as Wuhan
 * prints them; SH: Shanghai's, without them); {@code detection} lists the signs by which an importer tells that
 * family in a printed document.
 */
public record ReportTemplate(String version, String description, List<Integer> fiscalYears,
                             String unit, int decimals, List<TableDefinition> tables,
                             String family, List<DetectionSign> detection) {

    public ReportTemplate {
        fiscalYears = List.copyOf(fiscalYears);
        tables = List.copyOf(tables);
        detection = detection == null ? List.of() : List.copyOf(detection);
    }

    /** A template of no particular family, for templates built in code (tests). */
    public ReportTemplate(String version, String description, List<Integer> fiscalYears,
                          String unit, int decimals, List<TableDefinition> tables) {
        this(version, description, fiscalYears, unit, decimals, tables, null, List.of());
    }

    public Optional<TableDefinition> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Why a cell address is not in this template; empty when it is. */
    public Optional<String> cellProblem(String table, String row, String column) {
        if (table == null || table.isBlank()) {
            return Optional.of("单元格缺少表号（table），应为 T1–T9");
        }
        return table(table)
                .map(t -> t.cellProblem(row, column))
                .orElseGet(() -> Optional.of("没有表“" + table + "”，表号应为 "
                        + String.join("、", tables.stream().map(TableDefinition::id).toList())));
    }
}
