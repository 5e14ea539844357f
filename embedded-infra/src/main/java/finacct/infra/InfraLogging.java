package finacct.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns down the embedded servers' INFO chatter (Kafka logs hundreds of lines per start) for slf4j-simple,
 * the binding the CLI uses. slf4j-simple reads a logger's level from system properties when the logger is
 * created, so this works as long as it runs before Kafka's classes log; a level set by the user wins.
 * Other bindings ignore these properties and keep their own configuration.
 */
public final class InfraLogging {

    private static final String PREFIX = "org.slf4j.simpleLogger.log.";
    private static final Map<String, String> LEVELS = new LinkedHashMap<>();

    static {
        for (String logger : List.of("kafka", "org.apache.kafka", "state.change.logger", "org.apache.zookeeper",
                "de.bwaldvogel", "io.netty", "org.h2")) {
            LEVELS.put(logger, "warn");
        }
        // Kafka 3.9 warns on every clean shutdown that a client "has already been closed"
        LEVELS.put("org.apache.kafka.clients.NetworkClient", "error");
        // and on every start that it is "performing controller activation" (a normal event, logged as WARN)
        LEVELS.put("org.apache.kafka.controller.QuorumController", "error");
    }

    private InfraLogging() {
    }

    public static void quietDefaults() {
        LEVELS.forEach((logger, level) -> {
            if (System.getProperty(PREFIX + logger) == null) {
                System.setProperty(PREFIX + logger, level);
            }
        });
    }
}
