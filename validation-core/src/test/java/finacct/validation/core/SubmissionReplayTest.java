package finacct.validation.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;
import finacct.kernel.fold.SubmissionStatus;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.template.ReportTemplates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static finacct.validation.core.DerivedTotalsTest.cell;
import static finacct.validation.core.DerivedTotalsTest.find;
import static org.assertj.core.api.Assertions.assertThat;

class SubmissionReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "420112-CZJ:2020";

    @Test
    void withdrawnCellsDisappearFromTheTablesAndTheirTotals() {
        ReplayedSubmission replayed = new SubmissionReplay().replay(ID, List.of(
                envelope(0, new SubmissionOpened(ID, "420112-CZJ", 2020, "MOF-2020", "万元")),
                envelope(1, new FiguresReported(ID, "b1", List.of(
                        new Figure("T1", "1", "1", "100.00", null), new Figure("T1", "5", "1", "20.00", null),
                        new Figure("T1", "27", "1", "120.00", null)))),
                envelope(2, new FiguresWithdrawn(ID, "b2", List.of(new CellRef("T1", "5", "1"))))));

        assertThat(replayed.cells()).extracting(Figure::cell)
                .containsExactly(new CellRef("T1", "1", "1"), new CellRef("T1", "27", "1"));
        List<RecomputedTable> tables = DerivedTotals.recompute(ReportTemplates.get("MOF-2020"), replayed.cells());
        assertThat(find(tables, "T1", "5", "1")).isEmpty();
        assertThat(cell(tables, "T1", "27", "1").computed()).isEqualTo("100.00");
    }

    @Test
    void eventsFoldInSequenceOrderWhateverOrderTheyArrive() {
        ReplayedSubmission replayed = new SubmissionReplay().replay(ID, List.of(
                envelope(3, new FiguresReported(ID, "b2", List.of(new Figure("T3", "2010101", "2", "12.00", null)))),
                envelope(5, new SubmissionWithdrawn(ID, "改数")),
                envelope(0, new SubmissionOpened(ID, "420112-CZJ", 2020, "MOF-2020", "万元")),
                envelope(4, new SubmissionSubmitted(ID)),
                envelope(1, new FiguresReported(ID, "b1", List.of(new Figure("T3", "2010101", "2", "10.00", "行政运行")))),
                envelope(2, new NarrativeReported(ID, List.of(new NarrativeSection("s1", "收入支出决算总体情况", "旧")),
                        List.of())),
                envelope(6, new NarrativeReported(ID, List.of(new NarrativeSection("s1", "收入支出决算总体情况", "新")),
                        List.of(new NarrativeClaim("c1", "s1", "amount", "income.total", null, "377.55", "万元", "收入总计377.55万元")))),
                envelope(7, evaluation("e1", "85")),
                envelope(8, evaluation("e1", "90"))));

        assertThat(replayed.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(replayed.lastSequence()).isEqualTo(8);
        // the later value wins, and a correction without a name keeps the name given before
        assertThat(replayed.cells()).containsExactly(new Figure("T3", "2010101", "2", "12.00", "行政运行"));
        assertThat(replayed.narrativeSections()).extracting(NarrativeSection::text).containsExactly("新");
        assertThat(replayed.narrativeClaims()).hasSize(1);
        assertThat(replayed.evaluations()).extracting(PerformanceEvaluationReported::totalScore).containsExactly("90");
    }

    @Test
    void anUnreadableEventChangesNothingAndIsNamed() {
        EventEnvelope broken = new EventEnvelope("x", "FiguresReported", 1, ID, 1, "2021-03-01T00:00:00Z", "a",
                JsonNodeFactory.instance.objectNode().put("figures", "not a list"));
        EventEnvelope unknown = new EventEnvelope("y", "SomethingNew", 1, ID, 2, "2021-03-01T00:00:00Z", "a",
                JsonNodeFactory.instance.objectNode());

        ReplayedSubmission replayed = new SubmissionReplay().replay(ID, List.of(
                envelope(0, new SubmissionOpened(ID, "420112-CZJ", 2020, "MOF-2020", "万元")), broken, unknown));

        assertThat(replayed.cells()).isEmpty();
        assertThat(replayed.unreadableSequences()).containsExactly(1L, 2L);
        assertThat(replayed.lastSequence()).isEqualTo(2);
    }

    @Test
    void aYearReadWithTheNearestEarlierTemplateGetsAWarningNamingIt() {
        String id = "420112-CZJ:2026";
        ReplayedSubmission later = new SubmissionReplay().replay(id, List.of(
                envelope(0, new SubmissionOpened(id, "420112-CZJ", 2026, "MOF-2025", "万元")),
                envelope(1, new FiguresReported(id, "b1", List.of(new Figure("T1", "1", "1", "10.00", null))))));
        SubmissionValidated result = new SubmissionValidation().validate(later, "2027-03-01T00:00:00Z");
        assertThat(result.ruleSetVersion()).isEqualTo("MOF-2025/1");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("TEMPLATE.nearest-year")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(finacct.kernel.results.Severity.WARNING);
                    assertThat(f.message()).contains("2026").contains("MOF-2025");
                });

        String own = "420112-CZJ:2025";
        ReplayedSubmission ofItsYear = new SubmissionReplay().replay(own, List.of(
                envelope(0, new SubmissionOpened(own, "420112-CZJ", 2025, "MOF-2025", "万元")),
                envelope(1, new FiguresReported(own, "b1", List.of(new Figure("T1", "1", "1", "10.00", null))))));
        assertThat(new SubmissionValidation().validate(ofItsYear, "2026-03-01T00:00:00Z").findings())
                .noneMatch(f -> f.ruleId().equals("TEMPLATE.nearest-year"));
    }

    @Test
    void validationReportsTheRecomputedTablesAndWhatTheRuleSetFinds() {
        ReplayedSubmission replayed = new SubmissionReplay().replay(ID, List.of(
                envelope(0, new SubmissionOpened(ID, "420112-CZJ", 2020, "MOF-2020", "万元")),
                envelope(1, new FiguresReported(ID, "b1", List.of(
                        new Figure("T1", "1", "1", "352.60", null), new Figure("T1", "27", "1", "377.55", null)))),
                envelope(2, new SubmissionSubmitted(ID))));

        SubmissionValidated result = new SubmissionValidation().validate(replayed, "2021-03-01T00:00:00Z");

        assertThat(result.basedOnSequence()).isEqualTo(2);
        assertThat(result.status()).isEqualTo("SUBMITTED");
        assertThat(result.ruleSetVersion()).isEqualTo("MOF-2020/2");
        assertThat(result.departmentCode()).isEqualTo("420112-CZJ");
        assertThat(result.fiscalYear()).isEqualTo(2020);
        assertThat(result.tables()).hasSize(9);
        assertThat(cell(result.tables(), "T1", "27", "1").computed()).isEqualTo("352.60");
        // the full rule set also reports what the draft leaves blank (表2, 表4, line 30 …); this is the 27 = 1+…+8 note
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("T1.line27")).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("352.60");
            assertThat(f.actual()).isEqualTo("377.55");
        });
        assertThat(result.counts().errors()).isPositive();
    }

    private static PerformanceEvaluationReported evaluation(String id, String totalScore) {
        return new PerformanceEvaluationReported(ID, id, "department", "部门整体", "100", "95", "95%", "10",
                "9.5", List.of(), totalScore);
    }

    static EventEnvelope envelope(long sequence, SubmissionEvent event) {
        return new EventEnvelope("evt-" + sequence, EventTypes.nameOf(event.getClass()), EventTypes.SCHEMA_VERSION,
                event.submissionId(), sequence, "2021-03-0" + (1 + sequence % 9) + "T08:00:00Z", "tester",
                JSON.valueToTree(event));
    }
}
