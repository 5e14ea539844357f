package finacct.importer.pdf;

import finacct.importer.DocumentImporters;
import finacct.importer.ImportedDocument;
import finacct.kernel.events.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever its figures, blank cells and wrapped names, a 表5 printed ruled, ruled by columns only,
 * without rules or on a landscape page is read back cell for cell, each row with its whole name.
 */
class RandomTablesPdfTest {

    private static final long MASTER_SEED = 20261129L;
    private static final String[][] CLASSES = {
            {"201", "一般公共服务支出"}, {"205", "教育支出"}, {"208", "社会保障和就业支出"}, {"210", "卫生健康支出"},
            {"221", "住房保障支出"}};
    private static final String WORDS = "事务行政运行单位管理服务保障专项其他机关基层建设信息网络维护补助综合业务发展培训";

    enum Layout { RULED, COLUMNS_ONLY, UNRULED, LANDSCAPE }

    static LongStream seeds() {
        Random master = new Random(MASTER_SEED);
        return LongStream.generate(master::nextLong).limit(48);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFigureIsReadBackInItsCell(long seed) {
        Random random = new Random(seed);
        Layout layout = Layout.values()[random.nextInt(Layout.values().length)];
        List<String[]> rows = new ArrayList<>();
        TreeSet<String> expected = new TreeSet<>();
        List<String> names = new ArrayList<>();
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        List<String[]> classes = new ArrayList<>(List.of(CLASSES));
        int classCount = 1 + random.nextInt(2);
        for (int k = 0; k < classCount; k++) {
            String[] cls = classes.remove(random.nextInt(classes.size()));
            String kuan = cls[0] + String.format("%02d", 1 + random.nextInt(98));
            List<String[]> items = new ArrayList<>();
            BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            int itemCount = 1 + random.nextInt(2);
            for (int i = 0; i < itemCount; i++) {
                String code = kuan + String.format("%02d", 1 + i * 40 + random.nextInt(40));
                String name = name(random);
                boolean wrapped = name.length() > 6 && random.nextBoolean();
                String printed = wrapped ? name.substring(0, 6) + "\n" + name.substring(6) : name;
                BigDecimal basic = random.nextInt(3) == 0 ? null : amount(random);
                BigDecimal project = basic != null && random.nextInt(3) == 0 ? null : amount(random);
                BigDecimal[] values = {null, basic, project};
                values[0] = (basic == null ? BigDecimal.ZERO : basic).add(project == null ? BigDecimal.ZERO : project);
                items.add(row(code, printed, values));
                names.add(code + "=" + name);
                add(sum, values);
            }
            rows.add(row(cls[0], cls[1], sum));
            rows.add(row(kuan, "款" + name(random).substring(0, 4), sum));
            rows.addAll(items);
            add(total, sum);
        }
        rows.add(row("合计", "", total));
        for (String[] row : rows) {
            String key = row[0].equals("合计") ? "total" : row[0];
            for (int c = 0; c < 3; c++) {
                if (!row[2 + c].isEmpty()) {
                    expected.add("T5/" + key + "/" + (c + 1) + "=" + row[2 + c].replace(",", ""));
                }
            }
        }

        TestPdf pdf = switch (layout) {
            case RULED -> new TestPdf().page();
            case COLUMNS_ONLY -> new TestPdf().page().rowRules(false);
            case UNRULED -> new TestPdf().page().noRules();
            case LANDSCAPE -> new TestPdf().landscapePage();
        };
        ImportedDocument doc = DocumentImporters.read("random.pdf", null,
                SmallDocumentPdf.of("武汉市东西湖区审计局", 2023, pdf, rows.toArray(String[][]::new)));

        TreeSet<String> read = new TreeSet<>();
        for (Figure f : doc.figures()) {
            read.add(f.table() + "/" + f.row() + "/" + f.column() + "=" + f.value());
        }
        assertThat(read).as("seed %d, layout %s", seed, layout).isEqualTo(expected);
        for (String codeAndName : names) {
            String code = codeAndName.substring(0, codeAndName.indexOf('='));
            assertThat(doc.figures()).as("seed %d, layout %s, row %s", seed, layout, code)
                    .filteredOn(f -> f.row().equals(code)).extracting(Figure::name)
                    .containsOnly(codeAndName.substring(code.length() + 1));
        }
    }

    private static String name(Random random) {
        int length = 4 + random.nextInt(9);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(WORDS.charAt(random.nextInt(WORDS.length())));
        }
        return s.toString();
    }

    /** A figure in 万元 with two decimals, up to hundreds of thousands (printed with thousands separators). */
    private static BigDecimal amount(Random random) {
        return BigDecimal.valueOf(random.nextInt(random.nextBoolean() ? 100_000 : 50_000_000), 2);
    }

    private static void add(BigDecimal[] sum, BigDecimal[] values) {
        for (int c = 0; c < 3; c++) {
            if (values[c] != null) {
                sum[c] = sum[c].add(values[c]);
            }
        }
    }

    private static String[] row(String code, String name, BigDecimal[] values) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String[] row = new String[5];
        row[0] = code;
        row[1] = name;
        for (int c = 0; c < 3; c++) {
            row[2 + c] = values[c] == null || c > 0 && values[c].signum() == 0 ? "" : format.format(values[c]);
        }
        return row;
    }
}
