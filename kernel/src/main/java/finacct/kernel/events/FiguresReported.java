package finacct.kernel.events;

import java.util.List;

/** A batch of cells; the batch id makes a retried batch harmless. */
public record FiguresReported(String submissionId, String batchId, List<Figure> figures) implements SubmissionEvent {
    public FiguresReported {
        figures = List.copyOf(figures);
    }
}
