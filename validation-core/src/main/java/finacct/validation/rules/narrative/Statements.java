package finacct.validation.rules.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for rules that compare one quantity stated in several places. */
public final class Statements {

    private Statements() {
    }

    /** True when every statement's interval shares one point with all the others. */
    public static boolean agree(List<Statement> list) {
        BigDecimal lo = list.get(0).interval().lo();
        BigDecimal hi = list.get(0).interval().hi();
        for (Statement s : list) {
            lo = lo.max(s.interval().lo());
            hi = hi.min(s.interval().hi());
        }
        return lo.compareTo(hi) <= 0;
    }

    /** "情况说明五（三） 100.00万元；部门整体绩效自评表 120.5万元". */
    public static String listing(List<Statement> list) {
        return list.stream().map(s -> s.where() + " " + s.printed() + s.displayUnit())
                .collect(Collectors.joining("；")) + "，前后不一致";
    }

    /** The budget a rate is of: "年初预算" when it is the subject's own, else the other quantity's words. */
    private static String baseWords(NarrativeContext context, Statement s) {
        if (s.base() == null) {
            return "预算";
        }
        if (s.base().startsWith(s.subject() + "#")) {
            return s.base().endsWith("#budget") ? "年初预算" : "调整后（全年）预算";
        }
        return context.label(s.base());
    }

    /** What a statement is a figure of, in words: "一般公共预算财政拨款支出调整后预算". */
    public static String describe(NarrativeContext context, Statement s) {
        String subject = context.label(s.qualifiedSubject());
        return switch (s.kind()) {
            case "share" -> context.label(s.subject()) + "占" + (s.base() == null ? "？" : context.label(s.base())) + "的比重";
            case "rate" -> subject + "完成" + baseWords(context, s) + "的比例";
            case "change" -> subject + (s.base() == null ? "比上年增减额" : "比" + context.label(s.base()) + "增减额");
            case "changeRate" -> subject + "比上年增减比例";
            case "count" -> subject + "数量";
            default -> subject;
        };
    }
}
