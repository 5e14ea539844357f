package finacct.validation.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The values a printed figure can stand for, as XBRL Calculations 1.1 round-to-nearest reads it: a value v
 * printed with d decimals is [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. Sums and ratios are computed on intervals; two
 * figures agree when their intervals meet.
 */
public record Interval(BigDecimal lo, BigDecimal hi) {

    private static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Interval {
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /** A printed figure: its decimals are its precision ("35.7" is 35.65…35.75, "40" is 39.5…40.5). */
    public static Interval stated(BigDecimal printed) {
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0)).divide(BigDecimal.valueOf(2));
        if (printed.scale() < 0) {
            half = BigDecimal.ONE.movePointRight(-printed.scale()).divide(BigDecimal.valueOf(2));
        }
        return new Interval(printed.subtract(half), printed.add(half));
    }

    public static Interval stated(String printed) {
        return stated(new BigDecimal(printed));
    }

    public static Interval exact(BigDecimal value) {
        return new Interval(value, value);
    }

    public static final Interval ZERO = exact(BigDecimal.ZERO);

    public Interval plus(Interval other) {
        return new Interval(lo.add(other.lo), hi.add(other.hi));
    }

    public Interval minus(Interval other) {
        return new Interval(lo.subtract(other.hi), hi.subtract(other.lo));
    }

    public Interval times(BigDecimal k) {
        BigDecimal a = lo.multiply(k);
        BigDecimal b = hi.multiply(k);
        return a.compareTo(b) <= 0 ? new Interval(a, b) : new Interval(b, a);
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
        return Optional.of(new Interval(min, max));
    }

    /** This as a percentage of a base: 100 · this / base. */
    public Optional<Interval> percentOf(Interval base) {
        return dividedBy(base).map(r -> r.times(HUNDRED));
    }

    public Interval min(BigDecimal cap) {
        return new Interval(lo.min(cap), hi.min(cap));
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

    /** The midpoint rounded to {@code decimals}, as a person would print the computed figure. */
    public BigDecimal rounded(int decimals) {
        return midpoint().setScale(decimals, RoundingMode.HALF_UP);
    }
}
