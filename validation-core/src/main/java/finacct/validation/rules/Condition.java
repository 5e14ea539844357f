package finacct.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.events.CellRef;

import java.util.List;

/**
 * {@code when: {blank: [cells]}} in a rule file: the rule applies only when every listed cell is blank or
 * zero — for relations the tables' logic makes exact only then (e.g. 表1 and 表4 state the same expenditure
 * when a department has no income but fiscal appropriations). No {@code when}: the rule always applies.
 */
public record Condition(List<CellRef> blank) {

    public Condition {
        blank = List.copyOf(blank);
    }

    public static Condition parse(JsonNode spec) {
        JsonNode when = spec.path("when");
        return new Condition(RowRefs.terms(when.get("blank")).stream().map(Term::cell).toList());
    }

    public boolean applies(Facts facts) {
        return blank.stream().allMatch(ref -> facts.cell(ref).map(s -> s.value().signum() == 0).orElse(true));
    }
}
