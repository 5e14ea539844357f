package finacct.importer.text;

import finacct.importer.ImportedDocument;
import finacct.importer.Unplaced;
import finacct.importer.narrative.NarrativeImport;
import finacct.kernel.events.Figure;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.TableDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a published final-accounts document as a PDF's text extraction gives it (tables as tab-separated
 * rows): who and which year, and every cell of the nine tables. What it cannot place is listed, never guessed.
 */
public final class TextDocumentImporter {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年度");
    private static final Pattern DEPARTMENT_LINE = Pattern.compile("^部门[:：](.+?)(单位[:：].*)?$");
    private static final Pattern OVERVIEW_HEADING = Pattern.compile("^第一部分(.+?)(部门)?概况$");

    private final TableTitles titles = TableTitles.load();

    public ImportedDocument read(String text) {
        List<String> lines = text.lines().toList();
        Integer year = findYear(lines);
        List<String> names = findDepartment(lines);
        List<TableSection> sections = new DocumentSections(titles).split(lines);
        ReportTemplate template = new LayoutDetector().choose(year, sections);

        List<Figure> figures = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        List<String> found = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (TableSection section : sections) {
            Optional<TableDefinition> table = template.table(section.table());
            if (table.isEmpty()) {
                continue;
            }
            ParseSink sink = new ParseSink();
            TableParser.forTable(table.get()).parse(table.get(), section, sink);
            figures.addAll(sink.figures());
            unplaced.addAll(sink.unplaced());
            if (!found.contains(section.table())) {
                found.add(section.table());
            }
            if (sink.figures().isEmpty() && section.notes().stream().anyMatch(l -> titles.declaresEmpty(l.text()))) {
                empty.add(section.table());
            }
        }
        NarrativeImport.Result narrative = NarrativeImport.read(lines, template, figures, titles);
        unplaced.addAll(narrative.unplaced());
        String name = names.isEmpty() ? null : names.get(0);
        return new ImportedDocument(name, names.size() > 1 ? names.subList(1, names.size()) : List.of(), year,
                template.version(), found, figures, narrative.sections(), narrative.claims(), narrative.evaluations(),
                unplaced, empty);
    }

    private static Integer findYear(List<String> lines) {
        for (String line : lines) {
            Matcher m = YEAR.matcher(TextNormalizer.compact(line));
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** The official name first, then the names printed beside it in parentheses. */
    private static List<String> findDepartment(List<String> lines) {
        for (String line : lines) {
            String c = TextNormalizer.compact(line);
            Matcher m = DEPARTMENT_LINE.matcher(c);
            if (m.matches()) {
                return splitNames(m.group(1));
            }
        }
        for (String line : lines) {
            Matcher m = OVERVIEW_HEADING.matcher(TextNormalizer.compact(line));
            if (m.matches()) {
                return splitNames(m.group(1));
            }
        }
        return List.of();
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
