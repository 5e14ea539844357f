package finacct.importer.narrative;

import finacct.importer.text.TableTitles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the 情况说明 of a document and cuts it into sections by its numbered headings: "一、…" opens a section,
 * "（一）…" a subsection of it. The part starts at the last "第…部分 …情况说明" heading (the first is the table of
 * contents; a heading broken over two lines, "…决算情况" / "说明", counts), or, in a document without such
 * headings, at the last "一、收入支出决算总体情况说明" line; it ends at the next "第…部分".
 */
final class NarrativeReader {

    /** One section: id ("5", "5.2"), its heading as printed, its parent's heading, and its lines. */
    record Section(String id, String title, String parentTitle, List<ProseLine> lines) {
    }

    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分.*");
    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]+)、(.+)$");
    private static final Pattern LEVEL2 = Pattern.compile("^（([一二三四五六七八九十]+)）(.+)$");
    private static final int MAX_HEADING = 40;
    /** Without a "第…部分" heading the 情况说明 starts at its first section (the last such line: not the contents). */
    private static final Pattern FIRST_SECTION = Pattern.compile("^一、.*(收入支出|收支)决算(总体)?情况(说明)?$");

    /** [first line index of the part's body, index after its last line), or null when there is no 情况说明. */
    static int[] part(List<String> lines) {
        int start = -1;
        for (int n = 0; n < lines.size(); n++) {
            String c = ProseText.fold(lines.get(n));
            if (!PART.matcher(c).matches()) {
                continue;
            }
            if (c.contains("情况说明")) {
                start = n + 1;
                continue;
            }
            int next = nextNonBlank(lines, n + 1);
            if (next >= 0 && (c + ProseText.fold(lines.get(next))).contains("情况说明")
                    && ProseText.fold(lines.get(next)).length() <= 6) {
                start = next + 1;
            }
        }
        if (start < 0) {
            for (int n = 0; n < lines.size(); n++) {
                if (!lines.get(n).contains("\t") && FIRST_SECTION.matcher(ProseText.fold(lines.get(n))).matches()) {
                    start = n;
                }
            }
        }
        if (start < 0) {
            return null;
        }
        int end = lines.size();
        for (int n = start; n < lines.size(); n++) {
            if (PART.matcher(ProseText.fold(lines.get(n))).matches()) {
                end = n;
                break;
            }
        }
        return new int[] {start, end};
    }

    /**
     * The lines of the 概况 part ("第一部分 …概况": the last such heading, the first is the table of contents) up to the
     * next part or the first table's title (a layout may print no "第二部分" before its tables), table rows left
     * out: what it says of the department (无离退休人员) is checked against the tables.
     */
    static List<ProseLine> profile(List<String> lines, TableTitles titles) {
        int start = -1;
        for (int n = 0; n < lines.size(); n++) {
            String c = ProseText.fold(lines.get(n));
            if (PART.matcher(c).matches() && c.endsWith("概况")) {
                start = n + 1;
            }
        }
        List<ProseLine> out = new ArrayList<>();
        for (int n = Math.max(start, 0); start >= 0 && n < lines.size(); n++) {
            String raw = lines.get(n);
            if (PART.matcher(ProseText.fold(raw)).matches() || titles.tableOf(raw).isPresent()) {
                break;
            }
            if (!raw.isBlank() && !raw.contains("\t")) {
                out.add(new ProseLine(n + 1, raw.strip()));
            }
        }
        return out;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int n = from; n < lines.size(); n++) {
            if (!lines.get(n).isBlank()) {
                return n;
            }
        }
        return -1;
    }

    /** The sections of the part; table rows are kept in their section's lines (they are part of its text). */
    static List<Section> sections(List<String> lines, int[] part) {
        List<Section> sections = new ArrayList<>();
        String level1Id = null;
        String level1Title = null;
        String id = "0";
        String title = "";
        String parent = null;
        List<ProseLine> current = new ArrayList<>();
        for (int n = part[0]; n < part[1]; n++) {
            String raw = lines.get(n);
            if (raw.isBlank()) {
                continue;
            }
            String c = ProseText.fold(raw);
            Heading h = raw.contains("\t") ? null : heading(c);
            if (h == null) {
                current.add(new ProseLine(n + 1, raw.strip()));
                continue;
            }
            add(sections, id, title, parent, current);
            current = new ArrayList<>();
            if (h.level == 1) {
                level1Id = String.valueOf(Numerals.value(h.numeral));
                level1Title = h.title;
                id = level1Id;
                title = h.title;
                parent = null;
            } else {
                id = (level1Id == null ? "0" : level1Id) + "." + Numerals.value(h.numeral);
                title = h.title;
                parent = level1Title;
            }
            if (!h.rest.isEmpty()) {
                current.add(new ProseLine(n + 1, h.rest));
            }
        }
        add(sections, id, title, parent, current);
        return sections;
    }

    private static void add(List<Section> sections, String id, String title, String parent, List<ProseLine> lines) {
        if (!title.isEmpty() || !lines.isEmpty()) {
            sections.add(new Section(id, title, parent, List.copyOf(lines)));
        }
    }

    private record Heading(int level, String numeral, String title, String rest) {
    }

    /** A heading line: "一、…" or "（一）…", short; text after a "。" on the same line is the section's first line. */
    private static Heading heading(String c) {
        for (int level = 1; level <= 2; level++) {
            Matcher m = (level == 1 ? LEVEL1 : LEVEL2).matcher(c);
            if (!m.matches()) {
                continue;
            }
            String body = m.group(2);
            int stop = body.indexOf('。');
            String head = stop < 0 ? body : body.substring(0, stop + 1);
            String rest = stop < 0 ? "" : body.substring(stop + 1);
            if (head.length() > MAX_HEADING) {
                return null;
            }
            String printed = (level == 1 ? m.group(1) + "、" : "（" + m.group(1) + "）") + head;
            return new Heading(level, m.group(1), printed, rest);
        }
        return null;
    }

    /** The lines of the tables part that are not table rows: the notes and remarks printed under the tables. */
    static List<ProseLine> tableNotes(List<String> lines, int end, TableTitles titles) {
        int first = -1;
        for (int n = 0; n < end; n++) {
            if (titles.tableOf(lines.get(n)).isPresent()) {
                first = n;
                break;
            }
        }
        List<ProseLine> notes = new ArrayList<>();
        if (first < 0) {
            return notes;
        }
        for (int n = first; n < end; n++) {
            String raw = lines.get(n);
            String c = ProseText.fold(raw);
            if (raw.isBlank() || raw.contains("\t") || titles.tableOf(raw).isPresent() || PART.matcher(c).matches()
                    || c.startsWith("单位：") || c.startsWith("部门：")) {
                continue;
            }
            notes.add(new ProseLine(n + 1, raw.strip()));
        }
        return notes;
    }

    /** Lines of a section outside the given line numbers (the self-evaluation tables inside it). */
    static List<ProseLine> prose(Section section, Set<Integer> excluded) {
        return section.lines().stream()
                .filter(l -> !excluded.contains(l.number()) && !l.text().contains("\t")).toList();
    }

    /** Chinese numerals of headings, 一 to 九十九. */
    static final class Numerals {
        private static final String DIGITS = "一二三四五六七八九";

        private Numerals() {
        }

        static int value(String numeral) {
            int ten = numeral.indexOf('十');
            if (ten < 0) {
                return DIGITS.indexOf(numeral.charAt(0)) + 1;
            }
            int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0)) + 1;
            int ones = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1)) + 1;
            return tens * 10 + ones;
        }
    }
}
