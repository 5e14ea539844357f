package finacct.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts a document's lines into table sections. A table runs from its title to its 注 / 说明 (or the next
 * title, or the next 第…部分 heading); what follows its 注 up to the next title or heading is kept as its notes.
 * A table broken across pages is one section: a repeated title (with or without "续表"), a bare "续表" line,
 * page-number lines ("- 12 -", "第 3 页") and repeated headers in between are not rows.
 */
final class DocumentSections {

    private static final Pattern SECTION_END = Pattern.compile("^(注[:：]|说明[:：]|第[一二三四五六七八九十]+部分).*");
    private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六七八九十]+部分.*");
    private static final Pattern CONTINUED = Pattern.compile("^[(（]?续(表|上表)?\\d*[)）]?[:：]?$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^([-—–－]*\\d{1,4}[-—–－]*|第\\d{1,4}页(,?共\\d{1,4}页)?|\\d{1,4}/\\d{1,4}|共\\d{1,4}页第\\d{1,4}页)$");

    /** A table's notes are a few lines; beyond them (no heading met) the text is the narrative's. */
    private static final int MAX_NOTES = 8;

    private final TableTitles titles;

    DocumentSections(TableTitles titles) {
        this.titles = titles;
    }

    List<TableSection> split(List<String> lines) {
        List<TableSection> sections = new ArrayList<>();
        Open open = null;
        boolean inNotes = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String compact = TextNormalizer.compact(line);
            Optional<String> title = titles.tableOf(line);
            if (title.isPresent()) {
                if (open != null && open.table.equals(title.get())) {
                    inNotes = false; // the same table again: its next page
                    continue;
                }
                close(open, sections);
                open = new Open(title.get(), line.strip());
                inNotes = false;
                continue;
            }
            if (open == null) {
                continue;
            }
            if (isPageBreakNoise(line, compact)) {
                continue;
            }
            if (PART_HEADING.matcher(compact).matches()) {
                close(open, sections);
                open = null;
                continue;
            }
            TableSection.Line numbered = new TableSection.Line(n + 1, line);
            if (inNotes || SECTION_END.matcher(compact).matches()) {
                inNotes = true;
                if (open.notes.size() < MAX_NOTES) {
                    open.notes.add(numbered);
                }
            } else {
                open.lines.add(numbered);
            }
        }
        close(open, sections);
        return sections;
    }

    /** A page number or a "续表" marker standing alone on its line (a table row always has tabs). */
    private static boolean isPageBreakNoise(String line, String compact) {
        if (line.contains("\t")) {
            return false;
        }
        return PAGE_NUMBER.matcher(compact).matches() || CONTINUED.matcher(compact).matches();
    }

    private static void close(Open open, List<TableSection> sections) {
        if (open != null) {
            sections.add(new TableSection(open.table, open.title, List.copyOf(open.lines), List.copyOf(open.notes)));
        }
    }

    private static final class Open {
        final String table;
        final String title;
        final List<TableSection.Line> lines = new ArrayList<>();
        final List<TableSection.Line> notes = new ArrayList<>();

        Open(String table, String title) {
            this.table = table;
            this.title = title;
        }
    }
}
