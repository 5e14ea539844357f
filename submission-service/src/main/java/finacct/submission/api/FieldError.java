package finacct.submission.api;

/** One offending input field, named as the client wrote it (e.g. {@code figures[3].row}), with a Chinese message. */
public record FieldError(String field, String message) {
}
