package finacct.cli.check;

import java.util.Optional;

/** Whether a document given as last year's is the same department's accounts of the year before. */
final class PreviousYearCheck {

    private PreviousYearCheck() {
    }

    /** Why the pair cannot be compared, in words for the user; empty when it can. */
    static Optional<String> mismatch(DocumentFile current, DocumentFile previous) {
        int year = current.document().fiscalYear();
        int lastYear = previous.document().fiscalYear();
        if (lastYear != year - 1) {
            return Optional.of("上年文档 " + previous.path() + " 是 " + lastYear + " 年度的决算，而不是 " + (year - 1)
                    + " 年度（" + current.path() + " 为 " + year + " 年度）");
        }
        if (!current.departmentCode().equals(previous.departmentCode())) {
            return Optional.of("上年文档 " + previous.path() + " 是“" + previous.departmentLabel() + "”的决算，不是“"
                    + current.departmentLabel() + "”的");
        }
        return Optional.empty();
    }
}
