package finacct.submission.command;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.submission.api.CommandOutcome;
import finacct.submission.api.FieldError;
import finacct.submission.api.InputRejectedException;
import finacct.submission.api.OpenSubmission;
import finacct.submission.api.ReportFigures;
import finacct.submission.api.StaleVersionException;
import finacct.submission.api.SubmissionConflictException;
import finacct.submission.api.SubmitSubmission;
import finacct.submission.api.WithdrawFigures;
import finacct.submission.api.WithdrawSubmission;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.containsString;

class FinalAccountsSubmissionTest {

    private static final String DEPT = "420112-CZJ";
    private static final String ID = DEPT + ":2020";
    private static final SubmissionOpened OPENED = new SubmissionOpened(ID, DEPT, 2020, "MOF-2020", "万元");
    private static final List<Figure> TWO_CELLS = List.of(
            new Figure("T1", "1", "1", "523.18", null),
            new Figure("T3", "2010350", "1", "452.60", "事业运行"));
    private static final FiguresReported FIRST_BATCH = new FiguresReported(ID, "b1", TWO_CELLS);

    private FixtureConfiguration<FinalAccountsSubmission> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FinalAccountsSubmission.class);
        fixture.registerInjectableResource(DepartmentRegistry.loadDefault());
    }

    @Test
    void opensWithTheYearsDefaultTemplateAndUnit() {
        fixture.givenNoPriorActivity()
                .when(OpenSubmission.of(DEPT, 2020, null, null))
                .expectEvents(OPENED)
                .expectResultMessagePayload(new CommandOutcome(ID, 1, true));
    }

    @Test
    void refusesToOpenTwice() {
        fixture.given(OPENED)
                .when(OpenSubmission.of(DEPT, 2020, null, null))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class)
                .expectExceptionMessage(containsString("已开立"));
    }

    @Test
    void refusesAnUnknownDepartmentNamingIt() {
        fixture.givenNoPriorActivity()
                .when(OpenSubmission.of("420112-NOPE", 2020, null, null))
                .expectNoEvents()
                .expectException(rejectedNaming("departmentCode"))
                .expectExceptionMessage(containsString("420112-NOPE"));
    }

    @Test
    void refusesAYearWithoutTemplate() {
        fixture.givenNoPriorActivity()
                .when(OpenSubmission.of(DEPT, 2019, null, null))
                .expectNoEvents()
                .expectException(rejectedNaming("fiscalYear"));
    }

    @Test
    void refusesAUnitOtherThanTheTemplates() {
        fixture.givenNoPriorActivity()
                .when(OpenSubmission.of(DEPT, 2020, "MOF-2020", "元"))
                .expectNoEvents()
                .expectException(rejectedNaming("unit"));
    }

    @Test
    void reportsABatchOfCells() {
        fixture.given(OPENED)
                .when(new ReportFigures(ID, "b1", null, TWO_CELLS))
                .expectEvents(FIRST_BATCH)
                .expectResultMessagePayload(new CommandOutcome(ID, 2, true));
    }

    @Test
    void aRetriedBatchStoresNothing() {
        fixture.given(OPENED, FIRST_BATCH)
                .when(new ReportFigures(ID, "b1", 1L, TWO_CELLS)) // even with the version it was first sent with
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(ID, 2, false));
    }

    @Test
    void rejectsTheWholeBatchNamingEveryBadCell() {
        List<Figure> batch = List.of(
                new Figure("T1", "1", "1", "523.18", null),       // fine
                new Figure("T10", "1", "1", "1.00", null),        // no such table
                new Figure("T1", "99", "1", "1.00", null),        // T1 has lines 1–60
                new Figure("T1", "1", "2", "1.00", null),         // income line 1 has only column 1
                new Figure("T1", "2", "1", "abc", null),          // not a number
                new Figure("T1", "3", "1", "1.234", null),        // 3 decimals, the template allows 2
                new Figure("T3", "20103", "1", "5.00", null),
                new Figure("T3", "20103", "1", "6.00", null));    // same cell twice in one batch
        fixture.given(OPENED)
                .when(new ReportFigures(ID, "b2", null, batch))
                .expectNoEvents()
                .expectException(rejectedNaming("figures[1].table", "figures[2].row", "figures[3].column",
                        "figures[4].value", "figures[5].value", "figures[7]"))
                .expectExceptionMessage(containsString("整批未保存"));
    }

    @Test
    void rejectsAnEmptyBatchAndOneOverFiveThousandCells() {
        List<Figure> tooMany = IntStream.range(0, 5001)
                .mapToObj(i -> new Figure("T3", String.valueOf(2010101 + i), "1", "1.00", null)).toList();
        fixture.given(OPENED)
                .when(new ReportFigures(ID, "b3", null, tooMany))
                .expectNoEvents()
                .expectException(rejectedNaming("figures"));
        fixture.given(OPENED)
                .when(new ReportFigures(ID, "b4", null, List.of()))
                .expectNoEvents()
                .expectException(rejectedNaming("figures"));
    }

    @Test
    void aStaleExpectedVersionIsAConflict() {
        fixture.given(OPENED, FIRST_BATCH)
                .when(new ReportFigures(ID, "b2", 1L, TWO_CELLS))
                .expectNoEvents()
                .expectException(StaleVersionException.class)
                .expectExceptionMessage(containsString("当前为第 2 版"));
    }

    @Test
    void theCurrentExpectedVersionIsAccepted() {
        fixture.given(OPENED, FIRST_BATCH)
                .when(new ReportFigures(ID, "b2", 2L, TWO_CELLS))
                .expectEvents(new FiguresReported(ID, "b2", TWO_CELLS))
                .expectResultMessagePayload(new CommandOutcome(ID, 3, true));
    }

    @Test
    void withdrawsOnlyCellsThatWereReported() {
        fixture.given(OPENED, FIRST_BATCH)
                .when(new WithdrawFigures(ID, "w1", null, List.of(new CellRef("T1", "1", "1"))))
                .expectEvents(new FiguresWithdrawn(ID, "w1", List.of(new CellRef("T1", "1", "1"))));
        fixture.given(OPENED, FIRST_BATCH)
                .when(new WithdrawFigures(ID, "w1", null, List.of(new CellRef("T1", "5", "1"))))
                .expectNoEvents()
                .expectException(rejectedNaming("cells[0]"));
    }

    @Test
    void submitsAndWithdraws() {
        fixture.given(OPENED, FIRST_BATCH)
                .when(new SubmitSubmission(ID, 2L))
                .expectEvents(new SubmissionSubmitted(ID))
                .expectResultMessagePayload(new CommandOutcome(ID, 3, true));
        fixture.given(OPENED, FIRST_BATCH, new SubmissionSubmitted(ID))
                .when(new WithdrawSubmission(ID, null, "补充表7"))
                .expectEvents(new SubmissionWithdrawn(ID, "补充表7"));
    }

    @Test
    void aSubmittedSubmissionCannotBeChangedOrSubmittedAgain() {
        fixture.given(OPENED, FIRST_BATCH, new SubmissionSubmitted(ID))
                .when(new ReportFigures(ID, "b2", null, TWO_CELLS))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
        fixture.given(OPENED, FIRST_BATCH, new SubmissionSubmitted(ID))
                .when(new SubmitSubmission(ID, null))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
    }

    @Test
    void onlyASubmittedSubmissionCanBeWithdrawnAndAnEmptyOneNotSubmitted() {
        fixture.given(OPENED, FIRST_BATCH)
                .when(new WithdrawSubmission(ID, null, null))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
        fixture.given(OPENED)
                .when(new SubmitSubmission(ID, null))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class)
                .expectExceptionMessage(containsString("尚未填报"));
    }

    /** The rejection names exactly these fields, in this order. */
    private static Matcher<InputRejectedException> rejectedNaming(String... fields) {
        List<String> expected = List.of(fields);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InputRejectedException e) {
                return fieldsOf(e).equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("input rejected naming ").appendValue(expected);
            }

            @Override
            protected void describeMismatchSafely(InputRejectedException e, Description description) {
                description.appendText("named ").appendValue(e.errors());
            }
        };
    }

    private static List<String> fieldsOf(InputRejectedException e) {
        List<String> fields = new ArrayList<>();
        for (FieldError error : e.errors()) {
            fields.add(error.field());
        }
        return fields;
    }
}
