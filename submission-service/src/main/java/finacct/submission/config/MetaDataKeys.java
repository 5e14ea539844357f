package finacct.submission.config;

/** Axon metadata keys every event of this service carries. */
public final class MetaDataKeys {
    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";

    private MetaDataKeys() {
    }
}
