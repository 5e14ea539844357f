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

/**
 * Reads a published final-accounts document as a PDF's text extraction gives it (tables as tab-separated
 * rows): who and which year, and every cell of the nine tables. What it cannot place is listed, never guessed.
 * Figures the extraction moved off their sentence are put back first ({@link DetachedFigures}); a text that is
 * no final-accounts document is refused ({@link FinalAccountsCheck}).
 */
public final class TextDocumentImporter {

    private final TableTitles titles = TableTitles.load();

    public ImportedDocument read(String text) {
        DetachedFigures.Result rejoined = DetachedFigures.rejoin(text.lines().toList());
        List<String> lines = rejoined.lines();
        List<TableSection> sections = new DocumentSections(titles).split(lines);
        FinalAccountsCheck.refuseIfNotFinalAccounts(text, lines, sections);
        DocumentIdentity identity = new DocumentIdentity(lines);
        Integer year = identity.year(sections);
        List<String> names = identity.department();
        ReportTemplate template = new LayoutDetector().choose(year, sections);

        List<Figure> figures = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>(rejoined.unplaced());
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
}
