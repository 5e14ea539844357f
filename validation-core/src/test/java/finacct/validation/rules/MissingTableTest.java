package finacct.validation.rules;

import finacct.importer.ImportedDocument;
import finacct.kernel.events.Figure;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.kernel.template.ReportTemplates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.rules.Submissions.facts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One cause, one finding: a table the document lacks (no figure at all, nor declared empty) is reported once,
 * and the checks that need it say together that they could not run — not one ERROR per row compared with blanks.
 */
class MissingTableTest {

    private static final RuleSet MOF = RuleSets.forTemplate("MOF-2020").orElseThrow();

    @Test
    void aSmallDocumentWithout表3GetsOneErrorForItAndOneInfoForTheChecksThatCouldNotRun() {
        // 表1 spends on three function classes, 表5 pays for three 项 from the general budget; 表3 is not there
        // (nor are 表2, 表4 and 表6, each its own one finding)
        Facts facts = facts("T1/1/1=60.00", "T1/27/1=60.00", "T1/30/1=60.00", "T1/57/2=60.00", "T1/60/2=60.00", "T1/31/2=10.00", "T1/38/2=20.00", "T1/51/2=30.00",
                "T5/total/1=60.00", "T5/total/2=60.00",
                "T5/201/1=10.00", "T5/201/2=10.00", "T5/20101/1=10.00", "T5/20101/2=10.00",
                "T5/2010101/1=10.00", "T5/2010101/2=10.00",
                "T5/208/1=20.00", "T5/208/2=20.00", "T5/20805/1=20.00", "T5/20805/2=20.00",
                "T5/2080505/1=20.00", "T5/2080505/2=20.00",
                "T5/221/1=30.00", "T5/221/2=30.00", "T5/22102/1=30.00", "T5/22102/2=30.00",
                "T5/2210201/1=30.00", "T5/2210201/2=30.00");

        List<Finding> findings = MOF.check(facts);

        assertThat(findings).filteredOn(f -> f.cells().stream().anyMatch(c -> c.table().equals("T3"))).isEmpty();
        List<Finding> missing = findings.stream()
                .filter(f -> f.ruleId().equals("X.missing-table") && f.message().contains("表3（")).toList();
        assertThat(missing).hasSize(2);
        assertThat(missing.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(missing.get(0).message()).contains("表3（支出决算表） 缺失或无法读取").contains("24 项核对未能进行");
        assertThat(missing.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(missing.get(1).message()).contains("X.T1-T3.classes 3 项").contains("X.T5-T3.subjects 20 项");
        // no per-row ERROR: one per missing table
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR)
                .allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("X.missing-table")).hasSize(4);
    }

    @Test
    void theSampleWithout表3HasTheSameFindingsButOneErrorAndOneInfoForTheMissingTable() throws Exception {
        ImportedDocument doc = RealDocuments.imported(RealDocuments.sampleText());
        List<Finding> whole = MOF.check(RealDocuments.facts(doc));
        List<Figure> without = doc.figures().stream().filter(f -> !f.table().equals("T3")).toList();
        List<Finding> lacking = MOF.check(new Facts(ReportTemplates.get(doc.templateVersion()), doc.fiscalYear(), without,
                List.of(), List.of(), List.of()));

        // the tables' own findings (the sample's narrative is left out here): nothing serious
        assertThat(whole).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        assertThat(lacking).filteredOn(f -> f.severity() != Severity.INFO).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("X.missing-table");
            assertThat(f.message()).contains("表3（");
        });
        assertThat(lacking).filteredOn(f -> f.ruleId().equals("X.missing-table") && f.severity() == Severity.INFO)
                .singleElement().satisfies(f -> assertThat(f.message()).contains("X.T1-T3"));
    }

    @Test
    void aTableThatIsEmptyWhereEveryOtherTableAgreesSaysNothing() {
        // 表8 without figures and no 政府性基金 anywhere: printed empty or left out, nothing contradicts it
        Facts facts = facts("T1/57/2=10.00", "T1/60/2=10.00", "T1/31/2=10.00",
                "T3/total/1=10.00", "T3/total/3=10.00", "T3/201/1=10.00", "T3/201/3=10.00",
                "T3/20101/1=10.00", "T3/20101/3=10.00", "T3/2010101/1=10.00", "T3/2010101/3=10.00");

        List<Finding> findings = MOF.check(facts);

        assertThat(findings).filteredOn(f -> f.ruleId().equals("X.missing-table"))
                .noneMatch(f -> f.message().contains("表8（") || f.message().contains("表9（"));
    }
}
