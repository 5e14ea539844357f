package finacct.importer.text;

import finacct.importer.ImportedDocument;
import finacct.importer.SampleDocuments;
import finacct.importer.Unplaced;
import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.RowKind;
import finacct.kernel.template.TableDefinition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nine tables of both real documents come back cell by cell. The expected cells are read from the text by
 * a reading much simpler than the importer's, fitted to these two layouts: a figure belongs to the nearest
 * 行次, code or label to its left; a subject table's columns start at the leftmost cell holding a figure in
 * that table. Only the template (data) names rows and columns.
 */
class RealDocumentsRoundTripTest {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(,\\d{3})*\\.\\d+|\\d+\\.\\d+");
    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,2}");

    @Test
    void theWuhan2020SampleComesBackCellByCell() throws IOException {
        String text = SampleDocuments.dongxihu();
        ImportedDocument doc = new TextDocumentImporter().read(text);
        assertThat(doc.templateVersion()).isEqualTo("MOF-2020");
        assertCellByCell(text, doc);
        assertThat(doc.emptyTables()).containsExactly("T8", "T9");
        assertThat(tableUnplaced(text, doc)).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("栏次编号"));
    }

    @Test
    void theShanghai2024DocumentComesBackCellByCell() throws IOException {
        var shanghai = SampleDocuments.shared("putuo-shehuigongzuobu-2024.txt");
        Assumptions.assumeTrue(shanghai.isPresent(), "../shared/data is absent");
        ImportedDocument doc = new TextDocumentImporter().read(shanghai.get());
        assertThat(doc.templateVersion()).isEqualTo("SH-2024");
        assertCellByCell(shanghai.get(), doc);
        assertThat(doc.tablesFound()).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
        assertThat(doc.emptyTables()).containsExactly("T7", "T8", "T9");
        assertThat(tableUnplaced(shanghai.get(), doc)).isEmpty();
    }

    /** What was not placed on the tables' own lines (title to 注); the narrative's readers report their own. */
    private static List<Unplaced> tableUnplaced(String text, ImportedDocument doc) {
        TableTitles titles = TableTitles.load();
        java.util.Set<Integer> tableLines = new java.util.HashSet<>();
        boolean inTable = false;
        List<String> lines = text.lines().toList();
        for (int n = 0; n < lines.size(); n++) {
            String c = TextNormalizer.compact(lines.get(n));
            if (titles.tableOf(lines.get(n)).isPresent()) {
                inTable = true;
            } else if (c.startsWith("注") || c.startsWith("说明") || c.startsWith("第")) {
                inTable = false;
            } else if (inTable) {
                tableLines.add(n + 1);
            }
        }
        return doc.unplaced().stream().filter(u -> tableLines.contains(u.lineNumber())).toList();
    }

    private static void assertCellByCell(String text, ImportedDocument doc) {
        ReportTemplate template = ReportTemplates.get(doc.templateVersion());
        Map<String, Set<String>> expected = expectedCells(text, template);
        assertThat(expected.keySet()).as("tables with figures").isNotEmpty();
        for (TableDefinition table : template.tables()) {
            Set<String> imported = new TreeSet<>();
            doc.figures().stream().filter(f -> f.table().equals(table.id()))
                    .forEach(f -> imported.add(f.row() + "/" + f.column() + "=" + f.value()));
            assertThat(imported).as("cells of %s", table.id())
                    .isEqualTo(expected.getOrDefault(table.id(), Set.of()));
        }
    }

    private static Map<String, Set<String>> expectedCells(String text, ReportTemplate template) {
        TableTitles titles = TableTitles.load();
        Map<String, List<String[]>> linesByTable = new TreeMap<>();
        String table = null;
        for (String line : text.lines().toList()) {
            var title = titles.tableOf(line);
            if (title.isPresent()) {
                table = title.get();
                continue;
            }
            String c = TextNormalizer.compact(line);
            if (c.startsWith("注") || c.startsWith("说明") || c.startsWith("第")) {
                table = null;
            }
            if (table != null) {
                linesByTable.computeIfAbsent(table, k -> new ArrayList<>()).add(line.split("\t", -1));
            }
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        linesByTable.forEach((id, lines) -> {
            TableDefinition t = template.table(id).orElseThrow();
            Set<String> cells = new TreeSet<>();
            switch (t.rowKind()) {
                case LINES -> lines.forEach(l -> lineTableCells(t, l, cells));
                case FUNCTION_SUBJECT -> subjectCells(t, lines, cells);
                case ECONOMIC_SUBJECT -> lines.forEach(l -> economicCells(t, l, cells));
                case FIXED -> lines.forEach(l -> fixedCells(t, l, cells));
            }
            if (!cells.isEmpty()) {
                expected.put(id, cells);
            }
        });
        return expected;
    }

    private static boolean decimal(String cell) {
        return DECIMAL.matcher(TextNormalizer.compact(cell)).matches();
    }

    private static String value(String cell) {
        return TextNormalizer.compact(cell).replace(",", "");
    }

    /**
     * 表1/表4: a row is a label (its parts may sit in several cells: "总 | 计"), then its 行次 if printed, then
     * its figures; the k-th cell after them is the row's k-th column.
     */
    private static void lineTableCells(TableDefinition t, String[] cells, Set<String> out) {
        RowDefinition row = null;
        int nth = 0;
        int j = 0;
        while (j < cells.length) {
            String c = TextNormalizer.compact(cells[j]);
            if (c.isEmpty() || decimal(cells[j])) {
                if (row != null) {
                    if (decimal(cells[j])) {
                        List<String> columns = row.columns().isEmpty()
                                ? t.columns().stream().map(ColumnDefinition::key).toList() : row.columns();
                        out.add(row.key() + "/" + columns.get(nth) + "=" + value(cells[j]));
                    }
                    nth++;
                }
                j++;
                continue;
            }
            StringBuilder label = new StringBuilder();
            while (j < cells.length && !TextNormalizer.compact(cells[j]).isEmpty()
                    && !decimal(cells[j]) && !WHOLE.matcher(TextNormalizer.compact(cells[j])).matches()) {
                label.append(TextNormalizer.compact(cells[j++]));
            }
            if (j < cells.length && WHOLE.matcher(TextNormalizer.compact(cells[j])).matches()) {
                row = t.row(TextNormalizer.compact(cells[j++])).orElseThrow();
            } else {
                row = rowByLabel(t, label.toString(), out);
            }
            nth = 0;
        }
    }

    /** The label's row; a label printed twice (总计) is the income side's first, then the expenditure side's. */
    private static RowDefinition rowByLabel(TableDefinition t, String label, Set<String> taken) {
        List<RowDefinition> rows = t.rows().stream()
                .filter(r -> !r.label().isEmpty() && TextNormalizer.label(r.label()).equals(TextNormalizer.label(label)))
                .toList();
        if (rows.isEmpty()) {
            return null; // a header line ("单位：万元", "项目 决算数"): no figures of its own
        }
        return rows.stream().filter(r -> taken.stream().noneMatch(c -> c.startsWith(r.key() + "/")))
                .findFirst().orElse(rows.get(0));
    }

    private static void subjectCells(TableDefinition t, List<String[]> lines, Set<String> out) {
        int first = Integer.MAX_VALUE;
        for (String[] cells : lines) {
            for (int j = 0; j < cells.length; j++) {
                if (decimal(cells[j])) {
                    first = Math.min(first, j);
                }
            }
        }
        for (String[] cells : lines) {
            String key = null;
            for (String cell : cells) {
                String c = TextNormalizer.compact(cell);
                if (CODE.matcher(c).matches()) {
                    key = c;
                    break;
                }
                if (!c.isEmpty()) {
                    key = String.join("", java.util.Arrays.stream(cells).map(TextNormalizer::compact).toList())
                            .startsWith("合计") ? "total" : null;
                    break;
                }
            }
            for (int j = 0; j < cells.length; j++) {
                if (decimal(cells[j])) {
                    assertThat(key).as("row of %s in %s", cells[j], t.id()).isNotNull();
                    out.add(key + "/" + t.columns().get(j - first).key() + "=" + value(cells[j]));
                }
            }
        }
    }

    private static void economicCells(TableDefinition t, String[] cells, Set<String> out) {
        for (int j = 0; j < cells.length; j++) {
            if (!decimal(cells[j])) {
                continue;
            }
            int k = j - 1;
            while (k >= 0 && cells[k].isBlank()) {
                k--;
            }
            String name = TextNormalizer.compact(cells[k]);
            String code = k > 0 ? TextNormalizer.compact(cells[k - 1]) : "";
            String row = CODE.matcher(code).matches() ? code
                    : t.rows().stream().filter(r -> r.label().equals(name)).findFirst().orElseThrow().key();
            out.add(row + "/1=" + value(cells[j]));
        }
    }

    private static void fixedCells(TableDefinition t, String[] cells, Set<String> out) {
        if (t.rowKind() != RowKind.FIXED || java.util.Arrays.stream(cells).noneMatch(RealDocumentsRoundTripTest::decimal)) {
            return;
        }
        for (int j = 0; j < cells.length; j++) {
            if (decimal(cells[j])) {
                out.add(t.rows().get(0).key() + "/" + t.columns().get(j).key() + "=" + value(cells[j]));
            }
        }
    }
}
