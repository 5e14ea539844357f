package finacct.submission.command;

import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.submission.api.ImportDocument;
import finacct.submission.api.InputRejectedException;
import finacct.submission.api.SubmissionConflictException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;

/** The import command: everything checked first, only what is new stored, in one go. */
class ImportDocumentTest {

    private static final String DEPT = "420112-CZJ";
    private static final String ID = DEPT + ":2020";
    private static final SubmissionOpened OPENED = new SubmissionOpened(ID, DEPT, 2020, "MOF-2020", "万元");
    private static final List<Figure> T1 = List.of(new Figure("T1", "1", "1", "10.00", null),
            new Figure("T1", "27", "1", "10.00", null));
    private static final List<NarrativeSection> SECTIONS = List.of(new NarrativeSection("1", "总体情况", "收入 10.00 万元。"));
    private static final List<NarrativeClaim> CLAIMS = List.of(
            new NarrativeClaim("1-1", "1", "amount", "income.total", null, "10.00", "万元", "收入 10.00 万元"));
    private static final ImportDocument.Evaluation EVALUATION = new ImportDocument.Evaluation(null, "project", "运维",
            "5.00", "4.00", "80.00", null, null, List.of(), null);

    private FixtureConfiguration<FinalAccountsSubmission> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FinalAccountsSubmission.class);
        fixture.registerInjectableResource(DepartmentRegistry.loadDefault());
    }

    private static ImportDocument document(List<Figure> t1, List<String> tables) {
        return new ImportDocument(ID, DEPT, 2020, "MOF-2020", null, tables,
                List.of(new ImportDocument.Batch("T1", "import-T1-" + t1.hashCode(), t1)), SECTIONS, CLAIMS,
                List.of(EVALUATION));
    }

    private static final PerformanceEvaluationReported EVALUATED = new PerformanceEvaluationReported(ID, "project:运维",
            "project", "运维", "5.00", "4.00", "80.00", null, null, List.of(), null);

    @Test
    void opensAndStoresEverythingOfANewDocument() {
        fixture.givenNoPriorActivity()
                .when(document(T1, List.of("T1")))
                .expectEvents(OPENED, new FiguresReported(ID, "import-T1-" + T1.hashCode(), T1),
                        new NarrativeReported(ID, SECTIONS, CLAIMS), EVALUATED);
    }

    @Test
    void theSameDocumentAgainStoresNothing() {
        fixture.given(OPENED, new FiguresReported(ID, "import-T1-" + T1.hashCode(), T1),
                        new NarrativeReported(ID, SECTIONS, CLAIMS), EVALUATED)
                .when(document(T1, List.of("T1")))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCellTheDocumentNoLongerHasIsWithdrawn() {
        List<Figure> fewer = List.of(T1.get(0));
        fixture.given(OPENED, new FiguresReported(ID, "import-T1-" + T1.hashCode(), T1),
                        new NarrativeReported(ID, SECTIONS, CLAIMS), EVALUATED)
                .when(document(fewer, List.of("T1")))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.equalTo(new FiguresReported(ID, "import-T1-" + fewer.hashCode(), fewer)),
                                org.hamcrest.Matchers.<Object>instanceOf(FiguresWithdrawn.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aBadFigureStoresNothingNotEvenTheOpening() {
        List<Figure> bad = List.of(new Figure("T1", "99", "1", "10.00", null));
        fixture.givenNoPriorActivity()
                .when(document(bad, List.of("T1")))
                .expectNoEvents()
                .expectException(InputRejectedException.class)
                .expectExceptionMessage(containsString("未保存任何内容"));
    }

    @Test
    void aSubmittedSubmissionTakesNoNewContentButTheSameDocumentIsStillHarmless() {
        fixture.given(OPENED, new FiguresReported(ID, "import-T1-" + T1.hashCode(), T1),
                        new NarrativeReported(ID, SECTIONS, CLAIMS), EVALUATED, new SubmissionSubmitted(ID))
                .when(document(List.of(new Figure("T1", "1", "1", "11.00", null)), List.of("T1")))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
        fixture.given(OPENED, new FiguresReported(ID, "import-T1-" + T1.hashCode(), T1),
                        new NarrativeReported(ID, SECTIONS, CLAIMS), EVALUATED, new SubmissionSubmitted(ID))
                .when(document(T1, List.of("T1")))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aDocumentOfAnotherTemplateThanTheOpenedOneIsAConflict() {
        fixture.given(OPENED)
                .when(new ImportDocument(ID, DEPT, 2020, "SH-2020", null, List.of("T1"),
                        List.of(new ImportDocument.Batch("T1", "b", T1)), List.of(), List.of(), List.of()))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class)
                .expectExceptionMessage(containsString("SH-2020"));
    }

    @Test
    void theSameNarrativeAgainThroughItsOwnCommandStoresNothing() {
        fixture.given(OPENED, new NarrativeReported(ID, SECTIONS, CLAIMS))
                .when(new finacct.submission.api.ReportNarrative(ID, null, SECTIONS, CLAIMS))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

}
