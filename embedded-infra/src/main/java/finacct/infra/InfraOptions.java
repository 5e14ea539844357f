package finacct.infra;

import java.nio.file.Path;
import java.util.Properties;

/**
 * What {@link EmbeddedInfra} starts: from command-line arguments ({@code --data DIR}, {@code --mongo-port N},
 * {@code --kafka-port N}, {@code --kafka-controller-port N}, {@code --host H}, {@code --memory}) or, where an
 * argument is absent, the system properties {@code finacct.infra.data}, {@code finacct.infra.mongo-port}, ...
 * Port 0 picks a free port.
 */
public record InfraOptions(Path dataDir, String host, int mongoPort, int kafkaPort, int kafkaControllerPort,
                           boolean inMemory) {

    public static final String PROPERTY_PREFIX = "finacct.infra.";

    public static InfraOptions defaults() {
        return new InfraOptions(Path.of("data"), "localhost", 27017, 9092, 9093, false);
    }

    public InfraOptions withDataDir(Path dir) {
        return new InfraOptions(dir, host, mongoPort, kafkaPort, kafkaControllerPort, inMemory);
    }

    public InfraOptions withPorts(int mongo, int kafka, int controller) {
        return new InfraOptions(dataDir, host, mongo, kafka, controller, inMemory);
    }

    public Path mongoDir() {
        return dataDir.resolve("mongo");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public static InfraOptions parse(String[] args, Properties system) {
        InfraOptions d = defaults();
        Path data = Path.of(system.getProperty(PROPERTY_PREFIX + "data", d.dataDir().toString()));
        String host = system.getProperty(PROPERTY_PREFIX + "host", d.host());
        int mongo = port(system.getProperty(PROPERTY_PREFIX + "mongo-port"), d.mongoPort(), "mongo-port");
        int kafka = port(system.getProperty(PROPERTY_PREFIX + "kafka-port"), d.kafkaPort(), "kafka-port");
        int controller = port(system.getProperty(PROPERTY_PREFIX + "kafka-controller-port"),
                d.kafkaControllerPort(), "kafka-controller-port");
        boolean memory = Boolean.parseBoolean(system.getProperty(PROPERTY_PREFIX + "memory", "false"));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--memory" -> memory = value == null || Boolean.parseBoolean(value);
                case "--data", "--host", "--mongo-port", "--kafka-port", "--kafka-controller-port" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--data" -> data = Path.of(value);
                        case "--host" -> host = value;
                        case "--mongo-port" -> mongo = port(value, mongo, name);
                        case "--kafka-port" -> kafka = port(value, kafka, name);
                        default -> controller = port(value, controller, name);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument: " + arg
                        + " (known: --data DIR --host H --mongo-port N --kafka-port N --kafka-controller-port N --memory)");
            }
        }
        return new InfraOptions(data, host, mongo, kafka, controller, memory);
    }

    private static int port(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(name + " out of range: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a port number: " + value, e);
        }
    }
}
