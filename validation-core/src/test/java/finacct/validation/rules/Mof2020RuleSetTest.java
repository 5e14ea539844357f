package finacct.validation.rules;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.kernel.results.Severity;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped 2020 rule set: it loads, and every note printed under the sample's tables is one of its rules. */
class Mof2020RuleSetTest {

    private static final Pattern TITLE = Pattern.compile("（表(\\d)）");
    private static final Pattern NOTE = Pattern.compile("(\\d+)\\s*(行|栏)(各行)?\\s*=\\s*[(（]([^)）]*)[)）]\\s*(行|栏)");

    /** One identity as printed: table, 行 or 栏, the total, and the signed parts. */
    record Note(String table, boolean rows, String total, List<String> parts, String text) {
    }

    @Test
    void theRuleSetLoadsWithUniqueIdsAMessageAndASeverityForEveryRule() {
        RuleSet set = RuleSets.forTemplate("MOF-2020").orElseThrow();
        assertThat(set.version()).startsWith("MOF-2020/");
        assertThat(set.rules()).hasSizeGreaterThan(60);
        Set<String> ids = new HashSet<>();
        for (Rule rule : set.rules()) {
            assertThat(ids.add(rule.header().id())).as("duplicate id %s", rule.header().id()).isTrue();
            assertThat(rule.header().message()).isNotEqualTo(rule.header().id()).containsPattern("\\p{IsHan}");
        }
        assertThat(set.rules()).extracting(r -> r.header().kind()).contains(
                "rowSum", "columnSum", "hierarchy", "equal", "lessOrEqual", "perFunctionClass", "codes", "nonNegative");
    }

    @Test
    void theSamplePrintsTheNotesThisTestReads() throws IOException {
        List<Note> notes = notes(RealDocuments.sampleText());
        assertThat(notes).extracting(Note::table).contains("T1", "T2", "T3", "T4", "T5", "T7", "T8", "T9");
        assertThat(notes.size()).isGreaterThanOrEqualTo(19);
    }

    /**
     * For every note: a submission that breaks exactly that identity (parts 1.00, the total one more than their
     * sum) gets an ERROR pointing at the total and every part, from the rule set as shipped.
     */
    @Test
    void everyNotePrintedUnderTheSamplesTablesIsARule() throws IOException {
        ReportTemplate template = ReportTemplates.get("MOF-2020");
        RuleSet set = RuleSets.forTemplate("MOF-2020").orElseThrow();
        for (Note note : notes(RealDocuments.sampleText())) {
            TableDefinition table = template.table(note.table()).orElseThrow();
            String total = note.rows() ? totalRow(table, note) : note.total();
            List<CellRef> parts = new ArrayList<>();
            List<CellRef> negative = new ArrayList<>();
            CellRef totalCell;
            if (note.rows()) {
                String column = table.row(total).orElseThrow().columns().isEmpty() ? "1"
                        : table.row(total).orElseThrow().columns().get(0);
                totalCell = new CellRef(note.table(), total, column);
                note.parts().forEach(p -> (p.startsWith("-") ? negative : parts)
                        .add(new CellRef(note.table(), p.replace("-", ""), column)));
            } else {
                String row = table.rowKind() == finacct.kernel.template.RowKind.FIXED ? table.rows().get(0).key() : "2010350";
                totalCell = new CellRef(note.table(), row, total);
                note.parts().forEach(p -> (p.startsWith("-") ? negative : parts)
                        .add(new CellRef(note.table(), row, p.replace("-", ""))));
            }
            List<Figure> figures = new ArrayList<>();
            parts.forEach(c -> figures.add(new Figure(c.table(), c.row(), c.column(), "1.00", null)));
            negative.forEach(c -> figures.add(new Figure(c.table(), c.row(), c.column(), "1.00", null)));
            int sum = parts.size() - negative.size();
            figures.add(new Figure(totalCell.table(), totalCell.row(), totalCell.column(), (sum + 1) + ".00", null));
            Facts facts = new Facts(template, 2020, figures, List.of(), List.of(), List.of());

            List<Finding> errors = set.check(facts).stream().filter(f -> f.severity() == Severity.ERROR).toList();
            List<CellRef> involved = new ArrayList<>(parts);
            involved.addAll(negative);
            involved.add(totalCell);
            assertThat(errors).as("note %s of %s", note.text(), note.table()).anySatisfy(f -> {
                List<CellRef> cells = f.cells().stream().map(c -> new CellRef(c.table(), c.row(), c.column())).toList();
                assertThat(cells).containsAll(involved);
                assertThat(f.cells()).filteredOn(c -> c.value() != null).hasSize(involved.size());
            });
        }
    }

    /**
     * The row a 行 note totals: as printed, unless the printed row is itself one of its parts (the sample's 表4
     * prints "57行 = (33+…+58)行" where the template's total of 33…58 is line 59) — then the template row whose
     * {@code sumOf} the parts are.
     */
    private static String totalRow(TableDefinition table, Note note) {
        if (!note.parts().contains(note.total())) {
            return note.total();
        }
        return table.rows().stream().filter(r -> r.sumOf().equals(note.parts())).map(RowDefinition::key)
                .findFirst().orElseThrow(() -> new AssertionError("no template row totals " + note.parts()));
    }

    static List<Note> notes(String text) {
        List<Note> notes = new ArrayList<>();
        String table = null;
        for (String line : text.lines().toList()) {
            Matcher title = TITLE.matcher(line);
            if (title.find() && line.contains("年度")) {
                table = "T" + title.group(1);
            }
            Matcher m = NOTE.matcher(line.replace('\t', ' '));
            while (table != null && m.find()) {
                notes.add(new Note(table, m.group(2).equals("行"), m.group(1), parts(m.group(4)), m.group()));
            }
        }
        return notes;
    }

    /** "2+3+4" → 2, 3, 4; "1+2-3" → 1, 2, -3; "31+32+…+56" → 31 … 56. */
    private static List<String> parts(String expression) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("([+\\-−]?)\\s*(\\d+|…|\\.\\.\\.)").matcher(expression);
        Integer previous = null;
        boolean range = false;
        while (m.find()) {
            String token = m.group(2);
            if (token.equals("…") || token.equals("...")) {
                range = true;
                continue;
            }
            int n = Integer.parseInt(token);
            if (range && previous != null) {
                for (int i = previous + 1; i < n; i++) {
                    out.add(String.valueOf(i));
                }
                range = false;
            }
            out.add((m.group(1).equals("-") || m.group(1).equals("−") ? "-" : "") + n);
            previous = n;
        }
        return out;
    }
}
