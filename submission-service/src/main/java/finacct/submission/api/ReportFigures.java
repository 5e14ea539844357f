package finacct.submission.api;

import finacct.kernel.events.Figure;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Report a batch of cells; the batch id makes a retry harmless, expectedVersion guards against lost updates. */
public record ReportFigures(@TargetAggregateIdentifier String submissionId, String batchId, Long expectedVersion,
                            List<Figure> figures) {
}
