package finacct.submission.api;

/** The client acted on an older version of the submission than the current one (409). */
public class StaleVersionException extends RuntimeException {
    private final long expected;
    private final long actual;
    private final String field;

    public StaleVersionException(String submissionId, long expected, long actual) {
        this("申报“" + submissionId + "”已被修改：您依据的是第 " + expected + " 版，当前为第 " + actual
                + " 版。请重新读取后再提交。", "expectedVersion", expected, actual);
    }

    private StaleVersionException(String detail, String field, long expected, long actual) {
        super(detail);
        this.expected = expected;
        this.actual = actual;
        this.field = field;
    }

    /** A reviewer's decision on a version the department has changed since: the field is {@code version}. */
    public static StaleVersionException ofReview(long reviewed, long actual) {
        return new StaleVersionException("审核的是第 " + reviewed + " 版，但该决算已改为第 " + actual
                + " 版，请重新查看后再审核", "version", reviewed, actual);
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }

    /** The request field that named the outdated version. */
    public String field() {
        return field;
    }
}
