package finacct.validation.rules.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.conventions.Conventions;

import java.util.List;

/** A rule over the narrative and the self-evaluations: reads them through a {@link NarrativeContext}. */
public abstract class NarrativeRule extends BaseRule {

    private final ConceptBindings bindings;
    private final Conventions conventions;

    protected NarrativeRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.bindings = ConceptBindings.load(spec.path("concepts").asText(null));
        this.conventions = Conventions.of(spec);
    }

    @Override
    public final List<Finding> check(Facts facts) {
        if (facts.claims().isEmpty() && facts.evaluations().isEmpty() && facts.sections().isEmpty()) {
            return List.of();
        }
        return check(new NarrativeContext(facts, bindings, conventions));
    }

    protected abstract List<Finding> check(NarrativeContext context);
}
