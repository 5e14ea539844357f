package finacct.importer.narrative;

import finacct.kernel.events.NarrativeClaim;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What a sentence states without a figure of its own: a comparison of the figures just stated ("决算数小于年初预算数",
 * "决算数与全年预算数持平", "与上年持平") and that there is none of something ("本部门没有使用政府性基金预算财政拨款安排
 * 的支出": an amount of 0, its id marked "-none-" since no figure was printed). The words are the vocabulary's
 * ({@code comparisons}, {@code relations}, {@code absences}).
 */
final class FigureFreeClaims {

    private final NarrativeVocabulary vocabulary;

    FigureFreeClaims(NarrativeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Comparisons the sentence states without figures ("决算数小于年初预算数", "决算数与全年预算数持平", "与上年持平"),
     * of the amount the section stated last. The budget a bare "预算数" means is the one stated last, a guess when
     * the section stated both.
     */
    void comparisons(String sectionId, String s, List<ClaimExtractor.Stated> stated, ClaimExtractor.Stated amountBefore,
                     ClaimExtractor.Stated figureBefore, Map<String, String> latestBudgetKind,
                     Map<String, Set<String>> budgetKindsStated, List<NarrativeClaim> claims) {
        for (NarrativeVocabulary.Comparison c : vocabulary.comparisons()) {
            Matcher m = c.pattern().matcher(s);
            while (m.find()) {
                ClaimExtractor.Stated subject = amountBefore;
                ClaimExtractor.Stated last = figureBefore;
                for (ClaimExtractor.Stated st : stated) {
                    if (st.end() <= m.start()) {
                        last = st;
                        subject = st.kind().equals("amount") ? st : subject;
                    }
                }
                // the amount compared is the one of the figures just stated ("年初预算为…，支出决算为…。决算数小于…"),
                // never one of an item before whose own 决算数 this item did not state
                if (subject == null || last == null || !last.subject().equals(subject.subject()) || !subject.certain()) {
                    continue; // a comparison of a figure whose quantity is a guess would be a guess too
                }
                Integer sign = vocabulary.relationSign(m.group("relation"));
                if (sign == null) {
                    continue;
                }
                boolean certain = true;
                String base;
                if (c.against().equals("lastYear")) {
                    base = subject.subject() + "#lastYear";
                } else {
                    String word = m.group("base");
                    String budgetKind = vocabulary.budgetKindOf(word).orElse(null);
                    if (budgetKind == null) {
                        budgetKind = latestBudgetKind.getOrDefault(subject.subject(), "budget");
                        certain &= budgetKindsStated.getOrDefault(subject.subject(), Set.of()).size() < 2;
                    }
                    base = subject.subject() + "#" + budgetKind;
                }
                String id = sectionId + "-" + (claims.size() + 1);
                claims.add(new NarrativeClaim(id, sectionId, "comparison", subject.subject(), base, String.valueOf(sign),
                        "", s, certain ? null : Boolean.FALSE));
            }
        }
    }


    /** "没有…支出": an amount of 0 of each concept the words name. */
    void absences(String sectionId, String s, List<NarrativeClaim> claims) {
        for (NarrativeVocabulary.Absence a : vocabulary.absences()) {
            if (a.pattern().matcher(s).find()) {
                a.concepts().forEach(c -> claims.add(new NarrativeClaim(sectionId + "-none-" + (claims.size() + 1),
                        sectionId, "amount", c, null, "0", "万元", s)));
            }
        }
    }
}
