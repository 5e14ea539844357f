package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.ClaimComparison;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: claimSum} — among the document's own statements, a whole equals the sum of its parts:
 * {@code whole: procurement.total}, {@code parts: [procurement.goods, …]}, {@code claimKind} (default amount).
 * The parts are read in the section where the first of them is stated (the whole there too when it is, else
 * where the document states it); a part not stated counts as 0; with fewer than {@code minParts} parts stated
 * (default 1) nothing is checked.
 */
public final class ClaimSumRule extends NarrativeRule {

    private final String whole;
    private final List<String> parts = new ArrayList<>();
    private final String kind;
    private final int minParts;

    public ClaimSumRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
        this.whole = spec.path("whole").asText();
        spec.path("parts").forEach(p -> parts.add(p.asText()));
        this.kind = spec.path("claimKind").asText("amount");
        this.minParts = spec.path("minParts").asInt(1);
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        Optional<Statement> anchor = context.statements().stream()
                .filter(s -> s.kind().equals(kind) && parts.contains(s.subject())).findFirst();
        if (anchor.isEmpty()) {
            return List.of();
        }
        String section = anchor.get().section();
        Optional<Statement> total = context.find(whole, kind, section);
        if (total.isEmpty()) {
            return List.of();
        }
        Interval sum = Interval.ZERO;
        List<FindingCell> cells = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int stated = 0;
        for (String part : parts) {
            Optional<Statement> p = context.find(part, kind, section);
            if (p.isPresent()) {
                stated++;
                sum = sum.plus(p.get().interval());
                cells.add(p.get().cell());
                words.add(context.label(part) + " " + p.get().printed() + p.get().displayUnit());
            }
        }
        if (stated < minParts) {
            return List.of();
        }
        String unit = total.get().displayUnit();
        String expression = String.join(" + ", words);
        return ClaimComparison.compare(header(), total.get().quantity(context.label(whole)), total.get().decimals(), sum,
                expression, unit, cells).stream().toList();
    }
}
