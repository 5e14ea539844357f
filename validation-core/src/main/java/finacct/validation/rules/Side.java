package finacct.validation.rules;

import finacct.kernel.results.FindingCell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a comparison: a signed sum of operands (often just one). Its interval is the interval sum
 * of its operands; its value the sum of their printed values; its text the arithmetic a person reads.
 */
public final class Side {

    private final List<Operand> operands = new ArrayList<>();
    private final List<Boolean> negative = new ArrayList<>();

    public static Side of(Operand operand) {
        return new Side().plus(operand);
    }

    public static Side of(List<Operand> operands) {
        Side side = new Side();
        operands.forEach(side::plus);
        return side;
    }

    public Side plus(Operand operand) {
        operands.add(operand);
        negative.add(false);
        return this;
    }

    public Side minus(Operand operand) {
        operands.add(operand);
        negative.add(true);
        return this;
    }

    public Side add(Operand operand, boolean subtract) {
        return subtract ? minus(operand) : plus(operand);
    }

    public boolean blank() {
        return operands.stream().allMatch(Operand::blank);
    }

    public Interval interval() {
        Interval sum = Interval.ZERO;
        for (int i = 0; i < operands.size(); i++) {
            sum = negative.get(i) ? sum.minus(operands.get(i).interval()) : sum.plus(operands.get(i).interval());
        }
        return sum;
    }

    public BigDecimal value() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < operands.size(); i++) {
            sum = negative.get(i) ? sum.subtract(operands.get(i).value()) : sum.add(operands.get(i).value());
        }
        return sum;
    }

    /** Every table the side reads, blank cells included. */
    public java.util.Set<String> tables() {
        java.util.Set<String> tables = new java.util.LinkedHashSet<>();
        operands.forEach(o -> o.cells().forEach(c -> tables.add(c.table())));
        return tables;
    }

    /** The cells to point at: a lone figure even when blank (it is where the figure is missing); a sum's stated parts. */
    public List<FindingCell> cells() {
        if (operands.size() == 1) {
            return operands.get(0).cells();
        }
        List<FindingCell> cells = new ArrayList<>();
        operands.stream().filter(o -> !o.blank()).forEach(o -> cells.addAll(o.cells()));
        return cells;
    }

    /** The side as printed: its one figure, or the sum with its result; blanks are left out of a sum. */
    public String text(int decimals) {
        if (operands.size() == 1 && !negative.get(0)) {
            Operand o = operands.get(0);
            return o.label() + " " + o.printed();
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < operands.size(); i++) {
            Operand o = operands.get(i);
            if (o.blank()) {
                continue;
            }
            if (!s.isEmpty() || negative.get(i)) {
                s.append(negative.get(i) ? " − " : " + ");
            }
            s.append(o.label()).append(' ').append(o.printed());
        }
        if (s.isEmpty()) {
            s.append("各项均为空");
        }
        return s.append(" = ").append(format(value(), decimals)).toString();
    }

    static String format(BigDecimal value, int decimals) {
        return value.setScale(Math.max(decimals, value.scale()), RoundingMode.HALF_UP).toPlainString();
    }
}
