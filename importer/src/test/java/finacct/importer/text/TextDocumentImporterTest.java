package finacct.importer.text;

import finacct.importer.ImportedDocument;
import finacct.importer.SampleDocuments;
import finacct.kernel.events.Figure;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TextDocumentImporterTest {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(,\\d{3})*\\.\\d+|\\d+\\.\\d+");
    private final TextDocumentImporter importer = new TextDocumentImporter();

    @Test
    void readsWhoAndWhichYearFromTheSample() throws IOException {
        ImportedDocument doc = importer.read(SampleDocuments.dongxihu());
        assertThat(doc.fiscalYear()).isEqualTo(2020);
        assertThat(doc.templateVersion()).isEqualTo("MOF-2020");
        assertThat(doc.departmentName()).isEqualTo("武汉市东西湖区大数据中心");
        assertThat(doc.departmentOtherNames()).containsExactly("武汉市东西湖区社会管理网格化服务中心");
        assertThat(doc.tablesFound()).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
    }

    @Test
    void everyDecimalFigureOfTheSamplesTablesComesBackAndOnlyAStrayColumnNumberIsLeftUnplaced() throws IOException {
        String text = SampleDocuments.dongxihu();
        ImportedDocument doc = importer.read(text);
        assertEveryDecimalPlaced(text, doc);
        // only the 栏次 number the extraction moved into 表8's empty 合计 row: not a figure
        assertThat(doc.unplaced()).filteredOn(u -> u.reason().startsWith("表") || u.reason().startsWith("数值"))
                .allSatisfy(u -> assertThat(u.reason()).contains("栏次编号"));
    }

    @Test
    void theTotalsLineOfTable1LandsOnLines27And57() throws IOException {
        String text = SampleDocuments.dongxihu();
        ImportedDocument doc = importer.read(text);
        String[] totals = text.lines().filter(l -> l.startsWith("本年收入合计")).findFirst().orElseThrow().split("\t");
        assertThat(value(doc, "T1", "27", "1")).isEqualTo(totals[2]);
        assertThat(value(doc, "T1", "57", "2")).isEqualTo(totals[5]);
    }

    @Test
    void theShanghaiLayoutWithoutLineNumbersImportsToo() throws IOException {
        var shanghai = SampleDocuments.shared("putuo-shehuigongzuobu-2024.txt");
        Assumptions.assumeTrue(shanghai.isPresent(), "../shared/data is absent");
        ImportedDocument doc = importer.read(shanghai.get());
        assertThat(doc.fiscalYear()).isEqualTo(2024);
        assertThat(doc.departmentName()).isEqualTo("中共上海市普陀区委社会工作部");
        assertEveryDecimalPlaced(shanghai.get(), doc);
        String[] totals = shanghai.get().lines().filter(l -> l.startsWith("本年收入合计")).findFirst().orElseThrow().split("\t");
        assertThat(value(doc, "T1", "27", "1")).isEqualTo(totals[1]);
        assertThat(value(doc, "T1", "57", "2")).isEqualTo(totals[3]);
    }

    @Test
    void aFigureThatFitsNoRowIsListedNotDropped() {
        String text = """
                2020年度收入支出决算总表（表1）
                单位：万元
                一、一般公共预算财政拨款收入\t1\t10.00\t一、一般公共服务支出\t31\t10.00
                某某不存在的收入\t\t5.00
                注：本表反映部门本年度的总收入和年末结转结余情况。
                """;
        ImportedDocument doc = importer.read(text);
        assertThat(doc.figures()).extracting(Figure::row).containsExactly("1", "31");
        assertThat(doc.unplaced()).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("某某不存在的收入").contains("5.00"));
    }

    /**
     * The oracle is the text itself: in each table's lines (title to its 注), the multiset of decimal
     * numbers printed equals the multiset of values imported for that table.
     */
    private static void assertEveryDecimalPlaced(String text, ImportedDocument doc) {
        TableTitles titles = TableTitles.load();
        Map<String, List<String>> printed = new HashMap<>();
        String table = null;
        for (String line : text.lines().toList()) {
            var t = titles.tableOf(line);
            if (t.isPresent()) {
                table = t.get();
                continue;
            }
            String c = TextNormalizer.compact(line);
            if (c.startsWith("注") || c.startsWith("说明") || c.startsWith("第")) {
                table = null;
            }
            if (table == null) {
                continue;
            }
            for (String cell : line.split("\t")) {
                String v = TextNormalizer.compact(cell);
                if (DECIMAL.matcher(v).matches()) {
                    printed.computeIfAbsent(table, k -> new ArrayList<>()).add(v.replace(",", ""));
                }
            }
        }
        assertThat(printed).isNotEmpty();
        printed.forEach((t, values) -> {
            List<String> imported = doc.figures().stream().filter(f -> f.table().equals(t))
                    .map(Figure::value).filter(v -> v.contains(".")).toList();
            assertThat(sorted(imported)).as("decimal figures of %s", t).isEqualTo(sorted(values));
        });
    }

    private static List<String> sorted(List<String> values) {
        String[] a = values.toArray(String[]::new);
        Arrays.sort(a);
        return List.of(a);
    }

    private static String value(ImportedDocument doc, String table, String row, String column) {
        return doc.figures().stream()
                .filter(f -> f.table().equals(table) && f.row().equals(row) && f.column().equals(column))
                .map(Figure::value).findFirst().orElse(null);
    }
}
