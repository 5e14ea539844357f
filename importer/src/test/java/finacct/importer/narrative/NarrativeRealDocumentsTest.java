package finacct.importer.narrative;

import finacct.importer.ImportedDocument;
import finacct.importer.SampleDocuments;
import finacct.importer.text.TextDocumentImporter;
import finacct.kernel.events.Figure;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The narrative and the self-evaluations of the two real documents. The oracle is the text itself, read with
 * regexes much simpler than the importer's: every "N 万元" and "N%" the 情况说明 prints comes back, and the
 * figures of a few sentences and of the self-evaluation tables come back where they belong.
 */
class NarrativeRealDocumentsTest {

    private static final Pattern FIGURE = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(万元|%|％)");
    private final TextDocumentImporter importer = new TextDocumentImporter();

    @Test
    void everyAmountAndPercentageOfTheSamplesNarrativeComesBack() throws IOException {
        String text = SampleDocuments.dongxihu();
        ImportedDocument doc = importer.read(text);
        assertThat(printedFigures(text)).hasSizeGreaterThan(100);
        assertThat(readFigures(doc)).isEqualTo(printedFigures(text));
        assertThat(doc.unplaced()).noneMatch(u -> u.reason().startsWith("情况说明"));
    }

    @Test
    void everyAmountAndPercentageOfTheShanghaiNarrativeComesBack() throws IOException {
        var shanghai = SampleDocuments.shared("putuo-shehuigongzuobu-2024.txt");
        Assumptions.assumeTrue(shanghai.isPresent(), "../shared/data is absent");
        ImportedDocument doc = importer.read(shanghai.get());
        assertThat(printedFigures(shanghai.get())).hasSizeGreaterThan(50);
        assertThat(readFigures(doc)).isEqualTo(printedFigures(shanghai.get()));
        assertThat(doc.evaluations()).isEmpty();
        assertThat(doc.unplaced()).noneMatch(u -> u.reason().startsWith("情况说明"));
    }

    @Test
    void everyComparisonOfTheSamplesNarrativeIsReadWithTheSignItsWordsState() throws IOException {
        String text = SampleDocuments.dongxihu();
        ImportedDocument doc = importer.read(text);
        Matcher m = Pattern.compile("年初预算为([\\d.]+)万元，调整预算数为[\\d.]+万元，支出决算为([\\d.]+)万元，完成年初预算的[\\d.]+%，"
                + "支出决算数(大于|小于)年初预算数").matcher(joined(text));
        List<String> stated = new ArrayList<>();
        while (m.find()) {
            stated.add(m.group(2) + " " + m.group(1) + " " + (m.group(3).equals("大于") ? "1" : "-1"));
        }
        assertThat(stated).hasSize(4);
        List<String> read = doc.claims().stream().filter(c -> c.kind().equals("comparison")).map(c -> {
            NarrativeClaim amount = doc.claims().stream().filter(a -> a.kind().equals("amount") && a.subject().equals(c.subject())
                    && a.section().equals(c.section())).findFirst().orElseThrow();
            NarrativeClaim budget = doc.claims().stream().filter(a -> a.kind().equals("budget") && a.subject().equals(c.subject())
                    && a.section().equals(c.section())).findFirst().orElseThrow();
            assertThat(c.base()).isEqualTo(c.subject() + "#budget");
            assertThat(c.guessed()).isFalse();
            return amount.value() + " " + budget.value() + " " + c.value();
        }).toList();
        assertThat(read).containsExactlyElementsOf(stated);
        assertThat(doc.claims()).noneMatch(NarrativeClaim::guessed);
    }

    @Test
    void theSectionsAreTheNumberedHeadingsOfThe情况说明() throws IOException {
        String text = SampleDocuments.dongxihu();
        ImportedDocument doc = importer.read(text);
        List<String> headings = new ArrayList<>();
        for (String line : narrativeLines(text)) {
            if (line.matches("^[一二三四五六七八九十]+、.{2,40}$")) {
                headings.add(line.strip());
            }
        }
        assertThat(headings).hasSize(13);
        assertThat(doc.narrativeSections()).extracting(NarrativeSection::title).containsAll(headings);
        assertThat(doc.narrativeSections()).extracting(NarrativeSection::id).contains("1", "5.2", "7.2", "13.3");
    }

    @Test
    void procurementAndItsPartsAreReadUnderTheirConcepts() throws IOException {
        String joined = joined(SampleDocuments.dongxihu());
        ImportedDocument doc = importer.read(SampleDocuments.dongxihu());
        Matcher m = Pattern.compile("政府采购支出总额([\\d.]+)万元，其中：政府采购货物支出([\\d.]+)万元、政府采购工程支出([\\d.]+)万元、"
                + "政府采购服务支出([\\d.]+)万元。授予中小企业合同金额([\\d.]+)万元，占政府采购支出总额的([\\d.]+)%").matcher(joined);
        assertThat(m.find()).isTrue();
        assertThat(claim(doc, "amount", "procurement.total").value()).isEqualTo(m.group(1));
        assertThat(claim(doc, "amount", "procurement.goods").value()).isEqualTo(m.group(2));
        assertThat(claim(doc, "amount", "procurement.works").value()).isEqualTo(m.group(3));
        assertThat(claim(doc, "amount", "procurement.services").value()).isEqualTo(m.group(4));
        assertThat(claim(doc, "amount", "procurement.sme").value()).isEqualTo(m.group(5));
        NarrativeClaim share = claim(doc, "share", "procurement.sme");
        assertThat(share.value()).isEqualTo(m.group(6));
        assertThat(share.base()).isEqualTo("procurement.total");
    }

    @Test
    void theVehicleRunningCostsItemisedPartsAndTheReductionsFromBudgetAreRead() throws IOException {
        String joined = joined(SampleDocuments.dongxihu());
        ImportedDocument doc = importer.read(SampleDocuments.dongxihu());
        Matcher m = Pattern.compile("燃料费([\\d.]+)万元；维修费([\\d.]+)万元；过桥过路费([\\d.]+)万元；保险费([\\d.]+)万元；安全奖励费用([\\d.]+)万元")
                .matcher(joined);
        assertThat(m.find()).isTrue();
        String[] parts = {"fuel", "repair", "toll", "insurance", "safety"};
        for (int i = 0; i < parts.length; i++) {
            assertThat(claim(doc, "amount", "sangong.vehicle.operation." + parts[i]).value()).isEqualTo(m.group(i + 1));
        }
        Matcher reduction = Pattern.compile("公务用车运行费([\\d.]+)万元，完成年初预算的([\\d.]+)%，比年初预算减少([\\d.]+)万元").matcher(joined);
        assertThat(reduction.find()).isTrue();
        assertThat(claim(doc, "amount", "sangong.vehicle.operation").value()).isEqualTo(reduction.group(1));
        NarrativeClaim rate = claim(doc, "rate", "sangong.vehicle.operation");
        assertThat(rate.value()).isEqualTo(reduction.group(2));
        assertThat(rate.base()).isEqualTo("sangong.vehicle.operation#budget");
        NarrativeClaim less = claim(doc, "change", "sangong.vehicle.operation");
        assertThat(less.value()).isEqualTo("-" + reduction.group(3));
        assertThat(less.base()).isEqualTo("sangong.vehicle.operation#budget");
    }

    @Test
    void aYearOnYearFallIsNegativeAndARatePrintedWithoutItsPercentSignKeepsItsValue() throws IOException {
        String joined = joined(SampleDocuments.dongxihu());
        ImportedDocument doc = importer.read(SampleDocuments.dongxihu());
        Matcher fall = Pattern.compile("“三公”经费财政拨款支出决算数比\\d{4}年度减少([\\d.]+)万元，下降([\\d.]+)%").matcher(joined);
        assertThat(fall.find()).isTrue();
        assertThat(claim(doc, "change", "sangong").value()).isEqualTo("-" + fall.group(1));
        assertThat(claim(doc, "changeRate", "sangong").value()).isEqualTo("-" + fall.group(2));
        Matcher bare = Pattern.compile("增长(\\d+\\.\\d+)。").matcher(joined);
        assertThat(bare.find()).isTrue();
        assertThat(doc.claims()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("changeRate");
            assertThat(c.value()).isEqualTo(bare.group(1));
            assertThat(c.unit()).isEmpty();
        });
    }

    @Test
    void everyProjectSummaryOfTheNarrativeIsReadAsTheProjectsBudgetSpendingAndRate() throws IOException {
        String joined = joined(SampleDocuments.dongxihu());
        ImportedDocument doc = importer.read(SampleDocuments.dongxihu());
        Matcher m = Pattern.compile("\\d\\.([^。：]+?)项目绩效自评综述：项目全年预算数为([\\d.]+)万元，执行数为([\\d.]+)万元，完成预算的([\\d.]+)%")
                .matcher(joined);
        int n = 0;
        while (m.find()) {
            n++;
            String subject = "project:" + m.group(1);
            assertThat(summaryClaim(doc, "adjustedBudget", subject).value()).isEqualTo(m.group(2));
            assertThat(summaryClaim(doc, "amount", subject).value()).isEqualTo(m.group(3));
            NarrativeClaim rate = summaryClaim(doc, "rate", subject);
            assertThat(rate.value()).isEqualTo(m.group(4));
            assertThat(rate.base()).isEqualTo(subject + "#adjustedBudget");
        }
        assertThat(n).isEqualTo(5);
    }

    @Test
    void everySelfEvaluationTableIsReadWithItsBudgetRowAndTotal() throws IOException {
        String text = SampleDocuments.dongxihu();
        ImportedDocument doc = importer.read(text);
        List<String> lines = text.lines().toList();
        List<String[]> budgetRows = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        int titles = 0;
        for (String line : lines) {
            if (!line.contains("\t") && line.strip().endsWith("自评表")) {
                titles++;
            }
            if (line.contains("\t") && (line.contains("部门整体支出总额") || line.contains("年度财政资金总额"))) {
                budgetRows.add(line.strip().split("\t+"));
            }
            if (line.startsWith("总分")) {
                totals.add(line.split("\t+")[1].replaceAll("\\s*分$", "").strip());
            }
        }
        assertThat(doc.evaluations()).hasSize(titles).hasSize(budgetRows.size()).hasSize(totals.size());
        assertThat(doc.evaluations().get(0).scope()).isEqualTo("department");
        for (int i = 0; i < titles; i++) {
            PerformanceEvaluationReported e = doc.evaluations().get(i);
            String[] row = budgetRows.get(i);
            assertThat(e.budget()).isEqualTo(row[1]);
            assertThat(e.executed()).isEqualTo(row[2]);
            assertThat(e.rate()).isEqualTo(row[3].replace("%", ""));
            assertThat(e.score()).isEqualTo(row[4]);
            assertThat(e.weight()).isEqualTo("20");
            assertThat(e.totalScore()).isEqualTo(totals.get(i));
            assertThat(e.submissionId()).isNull();
        }
    }

    @Test
    void anIndicatorsScoreIsTheNumberAfterItsActualValueWhereTheTableScoresItsIndicators() throws IOException {
        String text = SampleDocuments.dongxihu();
        ImportedDocument doc = importer.read(text);
        // in these tables a row's trailing whole number is its score (the 坐席 table, which prints none, ends
        // some rows with an actual value instead, and the 办公后勤 table prints none either)
        for (String name : List.of("网络传输建设运行费", "“民呼我应”网群科项目经费", "党建工妇青经费")) {
            List<String> printed = trailingWholeNumbers(text, name + "项目自评表");
            PerformanceEvaluationReported e = doc.evaluations().stream().filter(x -> name.equals(x.name())).findFirst().orElseThrow();
            List<String> scores = e.indicators().stream().map(Indicator::score).filter(s -> s != null).sorted().toList();
            assertThat(scores).as(name).isEqualTo(printed.stream().sorted().toList());
        }
        PerformanceEvaluationReported unscored = doc.evaluations().stream()
                .filter(x -> x.name().endsWith("坐席服务外包")).findFirst().orElseThrow();
        assertThat(unscored.indicators()).isNotEmpty().allSatisfy(i -> assertThat(i.score()).isNull());
    }

    @Test
    void theShanghaiItemsNamedBy类款项AreReadUnderTheirSubjectCodes() throws IOException {
        var shanghai = SampleDocuments.shared("putuo-shehuigongzuobu-2024.txt");
        Assumptions.assumeTrue(shanghai.isPresent(), "../shared/data is absent");
        ImportedDocument doc = importer.read(shanghai.get());
        List<NarrativeClaim> items = doc.claims().stream()
                .filter(c -> c.kind().equals("amount") && c.subject().matches("gpb\\.function:\\d{7}")).toList();
        assertThat(items).hasSize((int) shanghai.get().lines().filter(l -> l.matches("^\\d、.+")).count());
        for (NarrativeClaim c : items) {
            String code = c.subject().substring(c.subject().indexOf(':') + 1);
            Figure cell = doc.figures().stream().filter(f -> f.table().equals("T5") && f.row().equals(code) && f.column().equals("1"))
                    .findFirst().orElseThrow();
            assertThat(new BigDecimal(c.value())).isEqualByComparingTo(cell.value());
        }
        assertThat(doc.narrativeSections()).filteredOn(s -> s.id().equals("tables"))
                .singleElement().satisfies(s -> assertThat(s.text()).contains("仍保留该表格式"));
    }

    // ---- the oracle ----------------------------------------------------------------------------------------

    /** The prose lines of the 情况说明: after the last "第三部分" line, before "第四部分", table rows left out. */
    private static List<String> narrativeLines(String text) {
        List<String> lines = text.lines().toList();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("第三部分")) {
                start = i + 1;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = start; i < lines.size() && !lines.get(i).strip().startsWith("第四部分"); i++) {
            String l = lines.get(i);
            // table rows, and the scoring bands printed under the self-evaluation tables (100-80%…): not figures
            if (!l.contains("\t") && !l.contains("计分原则")) {
                out.add(l);
            }
        }
        return out;
    }

    private static String joined(String text) {
        return String.join("", narrativeLines(text)).replaceAll("\\s+", "")
                .replace('(', '（').replace(')', '）').replace(',', '，').replace(';', '；').replace(':', '：');
    }

    private static List<String> printedFigures(String text) {
        String joined = String.join("", narrativeLines(text)).replaceAll("\\s+", "");
        List<String> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(joined);
        while (m.find()) {
            if (joined.substring(Math.max(0, m.start() - 2), m.start()).equals("单价")) {
                continue; // a threshold: 单价50万元（含）以上
            }
            out.add(new BigDecimal(m.group(1).replace(",", "")).toPlainString());
        }
        return out.stream().sorted().toList();
    }

    private static List<String> readFigures(ImportedDocument doc) {
        return doc.claims().stream()
                .filter(c -> !c.id().startsWith("evaluation-"))
                .filter(c -> !c.id().contains("-none-")) // "没有…支出": an amount of nothing, not a printed figure
                .filter(c -> "万元".equals(c.unit()) || "%".equals(c.unit()))
                .map(c -> new BigDecimal(c.value()).abs().toPlainString()).sorted().toList();
    }

    private static NarrativeClaim claim(ImportedDocument doc, String kind, String subject) {
        return doc.claims().stream().filter(c -> c.kind().equals(kind) && c.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " claim of " + subject));
    }

    /** The claim a self-evaluation summary of the narrative states (the project list states amounts too). */
    private static NarrativeClaim summaryClaim(ImportedDocument doc, String kind, String subject) {
        return doc.claims().stream().filter(c -> c.kind().equals(kind) && c.subject().equals(subject)
                        && c.text().contains("绩效自评综述")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " claim of " + subject + " in a summary"));
    }

    /** The trailing whole numbers of the rows between a table's title and its 总分. */
    private static List<String> trailingWholeNumbers(String text, String titleEnd) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : text.lines().toList()) {
            String c = line.replaceAll("\\s+", "");
            if (!line.contains("\t") && c.endsWith(titleEnd)) {
                in = true;
                continue;
            }
            if (!in) {
                continue;
            }
            if (line.startsWith("总分")) {
                break;
            }
            Matcher m = Pattern.compile("\\t(\\d+)\\t*$").matcher(line);
            if (m.find() && !line.contains("财政资金总额")) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
