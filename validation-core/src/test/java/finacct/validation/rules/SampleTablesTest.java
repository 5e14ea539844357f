package finacct.validation.rules;

import finacct.importer.ImportedDocument;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table rules on the real documents as the importer reads them. Their tables reconcile except for rounding:
 * no table rule may report an ERROR or WARNING, and every INFO must be a difference rounding explains.
 */
class SampleTablesTest {

    /** The kinds that check the nine tables (narrative and self-evaluation rules are checked elsewhere). */
    private static final Set<String> TABLE_KINDS = Set.of("sum", "columnSum", "rowSum", "hierarchy", "equal",
            "lessOrEqual", "perFunctionClass", "codes", "nonNegative");

    @Test
    void theSamplesTablesGiveNoErrorOrWarning() throws IOException {
        ImportedDocument doc = RealDocuments.imported(RealDocuments.sampleText());
        RuleSet set = RuleSets.forTemplate(doc.templateVersion()).orElseThrow();
        List<Finding> findings = tableRules(set).check(RealDocuments.facts(doc));

        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        assertThat(findings).as("the sample has rounding differences, reported as INFO").isNotEmpty();
        findings.forEach(SampleTablesTest::assertRoundingOnly);
    }

    @Test
    void everyCodeOfTheSampleIsInTheClassificationDataUnderItsName() throws IOException {
        ImportedDocument doc = RealDocuments.imported(RealDocuments.sampleText());
        List<Finding> findings = RuleSets.forTemplate(doc.templateVersion()).orElseThrow()
                .check(RealDocuments.facts(doc));
        assertThat(findings).filteredOn(f -> f.ruleId().startsWith("C.")).isEmpty();
        // the check did see the codes: the sample's subject rows are there
        assertThat(doc.figures()).filteredOn(f -> f.table().equals("T6") && f.name() != null).isNotEmpty();
    }

    @Test
    void theShanghaiDocumentsTablesGiveNoErrorOrWarning() throws IOException {
        var text = RealDocuments.shared("putuo-shehuigongzuobu-2024.txt");
        Assumptions.assumeTrue(text.isPresent(), "../shared/data is absent");
        ImportedDocument doc = RealDocuments.imported(text.get());
        var set = RuleSets.forTemplate(doc.templateVersion());
        Assumptions.assumeTrue(set.isPresent(), "no rule set yet for " + doc.templateVersion());
        List<Finding> findings = tableRules(set.get()).check(RealDocuments.facts(doc));

        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        findings.forEach(SampleTablesTest::assertRoundingOnly);
    }

    /**
     * While the Shanghai layout has no rule set of its own: the 2020 rule files whose rules read no column that
     * layout lays out differently (all but table9.yaml; its 表7 keeps the 2020 column keys).
     */
    @Test
    void theShanghaiDocumentsTablesPassTheLayoutIndependent2020Rules() throws IOException {
        var text = RealDocuments.shared("putuo-shehuigongzuobu-2024.txt");
        Assumptions.assumeTrue(text.isPresent(), "../shared/data is absent");
        ImportedDocument doc = RealDocuments.imported(text.get());
        List<Rule> rules = new java.util.ArrayList<>();
        for (String file : List.of("table-notes.yaml", "hierarchy.yaml", "between-tables.yaml", "table7.yaml",
                "codes.yaml", "plausibility.yaml")) {
            String resource = "finacct/rules/MOF-2020/" + file;
            try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
                var content = new com.fasterxml.jackson.databind.ObjectMapper(
                        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(in);
                content.path("rules").forEach(entry -> rules.add(RuleSets.create(entry, resource)));
            }
        }
        List<Finding> findings = new RuleSet("MOF-2020-layout-independent", rules).check(RealDocuments.facts(doc));

        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        findings.forEach(SampleTablesTest::assertRoundingOnly);
        // its codes were checked against the 2024 classification (社会工作事务 is new in 2024)
        assertThat(doc.fiscalYear()).isEqualTo(2024);
    }

    /** An INFO is a difference of at most ½ of the last digit for every figure it involves. */
    private static void assertRoundingOnly(Finding f) {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(f.cells().size()));
        assertThat(new BigDecimal(f.difference()).abs()).as(f.message()).isLessThanOrEqualTo(tolerance);
    }

    private static RuleSet tableRules(RuleSet set) {
        return new RuleSet(set.version(), set.rules().stream().filter(r -> TABLE_KINDS.contains(r.header().kind())).toList());
    }
}
