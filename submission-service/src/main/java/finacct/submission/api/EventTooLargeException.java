package finacct.submission.api;

/**
 * One event of the request would be larger than the topic accepts (413): nothing was stored. Stored, it could
 * never be forwarded to the other services.
 */
public class EventTooLargeException extends RuntimeException {

    private final long bytes;
    private final long limitBytes;
    private final String eventType;

    public EventTooLargeException(String eventType, long bytes, long limitBytes) {
        super(eventType + " of " + bytes + " bytes exceeds " + limitBytes);
        this.eventType = eventType;
        this.bytes = bytes;
        this.limitBytes = limitBytes;
    }

    public long bytes() {
        return bytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    public String eventType() {
        return eventType;
    }
}
