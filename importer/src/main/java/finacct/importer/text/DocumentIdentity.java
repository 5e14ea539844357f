package finacct.importer.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who and which year a document is, from wherever it says so. A PDF's text extraction may break the title over
 * lines ("中共某某区委" / "社会工作部 2024" / "年度部门决算"), so the title is read from its lines joined; then a
 * "20xx年度…部门决算" line, then the tables' headings ("2024年度收入决算表"), then the 情况说明: the year most of
 * its "20xx年度" name, leaving out the year compared with ("与 2023 年度相比", "比上年度").
 */
final class DocumentIdentity {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年度");
    private static final Pattern TITLE = Pattern.compile("^(?:附件\\d*)?(.*?)(20\\d{2})年度?(.*?)部门决算(?!表)");
    private static final Pattern PART_TITLE = Pattern.compile("^第[一二三四五六七八九十]+部分(.+?)(20\\d{2})年度部门决算");
    private static final Pattern COMPARED = Pattern.compile("(与|比|较|同|上|至)$");
    private static final Pattern DEPARTMENT_LINE = Pattern.compile("^部门[:：](.+?)(单位[:：].*)?$");
    private static final Pattern OVERVIEW_HEADING = Pattern.compile("^第一部分(.+?)(部门)?概况$");
    /** How many lines of the title block are read joined. */
    private static final int TITLE_LINES = 12;
    private static final int TITLE_REACH = 3;

    private final List<String> compact;

    DocumentIdentity(List<String> lines) {
        this.compact = lines.stream().map(TextNormalizer::compact).toList();
    }

    Integer year(List<TableSection> sections) {
        return titleMatch().map(m -> Integer.valueOf(m.group(2)))
                .or(this::yearOfATitleLine)
                .or(() -> yearOfHeadings(sections))
                .orElseGet(this::mostStatedYear);
    }

    /** The official name first, then the names printed beside it in parentheses. */
    List<String> department() {
        for (String c : compact) {
            Matcher m = DEPARTMENT_LINE.matcher(c);
            if (m.matches()) {
                return splitNames(m.group(1));
            }
        }
        for (String c : compact) {
            Matcher m = OVERVIEW_HEADING.matcher(c);
            if (m.matches()) {
                return splitNames(m.group(1));
            }
        }
        for (String c : compact) {
            Matcher m = PART_TITLE.matcher(c);
            if (m.find()) {
                return splitNames(m.group(1));
            }
        }
        return titleMatch().map(m -> m.group(1).isEmpty() ? m.group(3) : m.group(1))
                .filter(name -> name.length() >= 2).map(DocumentIdentity::splitNames).orElse(List.of());
    }

    /** The document's title, its first lines joined a few at a time ("…部门决算", not "…决算表"). */
    private Optional<Matcher> titleMatch() {
        List<String> head = new ArrayList<>();
        for (String c : compact) {
            if (!c.isEmpty()) {
                head.add(c);
            }
            if (head.size() >= TITLE_LINES || c.startsWith("目录")) {
                break;
            }
        }
        for (int i = 0; i < head.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int k = i; k < head.size() && k < i + TITLE_REACH; k++) {
                joined.append(head.get(k));
                Matcher m = TITLE.matcher(joined.toString());
                if (m.find()) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> yearOfATitleLine() {
        for (int i = 0; i < compact.size(); i++) {
            String c = compact.get(i);
            String next = i + 1 < compact.size() ? compact.get(i + 1) : "";
            Matcher m = Pattern.compile("(20\\d{2})年度?部门决算").matcher(c.matches("^.*20\\d{2}$") ? c + next : c);
            if (m.find()) {
                return Optional.of(Integer.valueOf(m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> yearOfHeadings(List<TableSection> sections) {
        for (TableSection s : sections) {
            Matcher m = YEAR.matcher(TextNormalizer.compact(s.title()));
            if (m.find()) {
                return Optional.of(Integer.valueOf(m.group(1)));
            }
        }
        return Optional.empty();
    }

    private Integer mostStatedYear() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (String c : compact) {
            Matcher m = YEAR.matcher(c);
            while (m.find()) {
                if (!COMPARED.matcher(c.substring(0, m.start())).find()) {
                    counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<String> splitNames(String s) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("^(.+?)\\((.+)\\)$").matcher(s);
        if (m.matches()) {
            names.add(m.group(1));
            names.add(m.group(2));
        } else {
            names.add(s);
        }
        return names;
    }
}
