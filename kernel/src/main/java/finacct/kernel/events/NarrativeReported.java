package finacct.kernel.events;

import java.util.List;

public record NarrativeReported(String submissionId, List<NarrativeSection> sections,
                                List<NarrativeClaim> claims) implements SubmissionEvent {
    public NarrativeReported {
        sections = sections == null ? List.of() : List.copyOf(sections);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
