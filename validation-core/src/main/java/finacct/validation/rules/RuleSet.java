package finacct.validation.rules;

import finacct.kernel.results.Finding;
import finacct.validation.rules.kinds.MissingTableRule;

import java.util.ArrayList;
import java.util.List;

/** The rules of one template version; {@code version} names the rule set in every result. */
public record RuleSet(String version, List<Rule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /**
     * Every finding of every rule. Checks that could not run for want of a table are reported last, once per
     * table, by the set's {@code missingTable} rule (or a default one).
     */
    public List<Finding> check(Facts facts) {
        facts.clearSkipped();
        List<Finding> findings = new ArrayList<>();
        List<Rule> reporters = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule instanceof MissingTableRule) {
                reporters.add(rule);
            } else {
                findings.addAll(rule.check(facts));
            }
        }
        findings.addAll((reporters.isEmpty() ? MissingTableRule.byDefault() : reporters.get(0)).check(facts));
        return findings;
    }
}
