package finacct.submission.limits;

import finacct.submission.support.Api;
import finacct.submission.support.TestInfra;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the limit and bad-input tests (Spring caches it across their classes). Its
 * producer accepts records of at most 1 MB, a topic smaller than the service's own event limit (7 MB): events
 * between the two are stored and then refused by Kafka, as an event stored before the size check was would be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.producer.properties.max.request.size=1048576",
        "finacct.submission.kafka-send-timeout=20s",
        "finacct.submission.import-time-limit=10s"})
@AutoConfigureObservability
abstract class LimitsContext {

    static final String MONGO_URI = TestInfra.startMongo();
    static final int YEAR = 2023; // other test classes use other years: the topic is shared

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, MONGO_URI);
    }

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    static String narrative(int sections, int charsEach) {
        StringBuilder body = new StringBuilder("{\"sections\":[");
        String text = "说".repeat(charsEach);
        for (int i = 0; i < sections; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i + 1)
                    .append("\",\"title\":\"情况说明\",\"text\":\"").append(text).append("\"}");
        }
        return body.append("],\"claims\":[]}").toString();
    }
}
