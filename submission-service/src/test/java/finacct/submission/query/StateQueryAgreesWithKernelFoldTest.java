package finacct.submission.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionReopened;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.fold.FoldedSubmission;
import finacct.kernel.fold.PublishedVersion;
import finacct.kernel.fold.ReviewEntry;
import finacct.kernel.fold.SubmissionFold;
import finacct.submission.api.SubmissionStatus;
import finacct.submission.outbox.EnvelopeFactory;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The state query a department reads and the envelopes validation and publication fold (the outbox's, made from the
 * same stored events) give the same submission: the kernel's fold is the only one.
 */
class StateQueryAgreesWithKernelFoldTest {

    private static final String ID = "420112-CZJ:2020";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private long sequence;

    @AfterEach
    void stop() {
        store.shutDown();
    }

    private void store(SubmissionEvent event, String actor) {
        store.publish(new GenericDomainEventMessage<>("FinalAccountsSubmission", ID, sequence++, event,
                MetaData.with("actor", actor)));
    }

    @Test
    void aNameLessCorrectionAndTheReviewReadAlikeInTheStateQueryAndOnTheTopic() {
        store(new SubmissionOpened(ID, "420112-CZJ", 2020, "MOF-2020", "万元"), "czj-officer");
        store(new FiguresReported(ID, "b1", List.of(new Figure("T3", "2010101", "1", "10.00", "行政运行"),
                new Figure("T1", "1", "1", "10.00", null))), "czj-officer");
        store(new SubmissionSubmitted(ID), "czj-officer");
        store(new SubmissionReturned(ID, List.of("表3 行政运行 应为 12.00")), "bureau-reviewer");
        // the department corrects the amount only, without the subject's name
        store(new FiguresReported(ID, "b2", List.of(new Figure("T3", "2010101", "1", "12.00", null))), "czj-officer");
        store(new SubmissionSubmitted(ID), "czj-officer");
        store(new SubmissionApproved(ID, 6, 5, "同意"), "bureau-reviewer");
        store(new SubmissionPublished(ID, 1), "bureau-reviewer");
        store(new SubmissionReopened(ID, "更正表1"), "czj-officer");

        SubmissionState state = new SubmissionReader(store, JSON).state(ID).orElseThrow();
        EnvelopeFactory outbox = new EnvelopeFactory(JSON);
        List<EventEnvelope> topic = store.readEvents(ID).asStream().map(outbox::envelope).toList();
        FoldedSubmission folded = SubmissionFold.fold(ID, topic);

        // what the department sees: the corrected amount under the name given first, in print order
        assertThat(state.cells()).extracting(SubmissionState.Cell::table, SubmissionState.Cell::row,
                SubmissionState.Cell::value, SubmissionState.Cell::name).containsExactly(
                tuple("T1", "1", "10.00", null), tuple("T3", "2010101", "12.00", "行政运行"));
        assertThat(state.cells()).extracting(SubmissionState.Cell::name).containsExactlyInAnyOrderElementsOf(
                folded.cells().stream().map(Figure::name).toList());
        assertThat(state.cells()).extracting(SubmissionState.Cell::value).containsExactlyInAnyOrderElementsOf(
                folded.cells().stream().map(Figure::value).toList());

        // reopened after its publication: a draft again, the published version still listed
        assertThat(state.status()).isEqualTo(SubmissionStatus.DRAFT).isEqualTo(SubmissionStatus.of(folded.status()));
        assertThat(state.version()).isEqualTo(9).isEqualTo(folded.version());
        assertThat(state.publishedVersion()).isEqualTo(1);
        assertThat(state.publishedVersions()).extracting(PublishedVersion::publishedVersion,
                PublishedVersion::submissionVersion, PublishedVersion::publishedBy)
                .containsExactly(tuple(1, 6L, "bureau-reviewer"));
        assertThat(state.reviewHistory()).extracting(ReviewEntry::type, ReviewEntry::actor).containsExactly(
                tuple("SubmissionSubmitted", "czj-officer"), tuple("SubmissionReturned", "bureau-reviewer"),
                tuple("SubmissionSubmitted", "czj-officer"), tuple("SubmissionApproved", "bureau-reviewer"),
                tuple("SubmissionPublished", "bureau-reviewer"), tuple("SubmissionReopened", "czj-officer"));
        assertThat(state.reviewHistory().get(1).reasons()).containsExactly("表3 行政运行 应为 12.00");
        // the approval names the version it approved, the one made public
        assertThat(state.reviewHistory().get(3).version()).isEqualTo(6);
        // the same steps, at the same moments, as the topic's readers fold them
        assertThat(state.reviewHistory()).isEqualTo(folded.reviewHistory());
        assertThat(state.publishedVersions()).isEqualTo(folded.publishedVersions());
    }
}
