package finacct.kernel.events;

/** The Kafka topics the services share; both are keyed by submission id. */
public final class Topics {
    public static final String SUBMISSION_EVENTS = "finacct.submission-events";
    public static final String VALIDATION_RESULTS = "finacct.validation-results";

    private Topics() {
    }
}
