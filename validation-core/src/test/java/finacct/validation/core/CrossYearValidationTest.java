package finacct.validation.core;

import finacct.importer.DocumentEvents;
import finacct.importer.ImportedDocument;
import finacct.importer.text.TextDocumentImporter;
import finacct.kernel.events.SubmissionIds;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.results.YearOnYear;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two years of one registered department, written for the test in the sample's Wuhan layout: the second year's
 * narrative states its change against the first; the platform checks it against the first year's own accounts.
 */
class CrossYearValidationTest {

    private static final String DEPARTMENT = "420112-TJJ";
    private static final String RULE = "Y.prior-year";

    static ReplayedSubmission replayed(String resource) throws IOException {
        String text;
        try (InputStream in = CrossYearValidationTest.class.getResourceAsStream("/cross-year/" + resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ImportedDocument doc = new TextDocumentImporter().read(text);
        var envelopes = DocumentEvents.envelopes(DocumentEvents.events(doc, DEPARTMENT), "test", "2026-01-01T00:00:00Z");
        return new SubmissionReplay().replay(SubmissionIds.of(DEPARTMENT, doc.fiscalYear()), envelopes);
    }

    private static List<Finding> crossYear(SubmissionValidated result) {
        return result.findings().stream().filter(f -> f.ruleId().equals(RULE)).toList();
    }

    @Test
    void aChangeThatDisagreesWithLastYearsTotalIsAnErrorNamingBothYearsCells() throws IOException {
        PreviousYear last = new PreviousYear(replayed("tjj-2021.txt"), "测试所给 2021 年度决算");
        SubmissionValidated result = new SubmissionValidation()
                .validate(replayed("tjj-2022-wrong-change.txt"), Optional.of(last), "2026-01-01T00:00:00Z");

        assertThat(crossYear(result)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            // stated change 80.00 against 560.00 this year − 500.00 last year = 60.00
            assertThat(f.actual()).isEqualTo("80.00");
            assertThat(f.expected()).isEqualTo("60.00");
            assertThat(f.difference()).isEqualTo("20.00");
            assertThat(f.message()).contains("80.00").contains("560.00").contains("500.00").contains("2021 年度")
                    .contains("测试所给 2021 年度决算");
            assertThat(f.cells()).contains(new FindingCell("T1", "30", "1", "500.00", 2021));
            assertThat(f.cells()).filteredOn(c -> "narrative".equals(c.table()))
                    .extracting(FindingCell::value, FindingCell::fiscalYear)
                    .contains(org.assertj.core.groups.Tuple.tuple("80.00", 2022), org.assertj.core.groups.Tuple.tuple("560.00", 2022));
        });
        // the narrative is consistent with itself (80.00 ÷ 480.00 = 16.7%): only last year's accounts show the slip
        assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::ruleId)
                .containsExactly(RULE);
    }

    @Test
    void aConsistentPairHasNoCrossYearFindingAndShowsTheYearOnYearChange() throws IOException {
        PreviousYear last = new PreviousYear(replayed("tjj-2021.txt"), "测试所给 2021 年度决算");
        SubmissionValidated result = new SubmissionValidation()
                .validate(replayed("tjj-2022.txt"), Optional.of(last), "2026-01-01T00:00:00Z");

        assertThat(crossYear(result)).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        YearOnYear yoy = result.yearOnYear();
        assertThat(yoy.fiscalYear()).isEqualTo(2022);
        assertThat(yoy.previousFiscalYear()).isEqualTo(2021);
        assertThat(yoy.previousSource()).isEqualTo("测试所给 2021 年度决算");
        assertThat(yoy.lines()).contains(
                new YearOnYear.Line("T1", "30", "1", "总计（收入金额）", "560.00", "500.00", "60.00", "12.00"),
                new YearOnYear.Line("T3", "201", "1", "201 一般公共服务支出", "560.00", "500.00", "60.00", "12.00"));
        assertThat(yoy.lines()).filteredOn(l -> l.table().equals("T3") && l.row().equals("total"))
                .singleElement().satisfies(l -> assertThat(l.change()).isEqualTo("60.00"));
    }

    @Test
    void withoutLastYearsAccountsTheChecksSayTheyCouldNotRunAndNothingIsAnError() throws IOException {
        SubmissionValidated result = new SubmissionValidation()
                .validate(replayed("tjj-2022-wrong-change.txt"), Optional.empty(), "2026-01-01T00:00:00Z");

        assertThat(crossYear(result)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("未提供上年（2021 年度）决算").contains("80.00");
        });
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(result.yearOnYear()).isNull();
    }
}
