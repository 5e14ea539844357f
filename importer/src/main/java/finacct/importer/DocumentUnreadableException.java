package finacct.importer;

/** A document that cannot be read at all (not a figure that cannot be placed): the reason, in Chinese. */
public class DocumentUnreadableException extends RuntimeException {

    public DocumentUnreadableException(String reason) {
        super(reason);
    }

    public DocumentUnreadableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
