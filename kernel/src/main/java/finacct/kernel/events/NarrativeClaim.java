package finacct.kernel.events;

/**
 * A figure the narrative states, as a structured claim: {@code kind} says what sort of figure it is
 * (amount, share, change, execution rate, …), {@code subject} what it is about, {@code value} the figure
 * as printed (decimal string), {@code unit} its unit (万元, %), {@code text} the sentence it came from.
 */
public record NarrativeClaim(String id, String section, String kind, String subject, String value,
                             String unit, String text) {
}
