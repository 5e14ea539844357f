package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.Names;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.ProjectNames;
import finacct.validation.rules.narrative.Statement;
import finacct.validation.rules.narrative.Statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kind: projectAgreement} — a project's budget, executed amount and execution rate agree wherever the
 * document gives them: the narrative's list of projects, its self-evaluation summaries, the project's
 * self-evaluation table. Names are matched tolerantly ({@link ProjectNames}; {@code threshold},
 * {@code genericWords} and {@code aliases} are data): each name joins the project whose name it is most alike,
 * when alike enough; the self-evaluation tables' names come first, so they name the projects.
 */
public final class ProjectAgreementRule extends NarrativeRule {

    private static final String PREFIX = "project:";
    private final ProjectNames names;

    public ProjectAgreementRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
        List<String> generic = new ArrayList<>();
        spec.path("genericWords").forEach(w -> generic.add(w.asText()));
        List<List<String>> aliases = new ArrayList<>();
        spec.path("aliases").forEach(a -> {
            List<String> group = new ArrayList<>();
            a.forEach(n -> group.add(n.asText()));
            aliases.add(group);
        });
        this.names = new ProjectNames(spec.path("threshold").asDouble(0.8), generic, aliases);
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        List<Statement> all = new ArrayList<>(context.statements().stream()
                .filter(s -> s.subject().startsWith(PREFIX) && s.section().equals("evaluations")).toList());
        all.addAll(context.statements().stream()
                .filter(s -> s.subject().startsWith(PREFIX) && !s.section().equals("evaluations")).toList());
        Map<String, List<Statement>> projects = new LinkedHashMap<>();
        for (Statement s : all) {
            String name = s.subject().substring(PREFIX.length());
            String project = null;
            double score = 0;
            for (String known : projects.keySet()) {
                double sim = names.similarity(name, known);
                if (sim > score) {
                    score = sim;
                    project = known;
                }
            }
            if (project == null || !names.same(name, project)) {
                project = name;
            }
            projects.computeIfAbsent(project, k -> new ArrayList<>()).add(s);
        }
        List<Finding> findings = new ArrayList<>();
        projects.forEach((project, statements) -> {
            Map<String, List<Statement>> byQuantity = new LinkedHashMap<>();
            for (Statement s : statements) {
                String base = s.base() == null || !s.base().contains("#") ? "" : s.base().substring(s.base().indexOf('#'));
                byQuantity.computeIfAbsent(s.kind() + base, k -> new ArrayList<>()).add(s);
            }
            byQuantity.forEach((quantity, list) -> {
                if (list.size() > 1 && !Statements.agree(list)) {
                    List<FindingCell> cells = list.stream().map(Statement::cell).toList();
                    findings.add(new Finding(header().id(), header().severity(), header().message() + "：项目" + Names.quoted(project)
                            + "的" + words(quantity) + " " + Statements.listing(list), cells, null,
                            list.get(list.size() - 1).printed(), null));
                }
            });
        });
        return findings;
    }

    private static String words(String quantity) {
        return switch (quantity) {
            case "adjustedBudget" -> "全年（调整后）预算数";
            case "budget" -> "年初预算数";
            case "amount" -> "执行数（支出）";
            case "rate#adjustedBudget" -> "执行率";
            case "rate#budget" -> "完成年初预算的比例";
            default -> quantity;
        };
    }
}
