package finacct.submission.importing;

/** Every import worker is reading a document: try again shortly (429 with Retry-After). */
public class ImportBusyException extends RuntimeException {

    public ImportBusyException() {
        super("all import workers busy");
    }
}
