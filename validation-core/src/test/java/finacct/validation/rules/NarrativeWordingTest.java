package finacct.validation.rules;

import finacct.importer.DocumentEvents;
import finacct.importer.ImportedDocument;
import finacct.importer.text.TextDocumentImporter;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.SubmissionIds;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.validation.core.ReplayedSubmission;
import finacct.validation.core.SubmissionReplay;
import finacct.validation.core.SubmissionValidation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents written as published ones read, each for one way the narrative was misread or left unchecked, taken
 * end to end: imported, its events replayed, its rule set applied.
 */
class NarrativeWordingTest {

    private static final String TABLE5 = """
            2020年度一般公共预算财政拨款支出决算表（表5）
            部门：某某区某某中心\t\t\t单位：万元
            项 目\t\t\t本年支出\t\t
            功能分类 科目编码\t\t科目名称\t小计\t基本支出\t项目支出
            类\t款\t项\t栏次\t1\t2\t3
            \t\t合 计\t917.02\t477.55\t439.47
            201\t\t一般公共服务支出\t917.02\t477.55\t439.47
            20103\t\t政府办公厅（室）及相关机构事务\t917.02\t477.55\t439.47
            2010350\t\t事业运行\t917.02\t477.55\t439.47
            注：本表反映部门本年度一般公共预算财政拨款支出情况。
            """;

    private static final String TABLE6 = """
            2020年度一般公共预算财政拨款基本支出决算表（表6）
            部门：某某区某某中心\t\t\t\t\t单位：万元
            人员经费\t\t\t公用经费\t\t\t\t
            科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数
            301\t工资福利支出\t40.00\t302\t商品和服务支出\t8.00\t307\t债务利息及费用支出\t
            30101\t基本工资\t40.00\t30201\t办公费\t8.00\t30701\t国内债务付息\t
            303\t对个人和家庭的补助\t2.00\t\t\t\t310\t资本性支出\t
            30302\t退休费\t2.00\t\t\t\t31002\t办公设备购置\t
            人员经费合计\t\t42.00\t公用经费合计\t\t\t\t\t8.00
            """;

    private static List<Finding> validate(String text) {
        ImportedDocument doc = new TextDocumentImporter().read(text);
        List<EventEnvelope> envelopes = DocumentEvents.envelopes(DocumentEvents.events(doc, "TEST"), "test",
                "2024-01-01T00:00:00Z");
        ReplayedSubmission replayed = new SubmissionReplay().replay(SubmissionIds.of("TEST", doc.fiscalYear()), envelopes);
        return new SubmissionValidation().validate(replayed, "2024-01-01T00:00:00Z").findings();
    }

    private static List<Finding> of(List<Finding> findings, String ruleId, Severity severity) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId) && f.severity() == severity).toList();
    }

    private static List<Finding> serious(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    @Test
    void sharesOfTheSangongItemsAreOfTheSangongTotalNotOfTheItemBefore() {
        String text = """
                第三部分 某某区某某局 2024 年度部门决算情况说明
                七、财政拨款“三公”经费支出决算情况说明
                （一）“三公”经费财政拨款支出决算总体情况说明。
                “三公”经费财政拨款支出年初预算为 2.50 万元，支出决算为 2.00 万元，完成预算的 80.00%。
                （二）“三公”经费财政拨款支出决算具体情况说明。
                “三公”经费财政拨款支出决算中，因公出国（境）费支出决算 0.50 万元，占 25.00%；公务用车购置及运行维护费支出决算
                0.30 万元，占 20.00%；公务接待费支出决算 1.20 万元，占 60.00%。
                """;
        ImportedDocument doc = new TextDocumentImporter().read(text);
        assertThat(doc.claims()).filteredOn(c -> c.kind().equals("share")).extracting(NarrativeClaim::base)
                .containsOnly("sangong");
        List<Finding> findings = validate(text);
        // 0.30 ÷ 2.00 = 15%, not the 20% printed; 0.50 and 1.20 are 25% and 60% of the total as printed
        assertThat(of(findings, "N.share", Severity.ERROR)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("20.00%").contains("0.30万元 ÷ “三公”经费").contains("2.00万元").contains("= 15.00%"));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("N.share")).hasSize(1);
    }

    @Test
    void aZeroItemBeforeAnotherDoesNotBecomeItsWhole() {
        String text = """
                第三部分 某某区某某局 2023 年度部门决算情况说明
                七、一般公共预算财政拨款“三公”经费支出决算情况说明
                2023 年度“三公”经费财政拨款支出决算为 1.20 万元。因公出国（境）费 0 万元，占 0%；公务接待费 1.20 万元，占 100%。
                """;
        List<Finding> findings = validate(text);
        assertThat(findings).filteredOn(f -> f.ruleId().equals("N.share")).isEmpty();
    }

    @Test
    void everyStatedComparisonIsCheckedAgainstTheFiguresItCompares() {
        String text = """
                第三部分 某某区某某局 2023 年度部门决算情况说明
                五、一般公共预算财政拨款支出决算情况说明
                （三）一般公共预算财政拨款支出决算具体情况
                一般公共预算财政拨款支出年初预算为 85.00 万元，支出决算为 80.10 万元，完成年初预算的 94.24%。决算数
                大于预算数的主要原因：追加了培训经费。其中：
                1、一般公共服务支出（类）人大事务（款）行政运行（项）。主要用于：机关人员支出。年初预算为 50.00 万元，支出
                决算为 48.20 万元。决算数等于预算数。
                2、一般公共服务支出（类）人大事务（款）一般行政管理事务（项）。主要用于：会议支出。年初预算为 30.00 万元，
                支出决算为 31.90 万元。决算数大于预算数的主要原因：会议增加。
                3、一般公共服务支出（类）人大事务（款）人大监督（项）。主要用于：监督检查。年初预算为 2.1 万元，支出决算为
                2.10 万元。决算数与年初预算数持平。
                十一、其他重要事项的情况说明
                （一）机关运行经费支出情况
                机关运行经费支出 12.30 万元，比 2022 年度增加 1.20 万元，增长 10.81%。机关运行经费支出与上年持平的主要原因是严格控制一般性支出。
                """;
        List<Finding> errors = of(validate(text), "N.stated-comparison", Severity.ERROR);
        assertThat(errors).hasSize(3);
        // 80.10 − 85.00 = −4.90: the 决算数 is below the 年初预算, not above it
        assertThat(errors).anySatisfy(f -> assertThat(f.message()).contains("决算数大于预算数").contains("80.10万元")
                .contains("85.00万元").contains("= -4.90万元，决算数小于预算数"));
        // 48.20 − 50.00 = −1.80: not equal
        assertThat(errors).anySatisfy(f -> assertThat(f.message()).contains("决算数等于预算数").contains("48.20万元")
                .contains("50.00万元").contains("= -1.80万元"));
        // the section states an increase of 1.20 万元 over last year: not 持平
        assertThat(errors).anySatisfy(f -> assertThat(f.message()).contains("与上年持平").contains("1.20万元")
                .contains("并非持平"));
        assertThat(errors).allSatisfy(f -> assertThat(f.cells()).extracting(c -> c.table()).contains("narrative"));
    }

    @Test
    void sharesOfOneWholeThatAddUpToMoreThanAHundredPercentAreAnError() {
        String text = """
                第三部分 某某区某某局 2023 年度部门决算情况说明
                五、一般公共预算财政拨款支出决算情况说明
                （二）一般公共预算财政拨款支出决算结构情况
                一般公共预算财政拨款支出主要用于以下方面：一般公共服务支出（类）占 86.05%；社会保障和就业支出（类）占
                13.52%；卫生健康支出（类）占 1.88%。
                """;
        List<Finding> errors = of(validate(text), "N.shares-total", Severity.ERROR);
        // 86.05 + 13.52 + 1.88 = 101.45, and three shares rounded to 0.01 are at most 0.015 off together
        assertThat(errors).singleElement().satisfies(f -> assertThat(f.message())
                .contains("86.05% + ").contains("13.52%").contains("1.88%").contains("= 101.45%，超过 100%"));
    }

    @Test
    void sharesThatAddUpToAHundredWithinRoundingAreNot() {
        String text = """
                第三部分 某某区某某局 2023 年度部门决算情况说明
                三、支出决算情况说明
                本年支出合计 300.00 万元，其中：基本支出 100.00 万元，占 33.3%；项目支出 200.00 万元，占 66.7%。
                五、一般公共预算财政拨款支出决算情况说明
                （二）一般公共预算财政拨款支出决算结构情况
                一般公共预算财政拨款支出主要用于以下方面：一般公共服务支出（类）占 33.4%；社会保障和就业支出（类）占
                33.3%；卫生健康支出（类）占 33.4%。
                """;
        // 33.4 + 33.3 + 33.4 = 100.1, within three half-tenths of 100
        assertThat(validate(text)).filteredOn(f -> f.ruleId().equals("N.shares-total")).isEmpty();
    }

    @Test
    void noRetireesBesideARetirementPaymentAndTemplateWordingLeftInAreReported() {
        String text = """
                第一部分 某某区某某中心概况
                三、部门人员构成
                某某区某某中心在职实有人数 5 人，其中：行政 0 人，事业 5 人。
                无离退休人员。
                第二部分 某某区某某中心 2020 年度部门决算表
                """ + TABLE6 + """
                第三部分 某某区某某中心 2020 年度部门决算情况说明
                一、收入支出决算总体情况说明
                2020 年度收入支出总计 50.00 万元。与 2019 年度相比，收入支出总计增加（减少）2.00 万元，增长（下降）4.17%。
                主要原因：人员增加。
                """;
        List<Finding> findings = validate(text);
        assertThat(of(findings, "N.none-stated", Severity.WARNING)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("无离退休人员").contains("30302（退休费） 2.00");
            assertThat(f.cells()).anySatisfy(c -> assertThat(c.table() + "/" + c.row()).isEqualTo("T6/30302"));
        });
        assertThat(of(findings, "N.template-leftovers", Severity.WARNING))
                .anySatisfy(f -> assertThat(f.message()).contains("待选的用词").contains("增加（减少）").contains("共 2 处"));
    }

    @Test
    void aFigureOfSomethingTheVocabularyDoesNotKnowIsNotCheckedAsTheWholeItsWordsEndWith() {
        String text = """
                第二部分 某某区某某中心 2020 年度部门决算表
                """ + TABLE5 + """
                第三部分 某某区某某中心 2020 年度部门决算情况说明
                五、一般公共预算财政拨款支出决算情况说明
                （一）一般公共预算财政拨款支出决算总体情况
                2020 年度一般公共预算财政拨款支出 917.02 万元。一般公共预算财政拨款支出中，用于疫情防控的支出 50.00 万元。
                网络运维项目支出 120.00 万元，主要用于机房设备维护。
                """;
        assertThat(new TextDocumentImporter().read(text).claims()).filteredOn(NarrativeClaim::guessed)
                .extracting(c -> c.kind() + " " + c.value()).containsExactlyInAnyOrder("amount 50.00", "amount 120.00");
        List<Finding> findings = validate(text);
        assertThat(serious(findings)).filteredOn(f -> f.ruleId().startsWith("N.")).isEmpty();
        List<Finding> guesses = of(findings, "N.guessed-binding", Severity.INFO);
        assertThat(guesses).hasSize(2);
        assertThat(guesses).anySatisfy(f -> assertThat(f.message()).contains("用于疫情防控的支出50.00万元")
                .contains("50.00万元 无法核对"));
        assertThat(guesses).anySatisfy(f -> assertThat(f.message()).contains("网络运维项目支出120.00万元")
                .contains("120.00万元 无法核对"));
    }

    @Test
    void aNarrativeThatSaysThereIsNoneOfWhatATableShowsIsAnError() {
        String text = """
                第二部分 某某区某某中心 2020 年度部门决算表
                2020年度一般公共预算财政拨款“三公”经费支出决算表（表7）\t\t\t\t\t\t\t\t\t\t\t
                预算数\t\t\t\t\t决算数\t\t\t\t\t\t
                合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费
                \t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t
                1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12
                1.50\t0.00\t0.00\t0.00\t0.00\t1.50\t1.20\t0.00\t0.00\t0.00\t0.00\t1.20
                注：本表反映部门本年度“三公”经费支出预算决算情况。
                第三部分 某某区某某中心 2020 年度部门决算情况说明
                七、一般公共预算财政拨款“三公”经费支出决算情况说明
                某某区某某中心 2020 年度无“三公”经费财政拨款支出。
                """;
        List<Finding> errors = of(validate(text), "N.amount-vs-table", Severity.ERROR);
        // the text says none; 表7 7栏 (决算数合计) shows 1.20
        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("“三公”经费").contains("0万元").contains("1.20");
            assertThat(f.cells()).anySatisfy(c -> assertThat(c.table() + "/" + c.column()).isEqualTo("T7/7"));
        });
    }
}
