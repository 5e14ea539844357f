package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Statement;
import finacct.validation.rules.narrative.Statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kind: claimRestated} — one quantity stated in several places (the narrative's sections, the
 * self-evaluation tables) has one value: their intervals share a point. Quantities are the same when their
 * concept, kind and base are — after the bindings' {@code sameQuantity} aliases. Subjects starting with one of
 * {@code exceptPrefixes} are left to other rules (a project's figures: projectAgreement).
 */
public final class ClaimRestatedRule extends NarrativeRule {

    private final List<String> exceptPrefixes = new ArrayList<>();

    public ClaimRestatedRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
        spec.path("exceptPrefixes").forEach(p -> exceptPrefixes.add(p.asText()));
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        Map<String, List<Statement>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Statement s : context.statements()) {
            if (exceptPrefixes.stream().anyMatch(p -> s.subject().startsWith(p))) {
                continue;
            }
            String subject = context.bindings().canonical(s.subject(), s.kind(), context.facts());
            String base = s.base() == null ? "" : canonicalBase(context, s.base());
            String key = subject + "|" + s.kind() + "|" + base;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            labels.putIfAbsent(key, Statements.describe(context, s));
        }
        List<Finding> findings = new ArrayList<>();
        groups.forEach((key, list) -> {
            if (list.size() > 1 && !Statements.agree(list)) {
                List<FindingCell> cells = list.stream().map(Statement::cell).toList();
                findings.add(new Finding(header().id(), header().severity(), header().message() + "："
                        + labels.get(key) + " " + Statements.listing(list), cells,
                        null, list.get(list.size() - 1).printed(), null));
            }
        });
        return findings;
    }

    private static String canonicalBase(NarrativeContext context, String base) {
        int hash = base.indexOf('#');
        String subject = hash < 0 ? base : base.substring(0, hash);
        String kind = hash < 0 ? "amount" : base.substring(hash + 1);
        return context.bindings().canonical(subject, kind, context.facts()) + (hash < 0 ? "" : base.substring(hash));
    }
}
