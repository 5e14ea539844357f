package finacct.kernel.events;

/**
 * A figure the narrative states, as a structured claim. {@code kind} says what sort of figure it is:
 * {@code amount} (万元), {@code share} (subject as a % of base), {@code change} (amount subject changed from the
 * year before, signed: a 减少 is negative), {@code changeRate} (that change as a % of last year's value),
 * {@code budget} / {@code adjustedBudget} (年初预算 / 调整预算 of subject), {@code rate} (subject as a % of base,
 * e.g. 完成年初预算的…%), {@code count}. A base may name a budget as "<concept>#budget" or
 * "<concept>#adjustedBudget"; a {@code change} with such a base is the difference from that budget (比年初预算减少
 * X 万元 = −X). {@code unit} is the unit as printed: "万元", "%", "个"…, empty for a percentage printed without its
 * "%". {@code subject} and {@code base} are concept keys from the narrative
 * vocabulary (e.g. {@code expenditure.basic}, {@code project:道路养护经费}); {@code value} is the figure as
 * printed (decimal string, its decimals are its precision); {@code text} the sentence it came from.
 * {@code comparison} states which of two quantities is larger without a figure ("决算数小于年初预算数"): its value
 * is the sign of subject − base the words state (1, −1, or 0 for 等于 / 持平).
 * {@code certain} is false when the reader could not be sure which quantity the words name (a sentence worded
 * otherwise than the vocabulary expects, a bare "预算数" where two budgets were stated): rules do not assert an
 * error on such a binding. Null means certain (claims stored before the flag existed, claims sent through the API).
 */
public record NarrativeClaim(String id, String section, String kind, String subject, String base, String value,
                             String unit, String text, Boolean certain) {

    public NarrativeClaim(String id, String section, String kind, String subject, String base, String value,
                          String unit, String text) {
        this(id, section, kind, subject, base, value, unit, text, null);
    }

    /** True only when the reader marked the binding as a guess. */
    public boolean guessed() {
        return Boolean.FALSE.equals(certain);
    }
}
