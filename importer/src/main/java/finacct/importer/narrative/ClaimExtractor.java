package finacct.importer.narrative;

import finacct.importer.Unplaced;
import finacct.kernel.events.NarrativeClaim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads the figures one narrative section states into claims. Per figure: the cue before it says its kind
 * (占… share, 完成…的 rate, 增加/减少 change, 年初预算 budget …), its unit checks that kind, and its subject is
 * the quantity the words before it name (or, for a share, rate or change, the figure just stated in the same
 * sentence). A sentence naming no quantity inherits the one named by the figure-free sentences just before it
 * ("1. 一般公共服务支出（类）。年初预算为…"), skipping sentences that only describe (主要用于：…), never across
 * another figure's sentence. A share's base is the quantity "占…" names, else the sentence's first other figure;
 * a rate's base is "<subject>#budget" or "#adjustedBudget" as its words say; "比年初预算减少 X" is a change with
 * such a base. What cannot be read so is returned as unplaced, not guessed.
 */
final class ClaimExtractor {

    record Result(List<NarrativeClaim> claims, List<Unplaced> unplaced) {
    }

    private static final Set<String> PERCENT_KINDS = Set.of("share", "rate", "changeRate");
    private static final Set<String> BUDGET_KINDS = Set.of("budget", "adjustedBudget");

    private final NarrativeVocabulary vocabulary;
    private final ConceptMatcher matcher;
    private final ClaimPatterns patterns;

    ClaimExtractor(NarrativeVocabulary vocabulary, ConceptMatcher matcher, ClaimPatterns patterns) {
        this.vocabulary = vocabulary;
        this.matcher = matcher;
        this.patterns = patterns;
    }

    private record Sentence(int start, String text, List<ClaimPatterns.Mention> mentions) {
        boolean hasFigures() {
            return mentions.stream().anyMatch(m -> !m.unit().isEmpty());
        }
    }

    private record Stated(String subject, String kind, int end) {
    }

    Result extract(String sectionId, String scope, List<ProseLine> lines) {
        StringBuilder text = new StringBuilder();
        List<int[]> lineStarts = new ArrayList<>();
        for (ProseLine line : lines) {
            String folded = ProseText.fold(line.text());
            if (!folded.isEmpty()) {
                lineStarts.add(new int[] {text.length(), line.number()});
                text.append(folded);
            }
        }
        List<Sentence> sentences = sentences(text.toString());
        List<NarrativeClaim> claims = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        Map<String, String> latestBudgetKind = new HashMap<>();
        String previousWhole = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String s = sentence.text();
            List<Stated> stated = new ArrayList<>();
            List<int[]> masked = new ArrayList<>();
            int openerEnd = -1;
            String listKey = null;
            for (NarrativeVocabulary.ItemList list : vocabulary.lists()) {
                Matcher m = list.opener().matcher(s);
                if (m.find()) {
                    openerEnd = m.end();
                    listKey = list.key();
                    break;
                }
            }
            int previousEnd = 0;
            for (ClaimPatterns.Mention mention : sentence.mentions()) {
                ClaimPatterns.Cue cue = patterns.cue(s, previousEnd, mention.start());
                String unitKind = patterns.unitKind(mention.unit()).orElse("");
                String kind = kindOf(cue, unitKind, mention.unit());
                int line = lineOf(lineStarts, sentence.start() + mention.start());
                if (kind == null) {
                    if (!mention.unit().isEmpty() && !unitKind.equals("count")) {
                        unplaced.add(new Unplaced(line, s, "情况说明中的“" + mention.number() + mention.unit()
                                + "”前后没有说明它是金额、占比、增减还是完成率的字样，未读入"));
                        previousEnd = mention.end();
                    }
                    continue;
                }
                String subject = subjectOf(kind, cue, mention, s, stated, masked, openerEnd, listKey, sentences, i, scope);
                if (subject == null) {
                    if (!kind.equals("count")) {
                        unplaced.add(new Unplaced(line, s, "情况说明中的“" + mention.number() + mention.unit()
                                + "”未能确定所指的数量，未读入"));
                    }
                    previousEnd = mention.end();
                    continue;
                }
                String base = null;
                if (kind.equals("share")) {
                    base = shareBase(cue, subject, s, stated, previousWhole, scope);
                    masked.add(new int[] {cue.start(), mention.start()});
                } else if (kind.equals("rate") || (kind.equals("change") && cue.base() != null)) {
                    String budgetKind = cue.base() == null ? null : vocabulary.budgetKindOf(cue.base()).orElse(null);
                    if (budgetKind == null) {
                        budgetKind = latestBudgetKind.getOrDefault(subject, "budget");
                    }
                    base = subject + "#" + budgetKind;
                    masked.add(new int[] {cue.start(), mention.start()});
                }
                String value = ProseText.number(mention.number());
                if (vocabulary.isNegative(cue.sign()) && !value.startsWith("-")) {
                    value = "-" + value;
                }
                String id = sectionId + "-" + (claims.size() + 1);
                claims.add(new NarrativeClaim(id, sectionId, kind, subject, base, value, mention.unit(), s));
                stated.add(new Stated(subject, kind, mention.end()));
                if (BUDGET_KINDS.contains(kind)) {
                    latestBudgetKind.put(subject, kind);
                }
                previousEnd = mention.end();
            }
            if (!stated.isEmpty()) {
                Stated first = stated.get(0);
                previousWhole = qualified(first);
            }
        }
        return new Result(claims, unplaced);
    }

    /** The claim kind a cue and a unit make together; null when they do not fit (a % after 年初预算为). */
    private static String kindOf(ClaimPatterns.Cue cue, String unitKind, String unit) {
        boolean percentLike = unitKind.equals("percent") || unit.isEmpty();
        switch (cue.kind()) {
            case "share", "rate":
                return percentLike ? cue.kind() : null;
            case "change":
                if (cue.base() != null) {
                    return unitKind.equals("amount") ? "change" : null;
                }
                if (percentLike) {
                    return "changeRate";
                }
                return unitKind.equals("amount") ? "change" : null;
            case "budget", "adjustedBudget":
                return unitKind.equals("amount") ? cue.kind() : null;
            default:
                if (unitKind.equals("amount")) {
                    return "amount";
                }
                return unitKind.equals("count") ? "count" : null;
        }
    }

    private String subjectOf(String kind, ClaimPatterns.Cue cue, ClaimPatterns.Mention mention, String s,
                             List<Stated> stated, List<int[]> masked, int openerEnd, String listKey,
                             List<Sentence> sentences, int index, String scope) {
        boolean relative = PERCENT_KINDS.contains(kind) || (kind.equals("change") && cue.base() != null);
        if (relative && !stated.isEmpty()) {
            Stated previous = stated.get(stated.size() - 1);
            if (kind.equals("share")) {
                return qualified(previous);
            }
            return previous.subject();
        }
        if (listKey != null && kind.equals("amount") && mention.start() > openerEnd) {
            int from = openerEnd;
            for (int k = openerEnd; k < mention.start(); k++) {
                if ("，；：".indexOf(s.charAt(k)) >= 0) {
                    from = k + 1;
                }
            }
            String name = ConceptMatcher.cleanName(s.substring(from, mention.start()));
            return name.isEmpty() ? null : listKey.replace("{name}", name);
        }
        int to = relative ? cue.start() : mention.start();
        Optional<ConceptMatcher.Match> here = matcher.best(s, 0, to, scope, masked);
        if (here.isPresent()) {
            return here.get().key();
        }
        for (int j = index - 1; j >= 0; j--) {
            Sentence before = sentences.get(j);
            if (before.hasFigures()) {
                return null;
            }
            if (vocabulary.isDescriptive(before.text())) {
                continue;
            }
            Optional<ConceptMatcher.Match> there = matcher.best(before.text(), 0, before.text().length(), scope, List.of());
            if (there.isPresent()) {
                return there.get().key();
            }
        }
        return null;
    }

    /** What a share is of: the quantity "占" names, else the sentence's whole (its first other figure). */
    private String shareBase(ClaimPatterns.Cue cue, String subject, String s, List<Stated> stated,
                             String previousWhole, String scope) {
        String qualifier = subject.contains("#") ? subject.substring(subject.indexOf('#')) : "";
        if (cue.base() != null && !cue.base().isEmpty()) {
            int from = cue.start() + 1;
            Optional<ConceptMatcher.Match> named = matcher.best(s, from, from + cue.base().length(), scope, List.of());
            return named.map(m -> m.key() + qualifier).orElse(null);
        }
        for (Stated st : stated) {
            if (!qualified(st).equals(subject)) {
                return qualified(st);
            }
        }
        return previousWhole != null && !previousWhole.equals(subject) ? previousWhole : null;
    }

    /** A budget figure's subject as a base or share subject names it: "gpb.project#budget". */
    private static String qualified(Stated s) {
        return BUDGET_KINDS.contains(s.kind()) ? s.subject() + "#" + s.kind() : s.subject();
    }

    private List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || "。！？".indexOf(text.charAt(k)) >= 0) {
                if (k > start) {
                    String s = text.substring(start, k);
                    out.add(new Sentence(start, s, patterns.mentions(s)));
                }
                start = k + 1;
            }
        }
        return out;
    }

    private static int lineOf(List<int[]> lineStarts, int offset) {
        int line = lineStarts.isEmpty() ? 0 : lineStarts.get(0)[1];
        for (int[] ls : lineStarts) {
            if (ls[0] <= offset) {
                line = ls[1];
            } else {
                break;
            }
        }
        return line;
    }
}
