package finacct.validation.rules;

import finacct.validation.rules.kinds.ColumnSumRule;
import finacct.validation.rules.kinds.SumRule;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The kinds of rule a rule file may use, by the name it gives in {@code kind}. */
public final class RuleKinds {

    private static final Map<String, RuleFactory> KINDS = new TreeMap<>(Map.of(
            "sum", SumRule::new,
            "columnSum", ColumnSumRule::new
    ));

    private RuleKinds() {
    }

    public static Optional<RuleFactory> byName(String kind) {
        return Optional.ofNullable(KINDS.get(kind));
    }

    public static java.util.Set<String> names() {
        return KINDS.keySet();
    }
}
