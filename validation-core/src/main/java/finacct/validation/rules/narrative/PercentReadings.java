package finacct.validation.rules.narrative;

import finacct.validation.rules.Interval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a document brings its percentages to their printed decimals, as its own percentages show it. Each
 * percentage the narrative states of figures it also gives (a share, an execution rate, a year-on-year rate) is
 * read both ways: rounded half up (98.679 % printed 98.68 %) and truncated (printed 98.67 %). A document
 * truncates when some of its percentages fit only truncation and none fits only rounding — a truncating
 * document can never print a percentage above its ratio, a rounding one does so about every other time.
 */
public final class PercentReadings {

    private PercentReadings() {
    }

    /** A stated percentage and the value the figures it is computed from give it. */
    public record Reading(Statement statement, Interval computed) {

        boolean fitsRounding() {
            return Interval.stated(statement.value()).intersects(computed);
        }

        boolean fitsTruncation() {
            return truncated(statement.value(), statement.decimals()).intersects(computed);
        }
    }

    /** The percentages that fit only truncation, and how many percentages could be read at all. */
    public record Truncation(List<Reading> truncatedOnly, int readable) {
        public Truncation {
            truncatedOnly = List.copyOf(truncatedOnly);
        }
    }

    /** Truncation, when the document's percentages show it. */
    static Optional<Truncation> truncation(NarrativeContext context) {
        List<Reading> readings = readings(context);
        List<Reading> truncatedOnly = new ArrayList<>();
        for (Reading r : readings) {
            boolean rounding = r.fitsRounding();
            boolean truncation = r.fitsTruncation();
            if (rounding && !truncation) {
                return Optional.empty();
            }
            if (truncation && !rounding) {
                truncatedOnly.add(r);
            }
        }
        return truncatedOnly.isEmpty() ? Optional.empty() : Optional.of(new Truncation(truncatedOnly, readings.size()));
    }

    /**
     * What a percentage printed with {@code decimals} stands for when the digits beyond were dropped: toward
     * zero, so 98.67 is 98.67…98.68 and −33.33 is −33.34…−33.33.
     */
    public static Interval truncated(BigDecimal printed, int decimals) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        int sign = printed.signum();
        if (sign > 0) {
            return new Interval(printed, printed.add(unit), printed);
        }
        if (sign < 0) {
            return new Interval(printed.subtract(unit), printed, printed);
        }
        return new Interval(unit.negate(), unit, printed);
    }

    /** Every narrative percentage whose figures the document or its tables give, with the ratio they make. */
    static List<Reading> readings(NarrativeContext context) {
        List<Reading> readings = new ArrayList<>();
        List<Statement> statements = context.statements();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (!"%".equals(s.unit()) || s.section().equals("evaluations")) {
                continue;
            }
            Optional<Interval> computed = switch (s.kind()) {
                case "share", "rate" -> ratio(context, s);
                case "changeRate" -> changeRate(context, statements, i);
                default -> Optional.empty();
            };
            computed.ifPresent(c -> readings.add(new Reading(s, c)));
        }
        return readings;
    }

    /** part ÷ whole × 100, as claimShare and claimRate compute it. */
    private static Optional<Interval> ratio(NarrativeContext context, Statement s) {
        if (s.base() == null) {
            return Optional.empty();
        }
        Optional<Quantity> part = context.value(s.subject(), s.section());
        Optional<Quantity> whole = context.value(s.base(), s.section());
        if (part.isEmpty() || whole.isEmpty() || whole.get().mayBeZero()) {
            return Optional.empty();
        }
        return part.get().interval().percentOf(whole.get().interval());
    }

    /** change ÷ (this year − change) × 100, the change being the one stated just before, as claimChangeRate reads it. */
    private static Optional<Interval> changeRate(NarrativeContext context, List<Statement> statements, int at) {
        Statement s = statements.get(at);
        for (int j = at - 1; j >= 0; j--) {
            Statement c = statements.get(j);
            if (c.section().equals(s.section()) && c.kind().equals("change") && c.base() == null
                    && c.subject().equals(s.subject())) {
                Optional<Quantity> current = context.value(s.subject(), s.section());
                if (current.isEmpty()) {
                    return Optional.empty();
                }
                Interval prior = current.get().interval().minus(c.interval());
                return c.interval().percentOf(prior);
            }
        }
        return Optional.empty();
    }
}
