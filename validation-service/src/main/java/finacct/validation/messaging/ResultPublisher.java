package finacct.validation.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.Topics;
import finacct.kernel.results.SubmissionValidated;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes results keyed by submission id, and waits for the broker: a result counts once it is on the topic. */
@Component
public class ResultPublisher {

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;

    public ResultPublisher(KafkaTemplate<String, String> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    public void publish(SubmissionValidated result) {
        try {
            kafka.send(Topics.VALIDATION_RESULTS, result.submissionId(), json.writeValueAsString(result))
                    .get(30, TimeUnit.SECONDS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + result.submissionId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish the result of " + result.submissionId(), e);
        }
    }
}
