package finacct.validation.rules;

import finacct.kernel.results.Finding;

import java.util.List;

/** One reconciliation of the rule set: reads the facts, returns what does not reconcile. */
public interface Rule {
    RuleHeader header();

    List<Finding> check(Facts facts);
}
