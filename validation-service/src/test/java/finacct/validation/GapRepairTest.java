package finacct.validation;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.SubmissionValidated;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A hole in a submission's stream on the topic, filled from submission-service's history or by the topic itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "finacct.mongodb.database=validation-gap-test")
class GapRepairTest extends ServiceTestSupport {

    @Test
    void aHoleIsFilledFromSubmissionServicesHistoryAndThenValidated() throws Exception {
        String id = "420112-GTJ:2020";
        List<EventEnvelope> history = stream(id);
        submissionService().serve(id, history);

        // the topic brings events 0 and 2 only: 1 and 3 are known to submission-service alone
        produce(history.get(0));
        produce(history.get(2));
        SubmissionValidated result = awaitResult(id, 3);

        // replayed in order: 1 reported 100 + 20, 2 withdrew the 20, 3 reported 30
        assertThat(cell(result, "T1", "27", "1").computed()).isEqualTo("130.00");
        assertThat(result.tables().get(0).cells()).extracting(RecomputedCell::row).doesNotContain("5");
        assertThat(eventLog.streamOf(id)).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L);
        assertThat(submissionService().callsFor(id)).isNotEmpty().allSatisfy(call -> {
            assertThat(call.path()).isEqualTo("/api/v1/departments/420112-GTJ/submissions/2020/history");
            // this service's own token from the issuer's token endpoint (client credentials), role service
            assertThat(call.authorization()).startsWith("Bearer ");
            assertThat(com.nimbusds.jwt.SignedJWT.parse(call.authorization().substring(7)).getJWTClaimsSet()
                    .getStringListClaim("roles")).containsExactly("service");
        });

        // the missing events come late from the topic too: duplicates, nothing new
        awaitSettled();
        int published = resultsOf(id).size();
        produce(history.get(1));
        produce(history.get(3));
        awaitSettled();
        assertThat(resultsOf(id)).hasSize(published);
        assertThat(resultsOf(id).get(published - 1).basedOnSequence()).isEqualTo(3);
    }

    @Test
    void aFailingHistoryCallIsRetriedWithBackoffUntilItAnswers() throws Exception {
        String id = "420112-ZJJ:2020";
        List<EventEnvelope> history = stream(id);
        submissionService().serve(id, history);
        submissionService().fail(id, 3);

        produce(history.get(0));
        produce(history.get(3));
        SubmissionValidated result = awaitResult(id, 3);

        assertThat(cell(result, "T1", "27", "1").computed()).isEqualTo("130.00");
        assertThat(submissionService().callsFor(id)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aHoleTheTopicFillsMeanwhileNeedsNoHistory() throws Exception {
        String id = "420112-JYJ:2020";
        List<EventEnvelope> history = stream(id);
        submissionService().fail(id, Integer.MAX_VALUE);

        produce(history.get(0));
        awaitResult(id, 0);
        produce(history.get(2));
        awaitConsumed();
        await().atMost(Duration.ofSeconds(30)).until(() -> submissionService().callsFor(id).size() >= 2);

        // held: nothing is published past the hole while submission-service cannot be read
        assertThat(resultsOf(id)).extracting(SubmissionValidated::basedOnSequence).containsOnly(0L);
        SubmissionValidated held = json.readValue(get("/api/v1/validation/420112-JYJ/2020", TOKEN).getBody(),
                SubmissionValidated.class);
        assertThat(held.basedOnSequence()).isZero();

        produce(history.get(1));
        SubmissionValidated filled = awaitResult(id, 2);
        assertThat(cell(filled, "T1", "27", "1").computed()).isEqualTo("100.00");
        assertThat(filled.tables().get(0).cells()).extracting(RecomputedCell::row).doesNotContain("5");

        // and the retries stop once the hole is filled
        awaitSettled();
        int calls = submissionService().callsFor(id).size();
        Thread.sleep(1_500);
        assertThat(submissionService().callsFor(id)).hasSize(calls);
    }

    /** Open; report 100 + 20; withdraw the 20; report 30. */
    private List<EventEnvelope> stream(String id) {
        return List.of(
                envelope(0, opened(id)),
                envelope(1, new FiguresReported(id, "b1", List.of(
                        new Figure("T1", "1", "1", "100.00", null), new Figure("T1", "5", "1", "20.00", null)))),
                envelope(2, new FiguresWithdrawn(id, "b2", List.of(new CellRef("T1", "5", "1")))),
                envelope(3, new FiguresReported(id, "b3", List.of(new Figure("T1", "2", "1", "30.00", null)))));
    }
}
