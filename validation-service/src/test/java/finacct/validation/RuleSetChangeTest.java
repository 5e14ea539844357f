package finacct.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.SubmissionValidated;
import finacct.service.testing.TestInfra;
import finacct.validation.pipeline.RuleSetVersions;
import finacct.validation.store.EventLog;
import finacct.validation.store.ValidationResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new rule set: results made by an older one are replaced on start, and {@code POST …/revalidations}
 * validates every stored submission again, publishing where the result changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "finacct.mongodb.database=" + RuleSetChangeTest.DATABASE)
class RuleSetChangeTest extends ServiceTestSupport {

    static final String DATABASE = "validation-ruleset-test";
    /** The rule set this build ships; rule authors bump it, so it is read, not written here. */
    static final String CURRENT = RuleSetVersions.current("MOF-2020").orElseThrow();
    static final String OLDER = "MOF-2020/0";
    /** Validated by the rule set before the deployed one. */
    static final String STALE = "420112-GHJ:2020";
    /** Stored, but its validation was lost to a restart. */
    static final String UNVALIDATED = "420112-SWJ:2020";
    private static boolean seeded;

    @Autowired
    ValidationResults results;

    /** Runs before the context starts: the database as an earlier deployment left it. */
    @DynamicPropertySource
    static synchronized void earlierDeployment(DynamicPropertyRegistry registry) {
        if (seeded) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        try (MongoClient client = MongoClients.create(TestInfra.mongoUri())) {
            MongoDatabase database = client.getDatabase(DATABASE);
            EventLog events = new EventLog(database, json);
            for (String id : List.of(STALE, UNVALIDATED)) {
                events.append(stored(json, 0, opened(id)), EventLog.Origin.TOPIC);
                events.append(stored(json, 1, new FiguresReported(id, "b1",
                        List.of(new Figure("T1", "1", "1", "40.00", null)))), EventLog.Origin.TOPIC);
            }
            new ValidationResults(database, json).save(olderResult(STALE), "made-by-the-older-rules");
        }
        seeded = true;
    }

    @Test
    void onStartResultsOfAnOlderRuleSetAndMissingResultsAreMade() {
        SubmissionValidated revalidated = awaitResult(STALE, r -> CURRENT.equals(r.ruleSetVersion()));
        assertThat(revalidated.basedOnSequence()).isEqualTo(1);
        assertThat(cell(revalidated, "T1", "27", "1").computed()).isEqualTo("40.00");

        SubmissionValidated made = awaitResult(UNVALIDATED, 1);
        assertThat(made.ruleSetVersion()).isEqualTo(CURRENT);
    }

    @Test
    void revalidationPublishesWhereTheResultChangedWithTheCurrentRuleSet() throws Exception {
        awaitResult(STALE, r -> CURRENT.equals(r.ruleSetVersion()));
        awaitResult(UNVALIDATED, 1);
        awaitSettled();
        // as if STALE's result had been made by the older rules again: it is the one that must change
        results.save(olderResult(STALE), "made-by-the-older-rules");
        int staleBefore = resultsOf(STALE).size();
        int unvalidatedBefore = resultsOf(UNVALIDATED).size();

        ResponseEntity<String> accepted = post("/api/v1/validation/revalidations", TOKEN);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode run = json.readTree(accepted.getBody());
        assertThat(run.path("submissions").asInt()).isEqualTo(2);
        assertThat(run.path("ruleSetVersions").path("MOF-2020").asText()).isEqualTo(CURRENT);
        String location = accepted.getHeaders().getLocation().toString();
        assertThat(location).isEqualTo("/api/v1/validation/revalidations/" + run.path("id").asText());

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> "FINISHED".equals(json.readTree(get(location, TOKEN).getBody()).path("state").asText()));
        JsonNode finished = json.readTree(get(location, TOKEN).getBody());
        assertThat(finished.path("done").asInt()).isEqualTo(2);
        assertThat(finished.path("published").asInt()).isEqualTo(1);
        assertThat(finished.path("unchanged").asInt()).isEqualTo(1);

        List<SubmissionValidated> stale = resultsOf(STALE);
        assertThat(stale).hasSize(staleBefore + 1);
        assertThat(stale.get(stale.size() - 1).ruleSetVersion()).isEqualTo(CURRENT);
        assertThat(stale.get(stale.size() - 1).basedOnSequence()).isEqualTo(1);
        assertThat(resultsOf(UNVALIDATED)).hasSize(unvalidatedBefore);
        assertThat(results.published(STALE).orElseThrow().ruleSetVersion()).isEqualTo(CURRENT);

        ResponseEntity<String> unknown = get("/api/v1/validation/revalidations/no-such-run", TOKEN);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).path("detail").asText()).contains("重新审核");
    }

    private static SubmissionValidated olderResult(String id) {
        return new SubmissionValidated(id, id.substring(0, id.indexOf(':')), 2020, "MOF-2020", 1, "DRAFT", OLDER,
                "2021-01-01T00:00:00Z", List.of(), List.of(), FindingCounts.of(List.of()));
    }

    private static EventEnvelope stored(ObjectMapper json, long sequence, SubmissionEvent event) {
        return new EventEnvelope("seed-" + event.submissionId() + "-" + sequence, EventTypes.nameOf(event.getClass()),
                EventTypes.SCHEMA_VERSION, event.submissionId(), sequence, "2021-01-01T00:00:0" + sequence + "Z",
                "tester", json.valueToTree(event));
    }
}
