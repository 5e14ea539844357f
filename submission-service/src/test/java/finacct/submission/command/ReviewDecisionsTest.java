package finacct.submission.command;

import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionReopened;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.submission.api.ApprovalRefusedException;
import finacct.submission.api.ApproveSubmission;
import finacct.submission.api.CommandOutcome;
import finacct.submission.api.InputRejectedException;
import finacct.submission.api.PublishSubmission;
import finacct.submission.api.ReopenSubmission;
import finacct.submission.api.ReportFigures;
import finacct.submission.api.ReturnSubmission;
import finacct.submission.api.StaleVersionException;
import finacct.submission.api.SubmissionConflictException;
import finacct.submission.api.SubmitSubmission;
import finacct.submission.api.WithdrawSubmission;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

/** Every decision of the review workflow, on the aggregate alone: what is stored, and what is refused with nothing stored. */
class ReviewDecisionsTest {

    private static final String DEPT = "420112-CZJ";
    private static final String ID = DEPT + ":2020";
    private static final SubmissionOpened OPENED = new SubmissionOpened(ID, DEPT, 2020, "MOF-2020", "万元");
    private static final FiguresReported BATCH = new FiguresReported(ID, "b1",
            List.of(new Figure("T1", "1", "1", "523.18", null)));
    private static final SubmissionSubmitted SUBMITTED = new SubmissionSubmitted(ID);
    /** OPENED, BATCH, SUBMITTED: version 3, whose validation is based on event 2. */
    private static final long V = 3;
    private static final Finding ERROR = new Finding("T1-27", Severity.ERROR, "表1 第27行应等于第1至8行之和",
            List.of(new FindingCell("T1", "27", "1", "186.45"), new FindingCell("T1", "1", "1", "162.05")),
            "1864.45", "186.45", "-1678.00");

    private FixtureConfiguration<FinalAccountsSubmission> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FinalAccountsSubmission.class);
        fixture.registerInjectableResource(DepartmentRegistry.loadDefault());
    }

    @Test
    void approvesTheSubmittedVersionOnItsOwnCleanValidation() {
        fixture.given(OPENED, BATCH, SUBMITTED)
                .when(new ApproveSubmission(ID, V, V - 1, List.of(), "  数据无误  "))
                .expectEvents(new SubmissionApproved(ID, V, V - 1, "数据无误"))
                .expectResultMessagePayload(new CommandOutcome(ID, V + 1, true));
    }

    @Test
    void refusesToApproveOverErrorsNamingThem() {
        fixture.given(OPENED, BATCH, SUBMITTED)
                .when(new ApproveSubmission(ID, V, V - 1, List.of(ERROR), null))
                .expectNoEvents()
                .expectException(allOf(instanceOf(ApprovalRefusedException.class),
                        hasProperty("message", allOf(containsString("1 处错误"), containsString("T1-27"))),
                        refusalNaming(List.of(ERROR))));
    }

    @Test
    void refusesToApproveAStaleVersion() {
        fixture.given(OPENED, BATCH, SUBMITTED)
                .when(new ApproveSubmission(ID, V - 1, V - 2, List.of(), null))
                .expectNoEvents()
                .expectException(StaleVersionException.class)
                .expectExceptionMessage("审核的是第 2 版，但该决算已改为第 3 版，请重新查看后再审核");
    }

    @Test
    void refusesToApproveOnTheValidationOfAnEarlierVersion() {
        fixture.given(OPENED, BATCH, SUBMITTED)
                .when(new ApproveSubmission(ID, V, V - 2, List.of(), null))
                .expectNoEvents()
                .expectException(ApprovalRefusedException.class)
                .expectExceptionMessage(containsString("针对第 2 版，不是审核的第 3 版"));
    }

    @Test
    void refusesToApproveWithoutAnyValidation() {
        fixture.given(OPENED, BATCH, SUBMITTED)
                .when(new ApproveSubmission(ID, V, null, List.of(), null))
                .expectNoEvents()
                .expectException(ApprovalRefusedException.class)
                .expectExceptionMessage(containsString("还没有校验结果"));
    }

    @Test
    void anApprovalMustNameItsVersion() {
        fixture.given(OPENED, BATCH, SUBMITTED)
                .when(new ApproveSubmission(ID, null, V - 1, List.of(), null))
                .expectNoEvents()
                .expectException(InputRejectedException.class);
    }

    @Test
    void refusesToApproveADraftOrAnApprovedOne() {
        fixture.given(OPENED, BATCH)
                .when(new ApproveSubmission(ID, 2L, 1L, List.of(), null))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class)
                .expectExceptionMessage(containsString("草稿"));
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null))
                .when(new ApproveSubmission(ID, V + 1, V, List.of(), null))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
    }

    @Test
    void returnsWithTheReviewersReasons() {
        fixture.given(OPENED, BATCH, SUBMITTED)
                .when(new ReturnSubmission(ID, V, List.of(" 表1第27行合计有误 ", "情况说明缺少三公经费")))
                .expectEvents(new SubmissionReturned(ID, List.of("表1第27行合计有误", "情况说明缺少三公经费")))
                .expectResultMessagePayload(new CommandOutcome(ID, V + 1, true));
    }

    @Test
    void returnsAnApprovedOneNotYetPublished() {
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null))
                .when(new ReturnSubmission(ID, V + 1, List.of("审核后发现表3科目名称有误")))
                .expectEvents(new SubmissionReturned(ID, List.of("审核后发现表3科目名称有误")));
    }

    @Test
    void aReturnNeedsANonBlankReason() {
        fixture.given(OPENED, BATCH, SUBMITTED)
                .when(new ReturnSubmission(ID, V, List.of()))
                .expectNoEvents()
                .expectException(allOf(instanceOf(InputRejectedException.class),
                        hasProperty("message", containsString("退回原因"))));
        fixture.given(OPENED, BATCH, SUBMITTED)
                .when(new ReturnSubmission(ID, V, List.of("表1有误", "  ")))
                .expectNoEvents()
                .expectException(InputRejectedException.class)
                .expectExceptionMessage(containsString("reasons[1]"));
    }

    @Test
    void refusesToReturnADraftOrAPublishedOne() {
        fixture.given(OPENED, BATCH)
                .when(new ReturnSubmission(ID, 2L, List.of("有误")))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null),
                        new SubmissionPublished(ID, 1))
                .when(new ReturnSubmission(ID, V + 2, List.of("有误")))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
    }

    @Test
    void aReturnedOneIsEditedAndSubmittedAgain() {
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionReturned(ID, List.of("有误")))
                .when(new ReportFigures(ID, "b2", V + 1, List.of(new Figure("T1", "1", "1", "523.19", null))))
                .expectEvents(new FiguresReported(ID, "b2", List.of(new Figure("T1", "1", "1", "523.19", null))));
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionReturned(ID, List.of("有误")))
                .when(new SubmitSubmission(ID, V + 1))
                .expectEvents(new SubmissionSubmitted(ID));
    }

    @Test
    void publishesOnlyAnApprovedOne() {
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null))
                .when(new PublishSubmission(ID, V + 1))
                .expectEvents(new SubmissionPublished(ID, 1))
                .expectResultMessagePayload(new CommandOutcome(ID, V + 2, true));
        fixture.given(OPENED, BATCH, SUBMITTED)
                .when(new PublishSubmission(ID, V))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class)
                .expectExceptionMessage(containsString("只有已审核通过（APPROVED）的决算可以公开"));
    }

    @Test
    void refusesToPublishAStaleVersion() {
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null))
                .when(new PublishSubmission(ID, V))
                .expectNoEvents()
                .expectException(StaleVersionException.class);
    }

    @Test
    void aPublishedOneIsNeitherEditedNorWithdrawn() {
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null),
                        new SubmissionPublished(ID, 1))
                .when(new ReportFigures(ID, "b2", null, List.of(new Figure("T1", "1", "1", "1.00", null))))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null),
                        new SubmissionPublished(ID, 1))
                .when(new WithdrawSubmission(ID, null, null))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
    }

    @Test
    void theDepartmentReopensAPublishedOneWithAReason() {
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null),
                        new SubmissionPublished(ID, 1))
                .when(new ReopenSubmission(ID, V + 2, "表1第1行录入错误"))
                .expectEvents(new SubmissionReopened(ID, "表1第1行录入错误"))
                .expectResultMessagePayload(new CommandOutcome(ID, V + 3, true));
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null),
                        new SubmissionPublished(ID, 1))
                .when(new ReopenSubmission(ID, null, " "))
                .expectNoEvents()
                .expectException(InputRejectedException.class);
    }

    @Test
    void onlyAPublishedOneIsReopened() {
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null))
                .when(new ReopenSubmission(ID, null, "更正"))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null),
                        new SubmissionPublished(ID, 1))
                .when(new ReopenSubmission(ID, V, "更正"))
                .expectNoEvents()
                .expectException(StaleVersionException.class);
    }

    @Test
    void aCorrectionAfterPublicationIsPublishedAsVersionTwo() {
        // published as 1 (events 0–4), reopened (5), corrected (6), submitted (7): version 8, validated on event 7
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionApproved(ID, V, V - 1, null),
                        new SubmissionPublished(ID, 1), new SubmissionReopened(ID, "更正"),
                        new FiguresReported(ID, "b2", List.of(new Figure("T1", "1", "1", "523.19", null))),
                        new SubmissionSubmitted(ID), new SubmissionApproved(ID, 8, 7, null))
                .when(new PublishSubmission(ID, 9L))
                .expectEvents(new SubmissionPublished(ID, 2));
    }

    @Test
    void theSameDecisionSentAgainStoresNothing() {
        SubmissionApproved approved = new SubmissionApproved(ID, V, V - 1, null);
        fixture.given(OPENED, BATCH, SUBMITTED, approved)
                .when(new ApproveSubmission(ID, V, V - 1, List.of(), null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(ID, V + 1, false));
        fixture.given(OPENED, BATCH, SUBMITTED, approved, new SubmissionPublished(ID, 1))
                .when(new PublishSubmission(ID, V + 1))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(ID, V + 2, false));
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionReturned(ID, List.of("有误")))
                .when(new ReturnSubmission(ID, V, List.of("有误 ")))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(ID, V + 1, false));
        // other reasons on the version returned are a decision on a stale version
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionReturned(ID, List.of("有误")))
                .when(new ReturnSubmission(ID, V, List.of("另一原因")))
                .expectNoEvents()
                .expectException(StaleVersionException.class);
        // once anything happened after it, the old decision is stale, not a retry
        fixture.given(OPENED, BATCH, SUBMITTED, approved, new SubmissionPublished(ID, 1))
                .when(new ApproveSubmission(ID, V, V - 1, List.of(), null))
                .expectNoEvents()
                .expectException(StaleVersionException.class);
    }

    @Test
    void aWithdrawnSubmissionIsNotApproved() {
        fixture.given(OPENED, BATCH, SUBMITTED, new SubmissionWithdrawn(ID, null))
                .when(new ApproveSubmission(ID, V + 1, V, List.of(), null))
                .expectNoEvents()
                .expectException(SubmissionConflictException.class);
    }

    private static Matcher<Object> refusalNaming(List<Finding> findings) {
        return new FeatureMatcher<>(equalTo(findings), "refusal naming", "findings") {
            @Override
            protected List<Finding> featureValueOf(Object refusal) {
                return refusal instanceof ApprovalRefusedException e ? e.findings() : null;
            }
        };
    }
}
