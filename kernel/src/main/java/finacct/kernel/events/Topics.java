package finacct.kernel.events;

/**
 * The Kafka topics the services share. The submission topics are keyed by submission id; the registry topic
 * (compacted) by department code, its value a {@link finacct.kernel.registry.RegistryEntry}.
 */
public final class Topics {
    public static final String SUBMISSION_EVENTS = "finacct.submission-events";
    public static final String VALIDATION_RESULTS = "finacct.validation-results";
    public static final String REGISTRY = "finacct.registry";

    private Topics() {
    }
}
