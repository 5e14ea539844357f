package finacct.validation.rules;

import finacct.kernel.results.Finding;

import java.util.ArrayList;
import java.util.List;

/** The rules of one template version; {@code version} names the rule set in every result. */
public record RuleSet(String version, List<Rule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /** Every finding of every rule; a rule that fails on unexpected data reports that, not the whole run. */
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(facts));
        }
        return findings;
    }
}
