package finacct.importer.text;

import finacct.importer.DocumentUnreadableException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses a text that is no final-accounts document at all, saying what was expected and what was found:
 * bytes that are not text, a budget (预算) instead of a final account (决算), another report. A text with one of
 * the nine tables, or that has the words of one (决算, a 情况说明 or self-evaluation on its own), is read.
 */
final class FinalAccountsCheck {

    private static final String EXPECTED = "应为部门决算文档（收入支出决算总表等九张决算表及情况说明的文字，或其 JSON、Excel 形式）";
    /** Above this share of control or undecodable characters the content is not text. */
    private static final double BINARY_SHARE = 0.01;
    private static final int TITLE_LENGTH = 40;
    /** Words only a final account's parts print: its name, its 情况说明, its self-evaluations. */
    private static final Pattern FINAL_ACCOUNTS_WORDS = Pattern.compile("决算|情况说明|绩效自评|自评表");
    private static final Pattern BUDGET_TITLE = Pattern.compile("预算总表|预算表|部门预算");

    private FinalAccountsCheck() {
    }

    static void refuseIfNotFinalAccounts(String text, List<String> lines, List<TableSection> sections) {
        if (binaryShare(text) > BINARY_SHARE) {
            throw new DocumentUnreadableException("不是部门决算：" + EXPECTED + "，读到的却不是文字（疑为二进制、加密或已损坏的文件）");
        }
        if (!sections.isEmpty()) {
            return;
        }
        String all = TextNormalizer.compact(text);
        boolean budget = all.contains("部门预算") && !all.contains("部门决算")
                || !all.contains("决算") && BUDGET_TITLE.matcher(all).find();
        if (!budget && FINAL_ACCOUNTS_WORDS.matcher(all).find()) {
            return;
        }
        if (budget) {
            throw new DocumentUnreadableException("不是部门决算：" + EXPECTED + "，读到的是预算文档（" + title(lines)
                    + "），其中没有任何一张决算表；请提交年度终了后编制的部门决算");
        }
        throw new DocumentUnreadableException("不是部门决算：" + EXPECTED + "，读到的文档（" + title(lines)
                + "）中找不到部门决算的任何一张表，也没有“决算”字样");
    }

    private static double binaryShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long odd = text.chars().filter(c -> c == '\uFFFD'
                || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')).count();
        return (double) odd / text.length();
    }

    /** The first line with words, shortened: what the document calls itself. */
    private static String title(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> "开头为“" + (l.length() > TITLE_LENGTH ? l.substring(0, TITLE_LENGTH) + "…" : l) + "”")
                .orElse("没有文字");
    }
}
