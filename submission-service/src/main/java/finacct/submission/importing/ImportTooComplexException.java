package finacct.submission.importing;

import java.time.Duration;

/** A document that could not be read within the time limit (422): nothing was stored. */
public class ImportTooComplexException extends RuntimeException {

    private final Duration limit;

    public ImportTooComplexException(Duration limit) {
        super("document not read within " + limit);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
