package finacct.submission.command;

import finacct.kernel.amount.Amounts;

/** Small field checks shared by the command rules. */
final class Checks {

    /** Decimals allowed for figures that are not table cells (percentages, scores, narrative figures). */
    static final int FREE_DECIMALS = 6;

    private Checks() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static void required(String value, String field, String what, Violations v) {
        if (blank(value)) {
            v.add(field, "缺少" + what);
        }
    }

    static void maxLength(String value, int max, String field, Violations v) {
        if (value != null && value.length() > max) {
            v.add(field, "长度 " + value.length() + " 超过上限 " + max + " 个字符");
        }
    }

    /** An optional number: absent is fine, present must be a plain decimal string. */
    static void optionalNumber(String value, String field, String unit, Violations v) {
        if (value != null && !value.isBlank()) {
            Amounts.problem(value, FREE_DECIMALS, unit).ifPresent(p -> v.add(field, p));
        }
    }
}
