package finacct.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/** A request body over {@code finacct.gateway.max-request-size}. */
public class PayloadTooLargeException extends ResponseStatusException {

    private final long limitBytes;

    public PayloadTooLargeException(long limitBytes) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "request body over " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    /** e.g. "20 MB" */
    public String limitText() {
        DataSize size = DataSize.ofBytes(limitBytes);
        if (limitBytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (limitBytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return limitBytes + " 字节";
    }
}
