package finacct.submission.api;

import java.util.List;

/**
 * What an import stored: whether it opened the submission, and per batch, for the narrative and per evaluation
 * whether a new event was stored ({@code false}: the same content was stored before); {@code withdrawn} the
 * batch withdrawing cells the document no longer has (null when there were none).
 */
public record ImportOutcome(String submissionId, long version, boolean opened, List<Stored> batches,
                            Stored withdrawn, Boolean narrativeStored, List<Stored> evaluations, int storedEvents) {

    public record Stored(String id, String table, int items, boolean storedEvent) {
    }
}
