package finacct.service.web;

/** Reads a fiscal year from a path segment. */
public final class FiscalYears {

    private FiscalYears() {
    }

    public static int parse(String field, String value) {
        if (value == null || !value.matches("\\d{4}")) {
            throw ApiProblem.badField(field, "年度“" + value + "”不是四位数字的年份（如 2020）");
        }
        return Integer.parseInt(value);
    }
}
