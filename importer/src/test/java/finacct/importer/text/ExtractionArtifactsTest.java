package finacct.importer.text;

import finacct.importer.DocumentImporters;
import finacct.importer.DocumentUnreadableException;
import finacct.importer.ImportedDocument;
import finacct.importer.SampleDocuments;
import finacct.kernel.events.Figure;
import finacct.kernel.events.NarrativeClaim;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a PDF's text extraction does to a published document (issue 8, kinds 1, 2, 8, 10, 12), on documents written for each. */
class ExtractionArtifactsTest {

    private final TextDocumentImporter importer = new TextDocumentImporter();

    static String document(String name) throws IOException {
        return Files.readString(SampleDocuments.projectRoot().resolve("importer/src/test/resources/documents/" + name),
                StandardCharsets.UTF_8);
    }

    // kind 1: the year and the department from wherever the document gives them

    @Test
    void aTitleSplitOverLinesStillGivesTheYearAndTheDepartment() throws IOException {
        ImportedDocument doc = importer.read(document("shanghai-layout-title-split-2024.txt"));
        assertThat(doc.fiscalYear()).isEqualTo(2024);
        assertThat(doc.templateVersion()).isEqualTo("SH-2024");
        assertThat(doc.departmentName()).isEqualTo("上海市某某区某某事务中心");
        assertThat(doc.figures()).extracting(f -> f.table() + "/" + f.row() + "/" + f.column() + "=" + f.value())
                .contains("T1/1/1=1234.56", "T1/30/1=1234.56");
    }

    @Test
    void withoutATitleTheTablesHeadingsGiveTheYear() {
        ImportedDocument doc = importer.read("""
                部门：某某局\t单位：万元
                2023年度收入决算表（表2）
                项 目\t\t\t\t本年收入合计\t财政拨款收入
                功能分类科目编码\t\t\t科目名称\t\t
                类\t款\t项\t栏次\t1\t2
                201\t\t\t一般公共服务支出\t8.00\t8.00
                注：本表反映部门本年度取得的各项收入情况。
                """);
        assertThat(doc.fiscalYear()).isEqualTo(2023);
        assertThat(doc.templateVersion()).isEqualTo("MOF-2023");
    }

    @Test
    void withNeitherTitleNorHeadingsTheYearTheNarrativeStatesMostIsTaken() {
        ImportedDocument doc = importer.read("""
                某某局部门决算
                第三部分 情况说明
                一、收入支出决算总体情况说明
                2022年度收入支出总计 50.00 万元。与2021年度相比，与2021年度比较均增加 5.00 万元。
                二、收入决算情况说明
                2022年度收入合计 50.00 万元。
                """);
        assertThat(doc.fiscalYear()).isEqualTo(2022);
    }

    @Test
    void figuresMovedToTheirOwnLineGoBackIntoTheirSentenceInOrder() throws IOException {
        ImportedDocument doc = importer.read(document("shanghai-layout-title-split-2024.txt"));
        String overview = doc.narrativeSections().stream().filter(s -> s.title().contains("总体情况"))
                .findFirst().orElseThrow().text().replaceAll("\\s+", "");
        assertThat(overview).contains("2024年度收入支出总计1234.56万元。与2023年度相比，收入支出总计增加34.56万元，增长2.9%。");
        assertThat(doc.claims()).extracting(NarrativeClaim::value).contains("1234.56", "34.56", "2.9");
        assertThat(doc.unplaced()).noneMatch(u -> u.text().contains("2024 1234.56"));
    }

    @Test
    void figuresThatDoNotMatchTheBlanksOneForOneAreLeftAloneAndListed() {
        var result = DetachedFigures.rejoin(java.util.List.of(
                "本年收入合计 万元，其中：财政拨款收入 万元，占 %。",
                "1234.56 1234.56",
                "与 年度相比，增加 万元。",
                "12.00 2023"));
        assertThat(result.lines().get(0)).isEqualTo("本年收入合计 万元，其中：财政拨款收入 万元，占 %。");
        assertThat(result.lines().get(1)).isEqualTo("1234.56 1234.56");
        assertThat(result.lines().get(2)).isEqualTo("与 年度相比，增加 万元。"); // a year where an amount stands
        assertThat(result.unplaced()).extracting(u -> u.lineNumber() + " " + u.text())
                .containsExactly("2 1234.56 1234.56", "4 12.00 2023");
        assertThat(result.unplaced().get(0).reason()).contains("2 个").contains("3 个");
    }

    @Test
    void aSentenceThatWrappedAfterItsFigureIsNoBlankAndAPageNumberIsNoFigureOfASentence() {
        var lines = java.util.List.of(
                "收入支出总计307.82",
                "万元。与 2023 年度相比，增加 7.82 万元。",
                "12");
        assertThat(DetachedFigures.rejoin(lines).lines()).isEqualTo(lines);
        assertThat(DetachedFigures.rejoin(lines).unplaced()).isEmpty();
    }

    @Test
    void theRealDocumentsHaveNoDetachedFiguresAndKeepEveryLineAsPrinted() throws IOException {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(SampleDocuments.dongxihu()));
        SampleDocuments.shared("putuo-shehuigongzuobu-2024.txt").ifPresent(texts::add);
        for (String text : texts) {
            var lines = text.lines().toList();
            var result = DetachedFigures.rejoin(lines);
            assertThat(result.lines()).isEqualTo(lines);
            assertThat(result.unplaced()).isEmpty();
        }
    }

    // kind 2: split codes in 表6 (and in every table)

    @Test
    void economicCodesPrintedWithASpaceSplitOverTwoCellsOrRunIntoTheirNameAreRead() {
        ImportedDocument doc = importer.read("""
                某某局 2023 年度部门决算
                2023年度一般公共预算财政拨款基本支出决算表（表6）
                部门：某某局\t\t\t\t\t单位：万元
                人员经费\t\t\t公用经费\t\t
                科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数
                301\t工资福利支出\t30.00\t302\t商品和服务支出\t6.00
                301 01\t基本工资\t20.00\t302 01\t办公费\t2.00
                301\t07\t绩效工资\t10.00\t302\t99\t其他商品和服务支出\t4.00
                303\t对个人和家庭的补助\t1.00\t30201办公费\t\t
                30302退休费\t1.00\t\t\t\t
                人员经费合计\t\t31.00\t公用经费合计\t\t6.00
                注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。
                """);
        assertThat(doc.figures()).extracting(f -> f.row() + "=" + f.value()).containsExactlyInAnyOrder(
                "301=30.00", "302=6.00", "30101=20.00", "30201=2.00", "30107=10.00", "30299=4.00",
                "303=1.00", "30302=1.00", "personnel_total=31.00", "public_total=6.00");
        assertThat(doc.figures()).filteredOn(f -> f.row().equals("30299")).extracting(Figure::name)
                .containsExactly("其他商品和服务支出");
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void economicCodesSplitOverTheClassAndSectionColumnsTakeTheClassOfTheirOwnPane() {
        ImportedDocument doc = importer.read("""
                上海市某某局 2024 年度部门决算
                一般公共预算财政拨款基本支出决算表
                单位：万元
                类\t款\t科目名称\t决算数\t类\t款\t科目名称\t决算数
                301\t\t工资福利支出\t30.00\t302\t\t商品和服务支出\t6.00
                \t01\t基本工资\t20.00\t\t01\t办公费\t2.00
                \t07\t绩效工资\t10.00\t\t99\t其他商品和服务支出\t4.00
                303\t\t对个人和家庭的补助\t1.00\t310\t\t资本性支出\t0.50
                \t02\t退休费\t1.00\t\t02\t办公设备购置\t0.50
                人员经费合计\t\t\t31.00\t公用经费合计\t\t\t6.50
                注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。
                """);
        assertThat(doc.figures()).extracting(f -> f.row() + "=" + f.value()).containsExactlyInAnyOrder(
                "301=30.00", "302=6.00", "30101=20.00", "30201=2.00", "30107=10.00", "30299=4.00",
                "303=1.00", "310=0.50", "30302=1.00", "31002=0.50", "personnel_total=31.00", "public_total=6.50");
        assertThat(doc.unplaced()).isEmpty();
    }

    // kind 8: rows that extraction merges or reshapes

    @Test
    void aTotalOnTheHeaderLineCodesSwitchingFromSplitToJoinedAndAWrappedNameAreRead() throws IOException {
        ImportedDocument doc = importer.read(document("wuhan-layout-merged-rows-2023.txt"));
        assertThat(doc.figures()).filteredOn(f -> f.table().equals("T3"))
                .extracting(f -> f.row() + "/" + f.column() + "=" + f.value()).containsExactlyInAnyOrder(
                        "total/1=400.00", "total/2=300.00", "total/3=100.00",
                        "201/1=300.00", "201/2=200.00", "201/3=100.00",
                        "20103/1=300.00", "20103/2=200.00", "20103/3=100.00",
                        "2010301/1=200.00", "2010301/2=200.00",
                        "2010399/1=100.00", "2010399/3=100.00",
                        "208/1=100.00", "208/2=100.00", "20805/1=100.00", "20805/2=100.00",
                        "2080505/1=100.00", "2080505/2=100.00");
        assertThat(doc.figures()).filteredOn(f -> f.row().equals("2080505")).extracting(Figure::name)
                .containsOnly("机关事业单位基本养老保险缴费支出");
        assertThat(doc.unplaced()).isEmpty();
    }

    // kind 10: 表8 (and 表9) with figures in the Shanghai layout

    @Test
    void shanghaiFundTablesWithFiguresPutEachFigureUnderItsCaption() throws IOException {
        ImportedDocument doc = importer.read(document("shanghai-layout-fund-tables-2024.txt"));
        assertThat(doc.templateVersion()).isEqualTo("SH-2024");
        assertThat(doc.figures()).filteredOn(f -> f.table().equals("T8") && f.row().equals("total"))
                .extracting(f -> f.column() + "=" + f.value())
                .containsExactlyInAnyOrder("1=5.00", "2=120.00", "3=100.00", "5=100.00", "6=25.00");
        assertThat(doc.figures()).filteredOn(f -> f.table().equals("T8") && f.row().equals("2120801"))
                .extracting(f -> f.column() + "=" + f.value()).containsExactlyInAnyOrder("2=80.00", "3=80.00", "5=80.00");
        assertThat(doc.figures()).filteredOn(f -> f.table().equals("T8") && f.row().equals("2120899"))
                .extracting(f -> f.column() + "=" + f.value())
                .containsExactlyInAnyOrder("1=5.00", "2=40.00", "3=20.00", "5=20.00", "6=25.00");
        // 表9: the 合计 label printed on the header's line, its figures on the next line alone
        assertThat(doc.figures()).filteredOn(f -> f.table().equals("T9") && f.row().equals("total"))
                .extracting(f -> f.column() + "=" + f.value()).containsExactlyInAnyOrder("2=3.00", "3=3.00", "5=3.00");
        assertThat(doc.figures()).filteredOn(f -> f.table().equals("T9") && f.row().equals("2230199"))
                .extracting(f -> f.column() + "=" + f.value()).containsExactlyInAnyOrder("2=3.00", "3=3.00", "5=3.00");
        assertThat(doc.unplaced()).isEmpty();
    }

    // item 4: other years

    @Test
    void aYearWithoutItsOwnTemplateIsReadWithTheNearestEarlierOfItsFamilyAndSaysSo() throws IOException {
        String shanghai2024 = document("shanghai-layout-title-split-2024.txt");
        ImportedDocument of2025 = importer.read(shanghai2024.replace("2024", "2025").replace("2023", "2024"));
        assertThat(of2025.fiscalYear()).isEqualTo(2025);
        assertThat(of2025.templateVersion()).isEqualTo("SH-2025");
        assertThat(of2025.templateNote()).isEmpty();

        ImportedDocument of2027 = importer.read(shanghai2024.replace("2024", "2027").replace("2023", "2026"));
        assertThat(of2027.fiscalYear()).isEqualTo(2027);
        assertThat(of2027.templateVersion()).isEqualTo("SH-2025");
        assertThat(of2027.templateNote()).hasValueSatisfying(n -> assertThat(n).contains("2027").contains("SH-2025"));

        ImportedDocument wuhan2026 = importer.read(document("wuhan-layout-merged-rows-2023.txt").replace("2023", "2026"));
        assertThat(wuhan2026.templateVersion()).isEqualTo("MOF-2025");
        assertThat(wuhan2026.templateNote()).hasValueSatisfying(n -> assertThat(n).contains("MOF-2025"));
    }

    // kind 12: a file that is no final-accounts document

    @Test
    void randomBytesAreRefusedSayingWhatWasExpectedAndWhatWasFound() {
        long seed = 20261129L;
        byte[] bytes = new byte[200_000];
        new Random(seed).nextBytes(bytes);
        assertThatThrownBy(() -> DocumentImporters.read("upload.bin", null, bytes))
                .as("seed %d", seed)
                .isInstanceOf(DocumentUnreadableException.class)
                .hasMessageContaining("应为部门决算").hasMessageContaining("不是文字");
    }

    @Test
    void aBudgetIsNotAFinalAccount() {
        assertThatThrownBy(() -> importer.read("""
                上海市某某局2025年度部门预算
                目 录
                一、财务收支预算总表
                2025年度财务收支预算总表
                项目\t预算数\t项目\t预算数
                一、财政拨款收入\t100.00\t一、一般公共服务支出\t100.00
                """))
                .isInstanceOf(DocumentUnreadableException.class)
                .hasMessageContaining("应为部门决算").hasMessageContaining("预算文档")
                .hasMessageContaining("上海市某某局2025年度部门预算");
    }

    @Test
    void anotherReportIsNotAFinalAccount() {
        assertThatThrownBy(() -> importer.read("""
                某某区2024年国民经济和社会发展统计公报
                一、综合
                全年地区生产总值 1234.5 亿元，比上年增长 5.0%。
                """))
                .isInstanceOf(DocumentUnreadableException.class)
                .hasMessageContaining("应为部门决算").hasMessageContaining("找不到部门决算的任何一张表")
                .hasMessageContaining("统计公报");
    }

    static String value(ImportedDocument doc, String table, String row, String column) {
        return doc.figures().stream()
                .filter(f -> f.table().equals(table) && f.row().equals(row) && f.column().equals(column))
                .map(Figure::value).findFirst().orElse(null);
    }
}
