package finacct.validation.rules.narrative;

import finacct.validation.rules.Facts;

/** A section id as the document numbers it: "5.2" → "五（二）", "tables" → the notes under the tables. */
final class SectionLabels {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private SectionLabels() {
    }

    static String of(String id, Facts facts) {
        if (id == null) {
            return "";
        }
        if (id.equals("tables")) {
            return "（决算表注释）";
        }
        if (id.equals("profile")) {
            return "（部门概况）";
        }
        if (id.equals("evaluations")) {
            return "（自评表）";
        }
        String[] parts = id.split("\\.");
        try {
            StringBuilder s = new StringBuilder(numeral(Integer.parseInt(parts[0])));
            if (parts.length > 1) {
                s.append("（").append(numeral(Integer.parseInt(parts[1]))).append("）");
            }
            return s.toString();
        } catch (NumberFormatException e) {
            return id;
        }
    }

    static String numeral(int n) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
        }
        return String.valueOf(n);
    }
}
