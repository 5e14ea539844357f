package finacct.validation.rules.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.kernel.classification.Classification;
import finacct.kernel.events.Figure;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.kernel.template.TableDefinition;
import finacct.validation.rules.BaseRule;
import finacct.validation.rules.Facts;
import finacct.validation.rules.RuleHeader;
import finacct.validation.rules.RowRefs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code kind: codes} — the subject codes of the given {@code tables} against the {@code classification}
 * ({@code function} or {@code economic}) of the submission's fiscal year. {@code check} says which question
 * the rule asks, so each has its own severity in the rule file:
 * <ul>
 *   <li>{@code known} — the code is in the classification data (the data may be incomplete: a warning);</li>
 *   <li>{@code names} — the printed name is the code's name (tolerating width, spaces and abbreviation);</li>
 *   <li>{@code consistent} — one code has one name throughout the document.</li>
 * </ul>
 * A printed name that is a fragment of the other name (its characters in the same order, some missing: a name
 * wrapped in its cell that the text extraction cut, "…基本养老保", or interleaved) is a reading artifact, not a
 * second name: it is reported as INFO whatever the rule's severity.
 * One finding per code (or per code and name), pointing at the code's rows in every table.
 */
public final class CodesRule extends BaseRule {

    private final List<String> tables;
    private final String classification;
    private final String check;

    public CodesRule(RuleHeader header, JsonNode spec) {
        super(header);
        this.tables = RowRefs.list(spec.get("tables"));
        this.classification = spec.path("classification").asText("function");
        this.check = spec.path("check").asText("known");
        if (!List.of("known", "names", "consistent").contains(check)) {
            throw new IllegalArgumentException("check must be known, names or consistent: " + check);
        }
    }

    /** Where one code appears: the first cell of its row in each table, and the name printed there. */
    private record Use(String table, FindingCell cell, String name) {
    }

    @Override
    public List<Finding> check(Facts facts) {
        Classification data = Classification.of(classification, facts.fiscalYear());
        Map<String, List<Use>> uses = uses(facts);
        List<Finding> findings = new ArrayList<>();
        uses.forEach((code, list) -> {
            switch (check) {
                case "known" -> known(data, code, list).ifPresent(findings::add);
                case "names" -> findings.addAll(names(data, code, list));
                default -> consistent(code, list).ifPresent(findings::add);
            }
        });
        return findings;
    }

    private Map<String, List<Use>> uses(Facts facts) {
        Map<String, List<Use>> uses = new LinkedHashMap<>();
        for (String tableId : tables) {
            TableDefinition table = facts.table(tableId);
            Map<String, Use> firstOfRow = new LinkedHashMap<>();
            for (Figure f : facts.cellsOf(tableId)) {
                if (table.row(f.row()).isPresent() || !table.isSubjectCode(f.row())) {
                    continue;
                }
                Use before = firstOfRow.get(f.row());
                if (before == null || (before.name() == null && f.name() != null)) {
                    firstOfRow.put(f.row(), new Use("表" + table.number(), new FindingCell(tableId, f.row(), f.column(), f.value()),
                            f.name() == null || f.name().isBlank() ? null : f.name().strip()));
                }
            }
            firstOfRow.forEach((code, use) -> uses.computeIfAbsent(code, c -> new ArrayList<>()).add(use));
        }
        return uses;
    }

    private Optional<Finding> known(Classification data, String code, List<Use> list) {
        if (data.knows(code)) {
            return Optional.empty();
        }
        String printed = list.stream().map(Use::name).filter(n -> n != null).findFirst().orElse("");
        return Optional.of(new Finding(header.id(), header.severity(),
                header.message() + "：科目编码 " + code + (printed.isEmpty() ? "" : "（" + printed + "）") + " 不在 "
                        + data.year() + " 年" + data.title() + "数据中（" + where(list) + "；分类数据可能不全）",
                cells(list), null, code, null));
    }

    private List<Finding> names(Classification data, String code, List<Use> list) {
        List<Finding> findings = new ArrayList<>();
        if (!data.knows(code)) {
            return findings;
        }
        String official = data.officialName(code).orElse("");
        Map<String, List<Use>> byName = byName(list);
        byName.forEach((normalized, same) -> {
            String printed = same.get(0).name();
            if (!data.nameMatches(code, printed) && isFragmentOf(printed, official)) {
                findings.add(new Finding(header.id(), Severity.INFO, header.message() + "：科目 " + code + " 印为“"
                        + printed + "”，是" + data.year() + " 年" + data.title() + "名称“" + official
                        + "”的片段，疑为单元格内折行的名称被文字提取截断或交错，不是另一个名称（" + where(same) + "）",
                        cells(same), official, printed, null));
            } else if (!data.nameMatches(code, printed)) {
                findings.add(new Finding(header.id(), header.severity(),
                        header.message() + "：科目 " + code + " 印为“" + printed + "”，" + data.year() + " 年"
                                + data.title() + "为“" + official + "”（" + where(same) + "）",
                        cells(same), official, printed, null));
            }
        });
        return findings;
    }

    private Optional<Finding> consistent(String code, List<Use> list) {
        Map<String, List<Use>> byName = byName(list);
        if (byName.size() < 2) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        byName.values().forEach(same -> parts.add("“" + same.get(0).name() + "”（" + where(same) + "）"));
        List<String> printed = byName.values().stream().map(s -> s.get(0).name()).toList();
        String longest = printed.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        if (printed.stream().allMatch(n -> n.equals(longest) || isFragmentOf(n, longest))) {
            return Optional.of(new Finding(header.id(), Severity.INFO,
                    header.message() + "：科目 " + code + " 的名称" + String.join("，", parts) + "中，较短者是“" + longest
                            + "”的片段，疑为单元格内折行的名称被文字提取截断或交错（读取问题，不是两个名称）",
                    cells(list), longest, printed.stream().filter(n -> !n.equals(longest)).findFirst().orElse(longest),
                    null));
        }
        return Optional.of(new Finding(header.id(), header.severity(),
                header.message() + "：科目 " + code + " 在本文件中有 " + byName.size() + " 个不同名称："
                        + String.join("，", parts),
                cells(list), printed.get(0), printed.get(1), null));
    }

    /**
     * Whether {@code part}'s characters all appear in {@code whole}, in order, and make at least half of it: a cut
     * or interleaved copy ("其他支出" beside "其他社会保障和就业支出" is too little of it to say).
     */
    static boolean isFragmentOf(String part, String whole) {
        String p = Classification.normalize(part);
        String w = Classification.normalize(whole);
        if (p.length() < 2 || p.length() >= w.length() || p.length() * 2 < w.length()) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < w.length() && at < p.length(); i++) {
            if (w.charAt(i) == p.charAt(at)) {
                at++;
            }
        }
        return at == p.length();
    }

    private static Map<String, List<Use>> byName(List<Use> list) {
        Map<String, List<Use>> byName = new LinkedHashMap<>();
        for (Use use : list) {
            if (use.name() != null) {
                byName.computeIfAbsent(Classification.normalize(use.name()), n -> new ArrayList<>()).add(use);
            }
        }
        return byName;
    }

    private static String where(List<Use> list) {
        return String.join("、", list.stream().map(Use::table).distinct().toList());
    }

    private static List<FindingCell> cells(List<Use> list) {
        return list.stream().map(Use::cell).toList();
    }
}
