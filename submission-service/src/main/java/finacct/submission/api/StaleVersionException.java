package finacct.submission.api;

/** The client acted on an older version of the submission than the current one (409). */
public class StaleVersionException extends RuntimeException {
    private final long expected;
    private final long actual;

    public StaleVersionException(String submissionId, long expected, long actual) {
        super("申报“" + submissionId + "”已被修改：您依据的是第 " + expected + " 版，当前为第 " + actual
                + " 版。请重新读取后再提交。");
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
