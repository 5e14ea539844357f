package finacct.validation.rules;

import java.math.BigDecimal;

/** A figure as the department printed it: the value and the text it was printed as (which gives its precision). */
public record Stated(String printed, BigDecimal value) {
    public static Stated of(String printed) {
        return new Stated(printed, new BigDecimal(printed));
    }

    public Interval interval() {
        return Interval.stated(value);
    }

    public int decimals() {
        return Math.max(value.scale(), 0);
    }
}
