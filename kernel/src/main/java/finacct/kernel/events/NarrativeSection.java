package finacct.kernel.events;

/** One section of the 情况说明 as written. */
public record NarrativeSection(String id, String title, String text) {
}
