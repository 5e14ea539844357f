package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.PercentReadings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: percentConvention} — says once, as INFO, that the document truncates its percentages when its
 * percentages show it and the rule set's {@code conventions.percentRounding} accepts it; the ratio rules then
 * read every percentage as truncated, so that no truncation is reported as an error.
 */
public final class PercentConventionRule extends NarrativeRule {

    public PercentConventionRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        return context.truncation().map(t -> {
            PercentReadings.Reading first = t.truncatedOnly().get(0);
            int decimals = first.statement().decimals();
            // enough digits to show what was dropped: 98.679, not 98.68
            BigDecimal computed = first.computed().value().setScale(decimals + 3, RoundingMode.HALF_UP).stripTrailingZeros();
            computed = computed.scale() <= decimals ? computed.setScale(decimals + 1, RoundingMode.HALF_UP) : computed;
            String example = first.statement().where() + "所列 " + first.statement().printed() + "%（按所列数字计算为 "
                    + computed.toPlainString() + "%）";
            List<FindingCell> cells = new ArrayList<>();
            t.truncatedOnly().forEach(r -> cells.add(r.statement().cell()));
            return List.of(new Finding(header().id(), Severity.INFO, header().message() + "：可核对的 " + t.readable()
                    + " 处百分比中有 " + t.truncatedOnly().size() + " 处只与截尾相符（如" + example
                    + "），没有一处只与四舍五入相符；全文百分比按截尾核对，由此产生的差异不作错误", cells,
                    null, String.valueOf(t.truncatedOnly().size()), null));
        }).orElse(List.of());
    }
}
