package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.Interval;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code kind: claimSharesTotal} — the shares one section gives of one whole's separate parts add up to no more than
 * 100% beyond what rounding allows (each printed share may be half a unit of its last decimal off):
 * {@code groups: [{whole, parts: [...]} or {whole, partPattern: regex}]}; the parts must not overlap (classes of
 * the function classification, the lines of 表1 …), which is why they are listed rather than guessed.
 */
public final class ClaimSharesTotalRule extends NarrativeRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Group(String whole, List<String> parts, Pattern partPattern) {
        boolean holds(String subject) {
            return parts.contains(subject) || (partPattern != null && partPattern.matcher(subject).matches());
        }
    }

    private final List<Group> groups = new ArrayList<>();

    public ClaimSharesTotalRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
        spec.path("groups").forEach(g -> {
            List<String> parts = new ArrayList<>();
            g.path("parts").forEach(p -> parts.add(p.asText()));
            groups.add(new Group(g.path("whole").asText(), parts,
                    g.hasNonNull("partPattern") ? Pattern.compile(g.path("partPattern").asText()) : null));
        });
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Group g : groups) {
            Map<String, Map<String, Statement>> bySection = new LinkedHashMap<>();
            for (Statement s : context.claims("share")) {
                if (g.whole().equals(s.base()) && g.holds(s.subject())) {
                    bySection.computeIfAbsent(s.section(), k -> new LinkedHashMap<>()).putIfAbsent(s.subject(), s);
                }
            }
            bySection.forEach((section, shares) -> {
                if (shares.size() < 2) {
                    return;
                }
                Interval sum = Interval.ZERO;
                BigDecimal printed = BigDecimal.ZERO;
                List<String> words = new ArrayList<>();
                List<FindingCell> cells = new ArrayList<>();
                for (Statement s : shares.values()) {
                    sum = sum.plus(s.interval());
                    printed = printed.add(s.value());
                    words.add(context.label(s.subject()) + " " + s.printed() + "%");
                    cells.add(s.cell());
                }
                if (sum.lo().compareTo(HUNDRED) > 0) {
                    Statement first = shares.values().iterator().next();
                    BigDecimal slack = printed.subtract(sum.lo());
                    findings.add(new Finding(header().id(), header().severity(), header().message() + "：" + first.where()
                            + "所列占" + context.label(g.whole()) + "的比重 " + String.join(" + ", words) + " = "
                            + printed.toPlainString() + "%，超过 100%（各数四舍五入合计最多差 " + slack.stripTrailingZeros().toPlainString()
                            + "%）", cells, "100", printed.toPlainString(), printed.subtract(HUNDRED).toPlainString()));
                }
            });
        }
        return findings;
    }
}
