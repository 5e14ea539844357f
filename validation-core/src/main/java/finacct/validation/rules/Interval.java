package finacct.validation.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The values a printed figure can stand for, as XBRL Calculations 1.1 round-to-nearest reads it: a value v
 * printed with d decimals is [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. Sums and ratios are computed on intervals; two
 * figures agree when their intervals meet.
 *
 * <p>{@code value} is what the same arithmetic gives on the figures as printed: the figure a reader
 * computes and expects a finding to show (0.20 ÷ 0.60 = 33.33 %). The interval is only the tolerance; its
 * midpoint is not the computed figure of a ratio (it would show 33.35 %).
 */
public record Interval(BigDecimal lo, BigDecimal hi, BigDecimal value) {

    private static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Interval {
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /** An interval of no particular printed figure: its value is its midpoint. */
    public Interval(BigDecimal lo, BigDecimal hi) {
        this(lo, hi, lo.add(hi).divide(BigDecimal.valueOf(2), DIVISION));
    }

    /** A printed figure: its decimals are its precision ("35.7" is 35.65…35.75, "40" is 39.5…40.5). */
    public static Interval stated(BigDecimal printed) {
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0)).divide(BigDecimal.valueOf(2));
        if (printed.scale() < 0) {
            half = BigDecimal.ONE.movePointRight(-printed.scale()).divide(BigDecimal.valueOf(2));
        }
        return new Interval(printed.subtract(half), printed.add(half), printed);
    }

    public static Interval stated(String printed) {
        return stated(new BigDecimal(printed));
    }

    public static Interval exact(BigDecimal value) {
        return new Interval(value, value, value);
    }

    public static final Interval ZERO = exact(BigDecimal.ZERO);

    public Interval plus(Interval other) {
        return new Interval(lo.add(other.lo), hi.add(other.hi), value.add(other.value));
    }

    public Interval minus(Interval other) {
        return new Interval(lo.subtract(other.hi), hi.subtract(other.lo), value.subtract(other.value));
    }

    public Interval times(BigDecimal k) {
        BigDecimal a = lo.multiply(k);
        BigDecimal b = hi.multiply(k);
        BigDecimal v = value.multiply(k);
        return a.compareTo(b) <= 0 ? new Interval(a, b, v) : new Interval(b, a, v);
    }

    /** This divided by a divisor that does not contain zero; empty when it does (the ratio is unbounded). */
    public Optional<Interval> dividedBy(Interval divisor) {
        if (divisor.lo.signum() <= 0 && divisor.hi.signum() >= 0) {
            return Optional.empty();
        }
        BigDecimal[] q = {
                lo.divide(divisor.lo, DIVISION), lo.divide(divisor.hi, DIVISION),
                hi.divide(divisor.lo, DIVISION), hi.divide(divisor.hi, DIVISION)};
        BigDecimal min = q[0];
        BigDecimal max = q[0];
        for (BigDecimal v : q) {
            min = v.min(min);
            max = v.max(max);
        }
        // the divisor's value lies inside it, so it is not 0 either; a hand-made one falls back on the midpoint
        BigDecimal v = divisor.value.signum() != 0 ? value.divide(divisor.value, DIVISION)
                : value.divide(divisor.midpoint(), DIVISION);
        return Optional.of(new Interval(min, max, v));
    }

    /** This as a percentage of a base: 100 · this / base. */
    public Optional<Interval> percentOf(Interval base) {
        return dividedBy(base).map(r -> r.times(HUNDRED));
    }

    public Interval min(BigDecimal cap) {
        return new Interval(lo.min(cap), hi.min(cap), value.min(cap));
    }

    public boolean intersects(Interval other) {
        return lo.compareTo(other.hi) <= 0 && other.lo.compareTo(hi) <= 0;
    }

    public boolean contains(BigDecimal v) {
        return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
    }

    public BigDecimal midpoint() {
        return lo.add(hi).divide(BigDecimal.valueOf(2), DIVISION);
    }

    /** The value computed from the printed figures, rounded to {@code decimals} as a person would print it. */
    public BigDecimal rounded(int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }
}
