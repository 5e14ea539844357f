package finacct.submission.outbox;

/** Kafka did not acknowledge a record: the processor's batch fails and is retried from its token. */
public class ForwardingFailedException extends RuntimeException {
    public ForwardingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
