package finacct.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

/** Builds a rule of one kind from its entry in a rule file. */
@FunctionalInterface
public interface RuleFactory {
    Rule create(RuleHeader header, JsonNode spec);
}
