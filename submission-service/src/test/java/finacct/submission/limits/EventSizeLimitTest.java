package finacct.submission.limits;

import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.SubmissionIds;
import finacct.submission.outbox.SetAsideEvents;
import finacct.submission.support.Api;
import finacct.submission.support.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static finacct.submission.support.TopicReader.firstSeen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event larger than the topic accepts must neither be stored from a request nor, once stored, stall the
 * forwarder for every department.
 */
class EventSizeLimitTest extends LimitsContext {

    @Autowired
    SetAsideEvents setAside;
    @Autowired
    MeterRegistry meters;

    @Test
    void aNarrativeOfTwelveMegabytesIsRefusedWith413AndNothingIsStored() {
        String base = Api.base("420112-SFJ", YEAR);
        assertThat(api.post(base, null).status()).isEqualTo(201);
        String huge = narrative(40, 99_000); // 40 × 99,000 × 3 bytes: 11.9 MB of UTF-8
        assertThat(huge.length()).isGreaterThan(3_960_000);

        Api.Response refused = api.put(base + "/narrative", huge);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText())
                .startsWith("情况说明约 11.3 MB，超过单项 7.0 MB 的上限，未保存");
        assertThat(refused.errorFields()).containsExactly("body");
        Api.Response history = api.get(base + "/history");
        assertThat(history.json().path("events")).hasSize(1);
    }

    @Test
    void aStoredEventKafkaRefusesIsSetAsideAndEveryDepartmentsEventsGoOn() {
        String stuck = Api.base("420112-DSJZX", YEAR);
        String other = Api.base("420112-TJJ", YEAR);
        api.post(stuck, null);
        // 3 MB: under the service's event limit, over the 1 MB this test's producer accepts
        assertThat(api.put(stuck + "/narrative", narrative(10, 100_000)).status()).isEqualTo(200);
        assertThat(api.put(stuck + "/narrative", narrative(1, 10)).status()).isEqualTo(200);
        api.post(other, null);
        assertThat(api.post(other + "/figures", """
                {"batchId":"b1","figures":[{"table":"T1","row":"1","column":"1","value":"1.00"}]}""").status())
                .isEqualTo(200);

        String stuckId = SubmissionIds.of("420112-DSJZX", YEAR);
        String otherId = SubmissionIds.of("420112-TJJ", YEAR);
        Map<String, List<EventEnvelope>> topic = TopicReader.await(Set.of(stuckId, otherId),
                seen -> firstSeen(seen.get(stuckId)).contains(2L) && firstSeen(seen.get(otherId)).contains(1L),
                Duration.ofSeconds(60));

        assertThat(firstSeen(topic.get(stuckId))).containsExactly(0L, 2L);
        assertThat(firstSeen(topic.get(otherId))).containsExactly(0L, 1L);
        assertThat(setAside.all()).singleElement().satisfies(event -> {
            assertThat(event.submissionId()).isEqualTo(stuckId);
            assertThat(event.sequence()).isEqualTo(1);
            assertThat(event.type()).isEqualTo("NarrativeReported");
            assertThat(event.reason()).startsWith("RecordTooLargeException");
        });
        assertThat(meters.counter("finacct.outbox.set.aside").count()).isEqualTo(1.0);
        // the submission itself still has all three events
        assertThat(api.get(stuck + "/history").json().path("events")).hasSize(3);
    }
}
