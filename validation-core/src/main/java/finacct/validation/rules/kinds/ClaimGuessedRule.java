package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.NarrativeRule;
import finacct.validation.rules.narrative.Statement;
import finacct.validation.rules.narrative.Statements;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: claimGuessed} — a figure whose quantity the reader could not be sure of (the sentence is worded
 * otherwise than the vocabulary expects: one project's budget, a sub-item of a whole) is not compared with
 * anything: an error asserted on a guess would be the validator's, not the document's. Each says so, as INFO,
 * naming the sentence and what the words seemed to name.
 */
public final class ClaimGuessedRule extends NarrativeRule {

    public ClaimGuessedRule(RuleHeader header, JsonNode spec) {
        super(header, spec);
    }

    @Override
    protected List<Finding> check(NarrativeContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Statement s : context.guesses()) {
            findings.add(new Finding(header().id(), Severity.INFO, header().message() + "：" + s.where() + "“" + s.text()
                    + "”中的 " + s.printed() + s.displayUnit() + " 无法核对——句中另有词汇表未涵盖的字样，不能确定它就是"
                    + Statements.describe(context, s) + "（可能只是其中一项或某个项目的数额），未与表中数字比较",
                    List.of(s.cell()), null, s.printed(), null));
        }
        return findings;
    }
}
