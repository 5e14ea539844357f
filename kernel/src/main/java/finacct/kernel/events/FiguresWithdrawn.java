package finacct.kernel.events;

import java.util.List;

public record FiguresWithdrawn(String submissionId, String batchId, List<CellRef> cells) implements SubmissionEvent {
    public FiguresWithdrawn {
        cells = List.copyOf(cells);
    }
}
