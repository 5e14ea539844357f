package finacct.validation.rules.narrative;

import finacct.kernel.results.FindingCell;
import finacct.validation.rules.Interval;

import java.util.List;

/**
 * A value a narrative rule reads, wherever it comes from (a claim, a self-evaluation table, table cells): the
 * words that name it in a message, the interval it stands for, the figure as printed, and the cells a finding
 * points at for it.
 */
public record Quantity(String label, Interval interval, String printed, List<FindingCell> cells) {
    public Quantity {
        cells = List.copyOf(cells);
    }

    public boolean isZero() {
        return interval.lo().signum() == 0 && interval.hi().signum() == 0;
    }

    /** True when the interval holds 0: a ratio to it is unbounded. */
    public boolean mayBeZero() {
        return interval.lo().signum() <= 0 && interval.hi().signum() >= 0;
    }
}
