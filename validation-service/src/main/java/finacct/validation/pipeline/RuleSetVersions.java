package finacct.validation.pipeline;

import finacct.validation.rules.RuleSet;
import finacct.validation.rules.RuleSets;

import java.util.Optional;

/** The version of the rule set this build would apply to a template version, named as results name it. */
public final class RuleSetVersions {

    private RuleSetVersions() {
    }

    /** Empty when the template version is unknown, so there is nothing to compare with. */
    public static Optional<String> current(String templateVersion) {
        if (templateVersion == null) {
            return Optional.empty();
        }
        // the same fallback SubmissionValidation writes into a result when a template has no rule set
        return Optional.of(RuleSets.forTemplate(templateVersion).map(RuleSet::version)
                .orElse(templateVersion + "/none"));
    }

    /** True when the result was made by a rule set other than the one loaded now. */
    public static boolean outdated(String ruleSetVersion, String templateVersion) {
        return current(templateVersion).map(v -> !v.equals(ruleSetVersion)).orElse(false);
    }
}
