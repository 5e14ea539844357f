package finacct.validation.rules.kinds;

import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.results.FindingCell;
import finacct.validation.rules.Interval;
import finacct.validation.rules.narrative.Names;
import finacct.validation.rules.narrative.NarrativeContext;
import finacct.validation.rules.narrative.Quantity;

import java.util.List;
import java.util.Optional;

/** Reading a self-evaluation's figures for the evaluation rules: as printed, with their intervals and cells. */
final class EvaluationRule {

    private EvaluationRule() {
    }

    static String title(PerformanceEvaluationReported e) {
        return "department".equals(e.scope()) ? "部门整体绩效自评表" : "项目自评表" + Names.quoted(e.name());
    }

    static boolean isNumber(String s) {
        return s != null && s.matches("-?\\d+(\\.\\d+)?");
    }

    /** A printed figure of the table; {@code field} names it in the finding's cell. */
    static Optional<Quantity> figure(PerformanceEvaluationReported e, String field, String value, String words, String unit) {
        if (!isNumber(value)) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(title(e) + words, Interval.stated(value), value + unit,
                List.of(new FindingCell(NarrativeContext.EVALUATION, e.evaluationId(), field, value))));
    }

    static int decimals(String printed) {
        int dot = printed.indexOf('.');
        return dot < 0 ? 0 : printed.length() - dot - 1;
    }
}
