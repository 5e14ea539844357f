package finacct.kernel.template;

/** How a table's rows are keyed. */
public enum RowKind {
    /** numbered lines (行次), all listed in the template */
    LINES,
    /** function classification codes (类 3 digits / 款 5 / 项 7) plus the listed fixed rows */
    FUNCTION_SUBJECT,
    /** economic classification codes (类 3 digits / 款 5) plus the listed fixed rows */
    ECONOMIC_SUBJECT,
    /** only the listed rows */
    FIXED
}
