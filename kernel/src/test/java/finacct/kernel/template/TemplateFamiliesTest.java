package finacct.kernel.template;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateFamiliesTest {

    @Test
    void everyYearFrom2020To2025HasADefaultTemplateOfThatYear() {
        IntStream.rangeClosed(2020, 2025).forEach(year -> {
            ReportTemplate t = ReportTemplates.defaultFor(year).orElseThrow();
            assertThat(t.version()).isEqualTo("MOF-" + year);
            assertThat(t.fiscalYears()).containsExactly(year);
            assertThat(t.family()).isEqualTo("MOF");
        });
    }

    @Test
    void everyListedVersionLoadsWithNineTables() {
        for (String version : ReportTemplates.versions()) {
            ReportTemplate t = ReportTemplates.get(version);
            assertThat(t.version()).isEqualTo(version);
            assertThat(t.tables()).extracting(TableDefinition::id)
                    .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
            assertThat(t.detection()).isNotEmpty();
            assertThat(t.description()).isNotBlank();
        }
    }

    @Test
    void aLaterYearBasedOn2020KeepsItsStructure() {
        ReportTemplate t2020 = ReportTemplates.get("MOF-2020");
        ReportTemplate t2023 = ReportTemplates.get("MOF-2023");
        assertThat(t2023.tables()).isEqualTo(t2020.tables());
        assertThat(t2023.table("T1").orElseThrow().row("56").orElseThrow().functionClass()).isEqualTo("234");
        assertThat(t2023.description()).contains("沿用 2020");
    }

    @Test
    void theShanghaiTemplateInterleavesTable7AndGivesTable9ItsOwnColumns() {
        ReportTemplate sh = ReportTemplates.forFamily("SH", 2024).orElseThrow();
        assertThat(sh.version()).isEqualTo("SH-2024");
        TableDefinition t7 = sh.table("T7").orElseThrow();
        // printed order 预算数/决算数 per item; keys keep their MOF meaning (1–6 budget, 7–12 actual)
        assertThat(t7.columns()).extracting(ColumnDefinition::key)
                .containsExactly("1", "7", "2", "8", "3", "9", "4", "10", "5", "11", "6", "12");
        assertThat(t7.column("9").orElseThrow().sumOf()).containsExactly("10", "11");
        TableDefinition t9 = sh.table("T9").orElseThrow();
        assertThat(t9.title()).isEqualTo("国有资本经营预算财政拨款收入支出决算表");
        assertThat(t9.columns()).hasSize(6);
        assertThat(t9.column("6").orElseThrow().formula()).isEqualTo("1+2-3");
        // the other tables are the MOF ones, row keys included
        assertThat(sh.table("T1")).isEqualTo(ReportTemplates.get("MOF-2020").table("T1"));
    }

    @Test
    void theCandidatesOfAYearPutTheDefaultFirst() {
        assertThat(ReportTemplates.candidatesFor(2024)).extracting(ReportTemplate::version)
                .containsExactly("MOF-2024", "SH-2024");
        assertThat(ReportTemplates.candidatesFor(2019)).isEmpty();
        assertThat(ReportTemplates.families()).containsExactly("MOF", "SH");
        assertThat(ReportTemplates.forFamily("SH", 2019)).isEmpty();
        assertThat(ReportTemplates.forFamily("XX", 2024)).isEmpty();
    }
}
