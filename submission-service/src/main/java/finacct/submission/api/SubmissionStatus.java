package finacct.submission.api;

/**
 * DRAFT -> SUBMITTED (withdraw -> DRAFT); APPROVED, RETURNED (editable again) and PUBLISHED come from the bureau; a
 * published one the department reopens to correct it is a DRAFT again.
 */
public enum SubmissionStatus {
    DRAFT("草稿"), SUBMITTED("已报送"), APPROVED("已审核通过"), RETURNED("已退回"), PUBLISHED("已公开");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    /** The status as finance staff call it, with its code, e.g. 已报送（SUBMITTED）. */
    public String label() {
        return label + "（" + name() + "）";
    }

    /**
     * The status the kernel's fold of the stream gives, as the API names it: the one place the two enums meet. A
     * stream without its SubmissionOpened has none.
     */
    public static SubmissionStatus of(finacct.kernel.fold.SubmissionStatus folded) {
        return switch (folded) {
            case DRAFT -> DRAFT;
            case SUBMITTED -> SUBMITTED;
            case RETURNED -> RETURNED;
            case APPROVED -> APPROVED;
            case PUBLISHED -> PUBLISHED;
            case UNKNOWN -> throw new IllegalArgumentException("no SubmissionOpened: the stream has no status");
        };
    }

    /** The department may change figures, narrative and evaluations only while the bureau does not hold them. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
