package finacct.publication.core;

/** One event of the submission's stream as the bureau sees it in the history: what happened, when, by whom. */
public record HistoryEntry(long sequence, String type, String timestamp, String actor) {
}
