package finacct.publication.core;

import finacct.kernel.events.EventEnvelope;

/** One event of the submission's stream as the bureau sees it in the history: what happened, when, by whom. */
public record HistoryEntry(long sequence, String type, String timestamp, String actor) {

    public static HistoryEntry of(EventEnvelope e) {
        return new HistoryEntry(e.sequence(), e.type(), e.timestamp(), e.actor());
    }
}
