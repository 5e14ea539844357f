package finacct.kernel.fold;

import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;

import java.util.List;

/** The 情况说明 as last reported: its sections and the figures it states (a new report replaces the whole). */
public record Narrative(List<NarrativeSection> sections, List<NarrativeClaim> claims) {
    public static final Narrative NONE = new Narrative(List.of(), List.of());

    public Narrative {
        sections = sections == null ? List.of() : List.copyOf(sections);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
