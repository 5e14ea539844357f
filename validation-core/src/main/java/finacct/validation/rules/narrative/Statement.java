package finacct.validation.rules.narrative;

import finacct.kernel.results.FindingCell;
import finacct.validation.rules.Interval;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure the document states outside its nine tables: a narrative claim, or a figure of a self-evaluation
 * table put in the claims' terms (a project's 预算数 is its {@code adjustedBudget}, its 执行数 its {@code amount},
 * its 执行率 a {@code rate} of the adjusted budget). {@code where} says in Chinese where it is printed.
 */
public record Statement(String id, String section, String kind, String subject, String base, String printed,
                        String unit, Interval interval, String where, String text, FindingCell cell) {

    /**
     * A printed figure in its unit; 元 and 亿元 are brought to 万元 so that they compare with the tables. An amount
     * or a count printed as a bare "0" is exactly nothing: a narrative that prints 0.48 and 0.01 beside it does
     * not round 0.3 down to "0", it says none was spent (read as [−0.5, 0.5] it would hide any error of the
     * figures beside it).
     */
    static Interval intervalOf(String printed, String unit) {
        boolean money = "万元".equals(unit) || "元".equals(unit) || "亿元".equals(unit);
        if (new java.math.BigDecimal(printed).signum() == 0 && !printed.contains(".") && (money || isCountUnit(unit))) {
            return Interval.ZERO;
        }
        Interval i = Interval.stated(printed);
        if ("元".equals(unit)) {
            return new Interval(i.lo().movePointLeft(4), i.hi().movePointLeft(4));
        }
        if ("亿元".equals(unit)) {
            return new Interval(i.lo().movePointRight(4), i.hi().movePointRight(4));
        }
        return i;
    }

    private static boolean isCountUnit(String unit) {
        return unit != null && !unit.isEmpty() && !unit.equals("%");
    }

    public BigDecimal value() {
        return new BigDecimal(printed);
    }

    public int decimals() {
        return Math.max(value().scale(), 0);
    }

    /** The key a share or rate names this figure by: "S" for an amount, "S#budget" for a budget. */
    public String qualifiedSubject() {
        return kind.equals("budget") || kind.equals("adjustedBudget") ? subject + "#" + kind : subject;
    }

    public Quantity quantity(String label) {
        return new Quantity(label + "（" + where + "）", interval, printed + displayUnit(), List.of(cell));
    }

    public String displayUnit() {
        return unit == null ? "" : unit;
    }
}
