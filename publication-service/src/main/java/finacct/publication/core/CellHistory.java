package finacct.publication.core;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventDecoder;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.SubmissionEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history of one cell from the event stream: every report or withdrawal that touched it, who and when, and
 * the value before and after ({@code from} null when the cell was empty, {@code to} null when withdrawn). A report
 * of the same value again is listed too: the department stated it again.
 */
public final class CellHistory {

    public record Change(long sequence, String type, String timestamp, String actor, String from, String to) {
    }

    private static final EventDecoder DECODER = new EventDecoder();

    private CellHistory() {
    }

    public static List<Change> of(List<EventEnvelope> stream, CellRef cell) {
        List<Change> changes = new ArrayList<>();
        String value = null;
        for (EventEnvelope e : stream) {
            Optional<SubmissionEvent> event = DECODER.decode(e);
            if (event.isEmpty()) {
                continue;
            }
            if (event.get() instanceof FiguresReported r) {
                for (Figure f : r.figures()) {
                    if (f.cell().equals(cell)) {
                        changes.add(new Change(e.sequence(), e.type(), e.timestamp(), e.actor(), value, f.value()));
                        value = f.value();
                    }
                }
            } else if (event.get() instanceof FiguresWithdrawn w && w.cells().contains(cell) && value != null) {
                changes.add(new Change(e.sequence(), e.type(), e.timestamp(), e.actor(), value, null));
                value = null;
            }
        }
        return changes;
    }

}
