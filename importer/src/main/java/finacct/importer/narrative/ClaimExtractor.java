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
 * such a base. What cannot be read so is returned as unplaced, not guessed. A figure whose words name its
 * concept only in part (other words between the phrase and the figure, a name's tail) is read with
 * {@code certain: false}: a guess the rules report, never compare. What a sentence states without a figure
 * (comparisons, "没有…支出") is {@link FigureFreeClaims}' to read.
 */
final class ClaimExtractor {

    record Result(List<NarrativeClaim> claims, List<Unplaced> unplaced) {
    }

    private static final Set<String> PERCENT_KINDS = Set.of("share", "rate", "changeRate");
    private static final Set<String> BUDGET_KINDS = Set.of("budget", "adjustedBudget");
    private static final Set<String> WHOLE_KINDS = Set.of("amount", "budget", "adjustedBudget");

    private final NarrativeVocabulary vocabulary;
    private final ConceptMatcher matcher;
    private final ClaimPatterns patterns;
    private final FigureFreeClaims figureFree;

    ClaimExtractor(NarrativeVocabulary vocabulary, ConceptMatcher matcher, ClaimPatterns patterns) {
        this.vocabulary = vocabulary;
        this.figureFree = new FigureFreeClaims(vocabulary);
        this.matcher = matcher;
        this.patterns = patterns;
    }

    private record Sentence(int start, String text, List<ClaimPatterns.Mention> mentions) {
        boolean hasFigures() {
            return mentions.stream().anyMatch(m -> !m.unit().isEmpty());
        }
    }

    /** A figure the sentence stated: its subject, kind, where it ends, and whether its binding is certain. */
    record Stated(String subject, String kind, int end, boolean certain) {
    }

    /** The quantity a figure names, and whether the words name it for sure (else a guess: see certain()). */
    private record Subject(String key, boolean certain) {
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
        Map<String, Set<String>> budgetKindsStated = new HashMap<>();
        Stated lastAmount = null;
        Stated lastFigure = null;
        List<Stated> previousFigures = List.of();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String s = sentence.text();
            Stated amountBefore = lastAmount;
            Stated figureBefore = lastFigure;
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
                Subject named = subjectOf(kind, cue, mention, s, stated, masked, openerEnd, listKey, sentences, i, scope,
                        previousEnd);
                String subject = named == null ? null : named.key();
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
                    base = shareBase(cue, subject, sentence, stated, previousFigures, scope);
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
                claims.add(new NarrativeClaim(id, sectionId, kind, subject, base, value, mention.unit(), s,
                        named.certain() ? null : Boolean.FALSE));
                Stated figure = new Stated(subject, kind, mention.end(), named.certain());
                stated.add(figure);
                if (BUDGET_KINDS.contains(kind)) {
                    latestBudgetKind.put(subject, kind);
                    budgetKindsStated.computeIfAbsent(subject, k -> new java.util.HashSet<>()).add(kind);
                }
                if (kind.equals("amount")) {
                    lastAmount = figure;
                }
                lastFigure = figure;
                previousEnd = mention.end();
            }
            figureFree.comparisons(sectionId, s, stated, amountBefore, figureBefore, latestBudgetKind, budgetKindsStated,
                    claims);
            figureFree.absences(sectionId, s, claims);
            if (!stated.isEmpty()) {
                previousFigures = List.copyOf(stated);
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

    private Subject subjectOf(String kind, ClaimPatterns.Cue cue, ClaimPatterns.Mention mention, String s,
                              List<Stated> stated, List<int[]> masked, int openerEnd, String listKey,
                              List<Sentence> sentences, int index, String scope, int previousEnd) {
        boolean relative = PERCENT_KINDS.contains(kind) || (kind.equals("change") && cue.base() != null);
        if (relative && !stated.isEmpty()) {
            Stated previous = stated.get(stated.size() - 1);
            if (PERCENT_KINDS.contains(previous.kind()) && previous.end() < cue.start()) {
                // "…（类）占 86.05%；社会保障和就业支出（类）占 13.52%": the next share names its own part
                Optional<ConceptMatcher.Match> own = matcher.best(s, previous.end(), cue.start(), scope, masked);
                if (own.isPresent()) {
                    return new Subject(own.get().key(), previous.certain());
                }
            }
            if (kind.equals("share")) {
                return new Subject(qualified(previous), previous.certain());
            }
            return new Subject(previous.subject(), previous.certain());
        }
        if (listKey != null && kind.equals("amount") && mention.start() > openerEnd) {
            int from = openerEnd;
            for (int k = openerEnd; k < mention.start(); k++) {
                if ("，；：".indexOf(s.charAt(k)) >= 0) {
                    from = k + 1;
                }
            }
            String name = ConceptMatcher.cleanName(s.substring(from, mention.start()));
            return name.isEmpty() ? null : new Subject(listKey.replace("{name}", name), true);
        }
        int to = relative ? cue.start() : mention.start();
        Optional<ConceptMatcher.Match> here = matcher.best(s, 0, to, scope, masked);
        if (here.isPresent()) {
            int wordsEnd = cue.kind().equals("amount") ? mention.start() : cue.start();
            return new Subject(here.get().key(), relative || certain(here.get(), s, previousEnd, wordsEnd));
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
                return new Subject(there.get().key(), true);
            }
        }
        return null;
    }

    /**
     * Whether the words name the concept for sure: between the concept's phrase (or the figure before) and the
     * figure's cue only filler words (为, 决算数, 与上年相比 …: the vocabulary's certainGap), and a phrase that is
     * often the tail of a longer name (项目支出 in "网络运维项目支出") starting where a name can start. Otherwise the
     * figure may be of something the vocabulary does not know — one project's, a sub-item's — and is a guess.
     */
    private boolean certain(ConceptMatcher.Match match, String s, int previousEnd, int wordsEnd) {
        if (match.key().startsWith("project:") || match.key().startsWith("carryover:")) {
            return true;
        }
        int from = Math.max(match.end(), previousEnd);
        String gap = from < wordsEnd ? s.substring(from, wordsEnd) : "";
        if (!vocabulary.isFillerGap(gap)) {
            return false;
        }
        return !match.nameTail() || vocabulary.isNameStart(s.substring(0, match.start()));
    }

    /**
     * What a share is of: the quantity "占" names; else the whole the sentence names before its first figure
     * ("“三公”经费财政拨款支出决算中，因公出国（境）费…，占…"); else the sentence's first figure of the same kind
     * (决算 or 预算) that is not itself one of the parts it gives shares of — "因公出国（境）费 0 万元，占 0%；公务接待费
     * 1.20 万元，占 100%" lists parts side by side, none is the other's whole —; else such a figure of the sentence
     * before.
     */
    private String shareBase(ClaimPatterns.Cue cue, String subject, Sentence sentence, List<Stated> stated,
                             List<Stated> previousFigures, String scope) {
        String s = sentence.text();
        String qualifier = subject.contains("#") ? subject.substring(subject.indexOf('#')) : "";
        if (cue.base() != null && !cue.base().isEmpty()) {
            int from = cue.start() + 1;
            Optional<ConceptMatcher.Match> named = matcher.best(s, from, from + cue.base().length(), scope, List.of());
            return named.map(m -> m.key() + qualifier).orElse(null);
        }
        Set<String> parts = new java.util.HashSet<>();
        parts.add(subject);
        stated.stream().filter(st -> st.kind().equals("share")).forEach(st -> parts.add(st.subject()));
        Optional<String> lead = leadWhole(sentence, scope).map(w -> w + qualifier).filter(w -> !parts.contains(w));
        if (lead.isPresent()) {
            return lead.get();
        }
        for (List<Stated> figures : List.of(stated, previousFigures)) {
            for (Stated st : figures) {
                String whole = qualified(st);
                if (WHOLE_KINDS.contains(st.kind()) && !parts.contains(whole)
                        && qualifierOf(whole).equals(qualifier)) {
                    return whole;
                }
            }
        }
        return null;
    }

    /** The quantity the words before a sentence's first figure name as the whole of what follows ("…决算中，"). */
    private Optional<String> leadWhole(Sentence sentence, String scope) {
        if (sentence.mentions().isEmpty()) {
            return Optional.empty();
        }
        String head = sentence.text().substring(0, sentence.mentions().get(0).start());
        Matcher marker = vocabulary.wholeMarker().matcher(head);
        int end = -1;
        while (marker.find()) {
            end = marker.start();
        }
        int wholeEnd = end;
        if (wholeEnd <= 0) {
            return Optional.empty();
        }
        return matcher.best(head, 0, wholeEnd, scope, List.of()).filter(m -> m.end() == wholeEnd)
                .map(ConceptMatcher.Match::key);
    }

    private static String qualifierOf(String key) {
        return key.contains("#") ? key.substring(key.indexOf('#')) : "";
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
