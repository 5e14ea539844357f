package finacct.importer.text;

import finacct.importer.ImportedDocument;
import finacct.kernel.events.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Small documents of each family the importer reads, built here, one variant each. */
class DocumentFamiliesTest {

    private final TextDocumentImporter importer = new TextDocumentImporter();

    @Test
    void aLaterMinistryYearWithLineNumbersGetsThatYearsTemplate() {
        ImportedDocument doc = importer.read("""
                某某局 2022 年度部门决算
                2022年度收入支出决算总表（表1）
                项 目\t行次\t金额\t项 目\t行次\t金额
                一、一般公共预算财政拨款收入\t1\t10.00\t一、一般公共服务支出\t31\t10.00
                注：本表反映部门本年度的总收入和年末结转结余情况。
                """);
        assertThat(doc.templateVersion()).isEqualTo("MOF-2022");
        assertThat(doc.figures()).extracting(Figure::row).containsExactly("1", "31");
    }

    @Test
    void aShanghaiDocumentWithoutLineNumbersIsReadByLabelWithItsOwnTable7And9() {
        ImportedDocument doc = importer.read("""
                上海市某某局 2023 年度部门决算
                收入支出决算总表
                单位：万元
                项目\t决算数\t项目\t决算数
                一、一般公共预算财政拨款收入\t12.50\t一、一般公共服务支出\t12.50
                总计\t12.50\t总计\t12.50
                注：本表反映部门本年度的总收支和年末结转结余情况。
                财政拨款收入支出决算总表
                项目\t决算数\t项目\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款
                一、一般公共预算财政拨款\t14.50\t一、一般公共服务支出\t12.50\t12.50\t\t
                年初财政拨款结转和结余\t1.00\t年末财政拨款结转和结余\t3.00\t3.00\t\t
                一、一般公共预算财政拨款\t1.00\t\t3.00\t3.00\t\t
                注：本表反映部门本年度财政拨款总收支和结转结余情况。
                财政拨款“三公”经费支出决算表
                合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t\t\t\t\t公务接待费\t
                预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数
                5.00\t4.00\t1.00\t0.50\t3.00\t3.00\t2.00\t2.00\t1.00\t1.00\t1.00\t0.50
                注：本表反映部门本年度“三公”经费支出预决算情况。
                国有资本经营预算财政拨款收入支出决算表
                项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余
                功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t
                合计\t\t\t8.00\t6.00\t\t6.00\t2.00
                注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。
                """);
        assertThat(doc.templateVersion()).isEqualTo("SH-2023");
        assertThat(value(doc, "T1", "30", "1")).isEqualTo("12.50");
        assertThat(value(doc, "T1", "60", "2")).isEqualTo("12.50");
        // 表4's 年末 rows print no label of their own: the 年初 label beside them names both
        assertThat(value(doc, "T4", "29", "1")).isEqualTo("1.00");
        assertThat(value(doc, "T4", "61", "2")).isEqualTo("3.00");
        assertThat(value(doc, "T4", "61", "3")).isEqualTo("3.00");
        // 预算数/决算数 side by side, stored under the ministry's keys (1–6 budget, 7–12 actual)
        assertThat(value(doc, "T7", "1", "1")).isEqualTo("5.00");
        assertThat(value(doc, "T7", "1", "7")).isEqualTo("4.00");
        assertThat(value(doc, "T7", "1", "8")).isEqualTo("0.50");
        assertThat(value(doc, "T7", "1", "10")).isEqualTo("2.00");
        assertThat(value(doc, "T7", "1", "11")).isEqualTo("1.00");
        assertThat(value(doc, "T7", "1", "12")).isEqualTo("0.50");
        // 表9 with 表8's columns, 年初 blank: each figure under its caption
        assertThat(value(doc, "T9", "total", "1")).isNull();
        assertThat(value(doc, "T9", "total", "2")).isEqualTo("8.00");
        assertThat(value(doc, "T9", "total", "3")).isEqualTo("6.00");
        assertThat(value(doc, "T9", "total", "5")).isEqualTo("6.00");
        assertThat(value(doc, "T9", "total", "6")).isEqualTo("2.00");
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void withoutASignOfEitherLayoutTheYearsDefaultIsUsedAndAnUnshippedYearTakesTheNearestEarlier() {
        ImportedDocument plain = importer.read("""
                某某局 2024 年度部门决算
                一般公共预算财政拨款支出决算表
                201\t一般公共服务支出\t1.00\t1.00\t
                注：本表反映部门本年度一般公共预算财政拨款支出情况。
                """);
        assertThat(plain.templateVersion()).isEqualTo("MOF-2024");
        ImportedDocument later = importer.read("""
                某某局 2026 年度部门决算
                收入支出决算总表
                项目\t决算数\t项目\t决算数
                一、一般公共预算财政拨款收入\t1.00\t一、一般公共服务支出\t1.00
                注：本表反映部门本年度的总收支和年末结转结余情况。
                """);
        assertThat(later.templateVersion()).isEqualTo("SH-2025");
    }

    @Test
    void codesSplitOverTheClassColumnsOrJoinedOnOneRowOrRunIntoTheirName() {
        ImportedDocument doc = importer.read("""
                2021年度支出决算表（表3）
                类\t款\t项\t科目名称\t栏次\t1\t2\t3\t4\t5\t6
                201\t\t\t一般公共服务支出\t\t30.00\t20.00\t10.00\t\t\t
                \t03\t\t政府办公厅（室）及相关机构事务\t\t30.00\t20.00\t10.00\t\t\t
                \t\t50\t事业运行\t\t20.00\t20.00\t\t\t\t
                208\t05\t05\t机关事业单位基本养老保险缴费支出\t\t4.00\t4.00\t\t\t\t
                2010399其他政府办公厅（室）及相关机构事务支出\t\t\t\t\t10.00\t\t10.00\t\t\t
                注：本表反映部门本年度各项支出情况。
                """);
        assertThat(doc.figures()).extracting(Figure::row).contains("201", "20103", "2010350", "2080505", "2010399");
        assertThat(value(doc, "T3", "2010350", "1")).isEqualTo("20.00");
        assertThat(value(doc, "T3", "2080505", "2")).isEqualTo("4.00");
        assertThat(value(doc, "T3", "2010399", "3")).isEqualTo("10.00");
        assertThat(doc.figures()).filteredOn(f -> f.row().equals("2010399")).extracting(Figure::name)
                .containsOnly("其他政府办公厅(室)及相关机构事务支出");
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void thousandsSeparatorsFullWidthFormsAndSpacesInsideLabelsAndNumbers() {
        ImportedDocument doc = importer.read("""
                2020年度收入支出决算总表（表1）
                一、一般公共 预算财政拨款收入\t１\t２，９４６．２５\t一、一般公共服务支出\t31\t2,946.25
                本年收入合计\t27\t2 946.25\t本年支出合计\t57\t2,946.25
                注：本表反映部门本年度的总收入和年末结转结余情况。
                """);
        assertThat(value(doc, "T1", "1", "1")).isEqualTo("2946.25");
        assertThat(value(doc, "T1", "31", "2")).isEqualTo("2946.25");
        assertThat(value(doc, "T1", "27", "1")).isEqualTo("2946.25");
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void anEmptyTableWithItsNoteIsFoundAndEmptyNotMissing() {
        ImportedDocument doc = importer.read("""
                2020年度政府性基金预算财政拨款收入支出决算表（表8）
                项 目\t\t\t年初结转和结余\t本年收入\t本年支出\t\t年末结转和结余
                \t\t合 计\t\t\t\t\t
                注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
                本部门没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。
                2020年度国有资本经营预算财政拨款支出决算表（表9）
                \t\t合 计\t\t\t
                注：本表反映部门本年度国有资本经营预算财政拨款支出情况。
                2020年度一般公共预算财政拨款“三公”经费支出决算表（表7）
                注：本表反映部门本年度“三公”经费支出预决算情况。
                说明：某某局本年度没有财政拨款“三公”经费支出，故本表无数据。
                """);
        assertThat(doc.tablesFound()).containsExactly("T8", "T9", "T7");
        assertThat(doc.emptyTables()).containsExactly("T8", "T7");
        assertThat(doc.figures()).isEmpty();
    }

    @Test
    void aTableBrokenAcrossPagesIsOneTable() {
        ImportedDocument doc = importer.read("""
                2020年度一般公共预算财政拨款支出决算表（表5）
                功能分类科目编码\t科目名称\t本年支出小计\t基本支出\t项目支出
                201\t一般公共服务支出\t30.00\t20.00\t10.00
                20103\t政府办公厅（室）及相关机构事务\t30.00\t20.00\t10.00
                - 7 -
                续表
                功能分类科目编码\t科目名称\t本年支出小计\t基本支出\t项目支出
                2010350\t事业运行\t20.00\t20.00\t
                第 8 页
                2020年度一般公共预算财政拨款支出决算表（续表）
                2010399\t其他政府办公厅（室）及相关机构事务支出\t10.00\t\t10.00
                合计\t\t30.00\t20.00\t10.00
                注：本表反映部门本年度一般公共预算财政拨款支出情况。
                """);
        assertThat(doc.tablesFound()).containsExactly("T5");
        assertThat(doc.figures()).extracting(Figure::row)
                .containsOnly("201", "20103", "2010350", "2010399", "total");
        assertThat(value(doc, "T5", "2010399", "3")).isEqualTo("10.00");
        assertThat(value(doc, "T5", "2010399", "1")).isEqualTo("10.00");
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void anotherTitleForTheSameTable() {
        ImportedDocument doc = importer.read("""
                2020年度一般公共预算财政拨款基本支出决算明细表
                科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数
                301\t工资福利支出\t5.00\t302\t商品和服务支出\t1.00
                人员经费合计\t\t5.00\t公用经费合计\t\t1.00
                注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。
                """);
        assertThat(doc.tablesFound()).containsExactly("T6");
        assertThat(value(doc, "T6", "personnel_total", "1")).isEqualTo("5.00");
        assertThat(value(doc, "T6", "302", "1")).isEqualTo("1.00");
    }

    @Test
    void aRowWhoseLeadingColumnsAreBlankKeepsItsFiguresUnderTheirCaptions() {
        ImportedDocument doc = importer.read("""
                2020年度政府性基金预算财政拨款收入支出决算表（表8）
                功能分类科目编码\t科目名称\t年初结转和结余\t本年收入\t本年支出小计\t基本支出\t项目支出\t年末结转和结余
                212\t城乡社区支出\t\t50.00\t40.00\t\t40.00\t10.00
                2120801\t征地和拆迁补偿支出\t5.00\t45.00\t40.00\t\t40.00\t10.00
                注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
                """);
        assertThat(value(doc, "T8", "212", "1")).isNull();
        assertThat(value(doc, "T8", "212", "2")).isEqualTo("50.00");
        assertThat(value(doc, "T8", "212", "5")).isEqualTo("40.00");
        assertThat(value(doc, "T8", "212", "6")).isEqualTo("10.00");
        assertThat(value(doc, "T8", "2120801", "1")).isEqualTo("5.00");
    }

    @Test
    void aColumnNumberMovedIntoAnEmptyRowIsListedNotStored() {
        ImportedDocument doc = importer.read("""
                2020年度政府性基金预算财政拨款收入支出决算表（表8）
                类\t款\t项\t栏次\t1\t2\t3\t4
                \t\t\t合 计\t\t\t\t6
                注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
                """);
        assertThat(doc.figures()).isEmpty();
        assertThat(doc.unplaced()).singleElement().satisfies(u -> assertThat(u.reason()).contains("栏次编号"));
    }

    private static String value(ImportedDocument doc, String table, String row, String column) {
        return doc.figures().stream()
                .filter(f -> f.table().equals(table) && f.row().equals(row) && f.column().equals(column))
                .map(Figure::value).findFirst().orElse(null);
    }
}
