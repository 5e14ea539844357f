package finacct.importer.narrative;

import finacct.importer.ImportedDocument;
import finacct.importer.text.TextDocumentImporter;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.PerformanceEvaluationReported;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The narrative reader on small documents written in the test: the layouts and wordings it must cope with. */
class NarrativeReaderTest {

    private final TextDocumentImporter importer = new TextDocumentImporter();

    @Test
    void aHeadingBrokenOverTwoLinesThousandsSeparatorsAndFullWidthFormsAreRead() {
        ImportedDocument doc = importer.read("""
                目 录
                第三部分 某某局 2021 年度部门决算情况
                说明
                第四部分 名词解释

                第三部分 某某局 2021 年度部门决算情况
                说明
                一、收入决算情况说明
                本年收入合计 2,946.25 万元，其中：财政拨款收入２，９４６．２５
                万元，占１００％。
                二、支出决算情况说明
                本年支出合计2,946.25万元，其中：基本支出1,000.00万元，占33.9%；项目支出1,946.25万元，占 66.1。
                第四部分 名词解释
                一、基本支出：指……占用 5 万元以上……
                """);
        assertThat(doc.narrativeSections()).extracting(s -> s.id() + " " + s.title())
                .containsExactly("1 一、收入决算情况说明", "2 二、支出决算情况说明");
        assertThat(doc.claims()).extracting(c -> c.kind() + " " + c.subject() + " " + c.value() + c.unit())
                .containsExactly(
                        "amount income.total 2946.25万元",
                        "amount income.fiscal 2946.25万元",
                        "share income.fiscal 100%",
                        "amount expenditure.total 2946.25万元",
                        "amount expenditure.basic 1000.00万元",
                        "share expenditure.basic 33.9%",
                        "amount expenditure.project 1946.25万元",
                        "share expenditure.project 66.1");
        assertThat(doc.claims()).filteredOn(c -> c.kind().equals("share")).extracting(NarrativeClaim::base)
                .containsOnly("income.total", "expenditure.total");
    }

    @Test
    void aSentenceWithoutASubjectTakesTheOneTheFigureFreeSentenceBeforeItNames() {
        ImportedDocument doc = importer.read("""
                第三部分 情况说明
                五、一般公共预算财政拨款支出决算情况说明
                （三）财政拨款支出决算具体情况。
                1. 住房保障支出(类)。主要用于：住房公积金、项目支出。年初预算为 48.20 万元，调整预算数为 46.9 万元，支出决算为 46.9 万元，完成年初预算的 97.3%。
                """);
        assertThat(doc.claims()).extracting(c -> c.kind() + " " + c.subject() + " " + c.value() + " " + c.base())
                .containsExactly(
                        "budget gpb.function:221 48.20 null",
                        "adjustedBudget gpb.function:221 46.9 null",
                        "amount gpb.function:221 46.9 null",
                        "rate gpb.function:221 97.3 gpb.function:221#budget");
    }

    @Test
    void aComparisonIsOfTheFiguresJustStatedNeverOfAnItemBefore() {
        ImportedDocument doc = importer.read("""
                第三部分 情况说明
                五、一般公共预算财政拨款支出决算情况说明
                （三）财政拨款支出决算具体情况。
                1. 住房保障支出(类)。年初预算为 48.20 万元，支出决算为 46.9 万元。决算数小于年初预算数的主要原因是人员减少。
                2. 卫生健康支出(类)。年初预算为 15.28 万元。决算数大于预算数的主要原因是调整缴费标准。
                """);
        assertThat(doc.claims()).filteredOn(c -> c.kind().equals("comparison"))
                .extracting(c -> c.subject() + " " + c.base() + " " + c.value())
                .containsExactly("gpb.function:221 gpb.function:221#budget -1");
    }

    @Test
    void aFigureWhoseQuantityCannotBeToldIsListedAsUnplacedNotGuessed() {
        ImportedDocument doc = importer.read("""
                第三部分 情况说明
                十、其他需要说明的情况
                本年度共节约 12.3 万元，完成率 88%。
                """);
        assertThat(doc.claims()).isEmpty();
        assertThat(doc.unplaced()).hasSize(2)
                .anySatisfy(u -> assertThat(u.reason()).contains("12.3万元").contains("情况说明"))
                .anySatisfy(u -> assertThat(u.reason()).contains("88%"));
        assertThat(doc.unplaced()).allSatisfy(u -> assertThat(u.lineNumber()).isEqualTo(3));
    }

    @Test
    void aListOfProjectsNamesEachAmountByTheWordsBeforeIt() {
        ImportedDocument doc = importer.read("""
                第三部分 情况说明
                五、一般公共预算财政拨款支出决算情况说明
                其中：基本支出 10 万元，项目支出 30 万元。项目支出主要用于甲系统运维费 20 万元，主要成效是运行顺畅；乙项目经费 10 万元，主要成效是完成任务。
                """);
        assertThat(doc.claims()).extracting(c -> c.subject() + " " + c.value())
                .containsExactly("gpb.basic 10", "gpb.project 30", "project:甲系统运维费 20", "project:乙项目经费 10");
    }

    @Test
    void aThresholdIsNotAFigureAndCountsAreReadWhereAConceptNamesThem() {
        ImportedDocument doc = importer.read("""
                第三部分 情况说明
                十二、国有资产占用情况
                截至2020年12月31日，共有车辆3辆，其中，执法执勤用车2辆、其他用车1辆；单价50万元(含)以上通用设备4台(套)。
                """);
        assertThat(doc.claims()).extracting(c -> c.kind() + " " + c.subject() + " " + c.value() + c.unit())
                .containsExactly("count assets.vehicles 3辆", "count assets.vehicles.enforcement 2辆",
                        "count assets.vehicles.other 1辆", "count assets.equipment.general 4台（套）");
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void aSelfEvaluationTableWithShiftedCellsAndMarkupIsReadFromTheRightEnd() {
        ImportedDocument doc = importer.read("""
                第三部分 情况说明
                十三、预算绩效情况说明
                （三）项目支出自评结果。
                附件 1：
                2021 年度示例项目自评表
                项目名称\t示例项目\t\t\t
                预算执行情况（万元）（20 分）\t\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分（20 分*执行率）
                \t年度财政资金总额\t50.00\t40.00\t80%\t16
                年度绩效目标（80 分）\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)
                \t产出指标\t数量指标\t设备巡检\t2 批\t2 批\t30
                \t数量指标\t系统可用率\t$\\geq 99\\%$\t$\\geq 99\\%$\t20
                \t\t\t可持续
                \t满意度指标（10分）\t服务对象满意度指标\t用户满意度\t≥90%\t95%\t
                总分\t66 分
                备注：
                - 定性指标计分原则：100-80%（含 80%）、80-50%（含 50%）。
                （四）绩效自评结果应用情况。
                """);
        PerformanceEvaluationReported e = doc.evaluations().get(0);
        assertThat(e.scope()).isEqualTo("project");
        assertThat(e.name()).isEqualTo("示例项目");
        assertThat(e.budget()).isEqualTo("50.00");
        assertThat(e.executed()).isEqualTo("40.00");
        assertThat(e.rate()).isEqualTo("80");
        assertThat(e.weight()).isEqualTo("20");
        assertThat(e.score()).isEqualTo("16");
        assertThat(e.totalScore()).isEqualTo("66");
        assertThat(e.indicators()).extracting(Indicator::name, Indicator::target, Indicator::actual, Indicator::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("设备巡检", "2批", "2批", "30"),
                        org.assertj.core.groups.Tuple.tuple("系统可用率", "≥99%", "≥99%", "20"),
                        org.assertj.core.groups.Tuple.tuple("用户满意度", "≥90%", "95%", null));
        assertThat(e.indicators().get(1).level2()).isEqualTo("数量指标");
        assertThat(e.indicators().get(2).level1()).isEqualTo("满意度指标（10分）");
        // the scoring bands under the table are not figures of the narrative
        assertThat(doc.claims()).isEmpty();
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void aDocumentWithoutPartHeadingsStartsItsNarrativeAtItsFirstSection() {
        ImportedDocument doc = importer.read("""
                目录
                一、收入支出决算总体情况说明
                二、收入决算情况说明

                一、收入支出决算总体情况说明
                2022 年度收、支总计 120.00 万元。
                二、收入决算情况说明
                本年收入合计 120.00 万元。
                """);
        assertThat(doc.narrativeSections()).extracting(s -> s.id()).containsExactly("1", "2");
        assertThat(doc.claims()).extracting(c -> c.subject() + " " + c.value())
                .containsExactly("total.income_expenditure 120.00", "income.total 120.00");
    }
}
