package finacct.submission.api;

import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Report (replace) the 情况说明: its sections as written and the figures it states as claims. */
public record ReportNarrative(@TargetAggregateIdentifier String submissionId, Long expectedVersion,
                              List<NarrativeSection> sections, List<NarrativeClaim> claims) {
}
