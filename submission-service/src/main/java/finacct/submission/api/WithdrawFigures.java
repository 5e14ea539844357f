package finacct.submission.api;

import finacct.kernel.events.CellRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

public record WithdrawFigures(@TargetAggregateIdentifier String submissionId, String batchId, Long expectedVersion,
                              List<CellRef> cells) {
}
