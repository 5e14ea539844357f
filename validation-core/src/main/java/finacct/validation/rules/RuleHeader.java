package finacct.validation.rules;

import finacct.kernel.results.Severity;

/** What every rule of a rule file carries: its id, how serious a breach is, and its Chinese message. */
public record RuleHeader(String id, String kind, Severity severity, String message) {
}
