package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Quantity;
import finacct.validation.rules.narrative.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: claimNotAbove} — plausibility: parts the document states are together no larger than their
 * whole ({@code whole}, {@code parts}, {@code claimKind} default amount); the whole may come from the tables.
 * Flagged only when even the smallest the parts can be exceeds the largest the whole can be. A single part
 * whose share of the whole the document states is left to the share rule.
 */
public final class ClaimNotAboveRule extends NarrativeRule {

    private final String whole;
    private final List<String> parts = new ArrayList<>();
    private final String kind;

    public ClaimNotAboveRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
        this.whole = spec.path("whole").asText();
        spec.path("parts").forEach(p -> parts.add(p.asText()));
        this.kind = spec.path("claimKind").asText("amount");
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        if (parts.size() == 1 && context.claims("share").stream()
                .anyMatch(s -> s.subject().equals(parts.get(0)) && whole.equals(s.base()))) {
            return List.of();
        }
        Optional<Statement> anchor = context.statements().stream()
                .filter(s -> s.kind().equals(kind) && parts.contains(s.subject())).findFirst();
        if (anchor.isEmpty()) {
            return List.of();
        }
        String section = anchor.get().section();
        Optional<Quantity> total = kind.equals("amount") ? context.value(whole, section)
                : context.find(whole, kind, section).map(s -> s.quantity(context.label(whole)));
        if (total.isEmpty()) {
            return List.of();
        }
        Interval sum = Interval.ZERO;
        List<FindingCell> cells = new ArrayList<>(total.get().cells());
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            Optional<Statement> p = context.find(part, kind, section);
            if (p.isPresent()) {
                sum = sum.plus(p.get().interval());
                cells.add(p.get().cell());
                words.add(context.label(part) + " " + p.get().printed() + p.get().displayUnit());
            }
        }
        if (words.isEmpty() || sum.lo().compareTo(total.get().interval().hi()) <= 0) {
            return List.of();
        }
        String printedSum = sum.midpoint().stripTrailingZeros().toPlainString();
        return List.of(new Finding(header().id(), header().severity(), header().message() + "：" + String.join(" + ", words)
                + (words.size() > 1 ? " = " + printedSum : "") + " 大于 " + total.get().label() + " " + total.get().printed(),
                cells, total.get().printed(), printedSum, null));
    }
}
