package finacct.kernel.fold;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionReopened;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every reader of a submission's stream relies on: one life of a submission through every event
 * type — corrections, a withdrawal of cells and of the submission, a return, approval, publication, a reopening
 * and a second publication — and what the fold shows after each step that matters.
 */
class SubmissionFoldContractTest {

    private static final String ID = "420112-TEST:2020";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<EventEnvelope> stream = new ArrayList<>();

    private void add(SubmissionEvent event, String actor) {
        long sequence = stream.size();
        stream.add(new EventEnvelope("e" + sequence, EventTypes.nameOf(event.getClass()), EventTypes.SCHEMA_VERSION,
                ID, sequence, "2021-03-01T08:00:%02dZ".formatted(sequence), actor, JSON.valueToTree(event)));
    }

    private FoldedSubmission upTo(int version) {
        return SubmissionFold.fold(ID, stream.subList(0, version));
    }

    private static PerformanceEvaluationReported evaluation(String id, String executed) {
        return new PerformanceEvaluationReported(ID, id, "project", "网格化平台运维", "100.00", executed, "95.0", "10",
                "9.5", List.of(new Indicator("产出指标", "数量指标", "运维系统数", "3", "3", "10", "10")), "95");
    }

    @Test
    void oneLifeThroughEveryEventType() {
        add(new SubmissionOpened(ID, "420112-TEST", 2020, "MOF-2020", "万元"), "dept");            // 0
        add(new FiguresReported(ID, "b1", List.of(
                new Figure("T1", "1", "1", "100.00", null),
                new Figure("T3", "201", "1", "80.00", "一般公共服务支出"),
                new Figure("T3", "20103", "1", "80.00", "政府办公厅（室）及相关机构事务"))), "dept");     // 1
        add(new FiguresReported(ID, "b2", List.of(
                new Figure("T3", "201", "1", "85.00", null),
                new Figure("T3", "20103", "1", "85.00", " "))), "dept");                                // 2
        add(new FiguresWithdrawn(ID, "w1", List.of(new CellRef("T1", "1", "1"))), "dept");          // 3
        add(new NarrativeReported(ID, List.of(new NarrativeSection("s1", "收入支出决算总体情况", "旧的说明")),
                List.of()), "dept");                                                                    // 4
        add(new NarrativeReported(ID, List.of(new NarrativeSection("s1", "收入支出决算总体情况", "收入 85 万元")),
                List.of(new NarrativeClaim("c1", "s1", "amount", "income.total", null, "85.00", "万元",
                        "收入 85 万元"))), "dept");                                                        // 5
        add(evaluation("p1", "90.00"), "dept");                                                         // 6
        add(evaluation("p1", "95.00"), "dept");                                                         // 7
        add(new SubmissionSubmitted(ID), "dept");                                                       // 8
        add(new SubmissionWithdrawn(ID, "还要改"), "dept");                                             // 9
        add(new SubmissionSubmitted(ID), "dept");                                                       // 10
        add(new SubmissionReturned(ID, List.of("表3 与表1 不符")), "bureau");                             // 11
        add(new FiguresReported(ID, "b3", List.of(new Figure("T1", "1", "1", "85.00", null))), "dept");  // 12
        add(new SubmissionSubmitted(ID), "dept");                                                       // 13
        add(new SubmissionApproved(ID, 14, 13, "同意"), "bureau");                                      // 14
        add(new SubmissionPublished(ID, 1), "bureau");                                                  // 15
        add(new SubmissionReopened(ID, "更正表3"), "dept");                                             // 16
        add(new FiguresReported(ID, "b4", List.of(new Figure("T3", "201", "1", "86.00", null))), "dept"); // 17
        add(new SubmissionSubmitted(ID), "dept");                                                       // 18
        add(new SubmissionApproved(ID, 19, 18, null), "bureau");                                        // 19
        add(new SubmissionPublished(ID, 2), "bureau");                                                  // 20

        // the stream above uses every type of the contract: a new type must be added here and to the fold
        Set<String> used = stream.stream().map(EventEnvelope::type).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrderElementsOf(
                EventTypes.all().stream().map(EventTypes::nameOf).toList());

        FoldedSubmission opened = upTo(1);
        assertThat(opened.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(opened.templateVersion()).isEqualTo("MOF-2020");
        assertThat(opened.unit()).isEqualTo("万元");
        assertThat(opened.version()).isEqualTo(1);

        // a correction without a name (absent or blank) keeps the name stated earlier
        FoldedSubmission corrected = upTo(3);
        assertThat(corrected.cells()).containsExactly(
                new Figure("T1", "1", "1", "100.00", null),
                new Figure("T3", "201", "1", "85.00", "一般公共服务支出"),
                new Figure("T3", "20103", "1", "85.00", "政府办公厅（室）及相关机构事务"));

        // a withdrawn cell is gone; the latest narrative replaces the earlier; an evaluation replaces its namesake
        FoldedSubmission drafted = upTo(8);
        assertThat(drafted.cells()).extracting(Figure::cell)
                .containsExactly(new CellRef("T3", "201", "1"), new CellRef("T3", "20103", "1"));
        assertThat(drafted.narrative().sections()).extracting(NarrativeSection::text).containsExactly("收入 85 万元");
        assertThat(drafted.narrative().claims()).extracting(NarrativeClaim::value).containsExactly("85.00");
        assertThat(drafted.evaluations()).extracting(PerformanceEvaluationReported::executed).containsExactly("95.00");
        assertThat(drafted.reviewHistory()).isEmpty();

        assertThat(upTo(9).status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(upTo(10).status()).isEqualTo(SubmissionStatus.DRAFT);
        FoldedSubmission returned = upTo(12);
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.reviewHistory().get(returned.reviewHistory().size() - 1))
                .isEqualTo(new ReviewEntry(11, "SubmissionReturned", "2021-03-01T08:00:11Z", "bureau", 11, null,
                        List.of("表3 与表1 不符"), null, null));

        FoldedSubmission published = upTo(16);
        assertThat(published.status()).isEqualTo(SubmissionStatus.PUBLISHED);
        assertThat(published.publishedVersion()).isEqualTo(1);
        assertThat(published.publishedVersions()).containsExactly(
                new PublishedVersion(1, 14, "2021-03-01T08:00:15Z", "bureau"));
        // a withdrawn cell reported again without a name starts afresh
        assertThat(published.cells()).contains(new Figure("T1", "1", "1", "85.00", null));

        FoldedSubmission reopened = upTo(17);
        assertThat(reopened.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(reopened.publishedVersions()).hasSize(1);

        FoldedSubmission end = upTo(21);
        assertThat(end.status()).isEqualTo(SubmissionStatus.PUBLISHED);
        assertThat(end.version()).isEqualTo(21);
        assertThat(end.lastSequence()).isEqualTo(20);
        assertThat(end.publishedVersion()).isEqualTo(2);
        assertThat(end.publishedVersions()).extracting(PublishedVersion::publishedVersion,
                PublishedVersion::submissionVersion).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 14L), org.assertj.core.groups.Tuple.tuple(2, 19L));
        // what was published is what was approved: folding that many events gives the published document
        assertThat(upTo(14).cells()).isEqualTo(published.cells());
        assertThat(end.cells()).contains(new Figure("T3", "201", "1", "86.00", "一般公共服务支出"));
        assertThat(end.reviewHistory()).extracting(ReviewEntry::type).containsExactly(
                "SubmissionSubmitted", "SubmissionWithdrawn", "SubmissionSubmitted", "SubmissionReturned",
                "SubmissionSubmitted", "SubmissionApproved", "SubmissionPublished", "SubmissionReopened",
                "SubmissionSubmitted", "SubmissionApproved", "SubmissionPublished");
        // a step names the version it acted on: the approval the version it approved
        assertThat(end.reviewHistory().get(5)).extracting(ReviewEntry::actor, ReviewEntry::comment,
                ReviewEntry::approvedVersion, ReviewEntry::version).containsExactly("bureau", "同意", 14L, 14L);
        assertThat(end.reviewHistory().get(7).comment()).isEqualTo("更正表3");

        // carrying on from a stored result is the same as folding the whole stream at once
        SubmissionFold resumed = SubmissionFold.resume(upTo(11));
        stream.subList(11, 21).forEach(resumed::apply);
        assertThat(resumed.result()).isEqualTo(end);
    }

    @Test
    void aPublicationWithoutAnApprovalJustBeforeItPublishesTheEventsBeforeIt() {
        add(new SubmissionOpened(ID, "420112-TEST", 2020, "MOF-2020", "万元"), "dept");             // 0
        add(new SubmissionSubmitted(ID), "dept");                                                       // 1
        add(new SubmissionApproved(ID, 2, 1, null), "bureau");                                          // 2
        add(new SubmissionPublished(ID, 1), "bureau");                                                  // 3
        add(new SubmissionReopened(ID, "更正"), "dept");                                                // 4
        add(new SubmissionPublished(ID, 2), "bureau");                                                  // 5: no approval in front

        assertThat(SubmissionFold.fold(ID, stream).publishedVersions()).extracting(PublishedVersion::submissionVersion)
                .containsExactly(2L, 5L);
    }

    @Test
    void anUnreadableEventCountsInTheVersionAndChangesNothingElse() {
        add(new SubmissionOpened(ID, "420112-TEST", 2020, "MOF-2020", "万元"), "dept");
        stream.add(new EventEnvelope("e1", "SomethingNewer", 1, ID, 1, "2021-03-01T08:00:01Z", "dept",
                JSON.createObjectNode().put("x", 1)));
        add(new SubmissionSubmitted(ID), "dept");

        FoldedSubmission folded = SubmissionFold.fold(ID, List.of(stream.get(2), stream.get(0), stream.get(1)));

        assertThat(folded.version()).isEqualTo(3);
        assertThat(folded.unreadableSequences()).containsExactly(1L);
        assertThat(folded.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(folded.cells()).isEmpty();
    }

    @Test
    void aStreamWithoutItsOpeningStillSaysWhoseItIs() {
        stream.add(new EventEnvelope("e0", "FiguresReported", 1, ID, 0, "2021-03-01T08:00:00Z", "dept",
                JSON.valueToTree(new FiguresReported(ID, "b", List.of(new Figure("T1", "1", "1", "1.00", null))))));

        FoldedSubmission folded = SubmissionFold.fold(ID, stream);

        assertThat(folded.opened()).isFalse();
        assertThat(folded.status()).isEqualTo(SubmissionStatus.UNKNOWN);
        assertThat(folded.departmentCode()).isEqualTo("420112-TEST");
        assertThat(folded.fiscalYear()).isEqualTo(2020);
    }
}
