package finacct.importer.narrative;

import finacct.importer.Unplaced;
import finacct.importer.evaluation.EvaluationTableReader;
import finacct.importer.text.TableTitles;
import finacct.kernel.events.Figure;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.template.ReportTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The narrative side of a document: the 情况说明 as sections, the figures it states as claims, the
 * self-evaluation tables as evaluations, and what of it could not be read. The notes printed under the tables
 * are kept as one more section ("tables"): they are published text too, and where a template's instructions
 * are left in a document they are usually there. So is the 概况 ("profile"), whose words about the department
 * (无离退休人员) the tables must bear out; no figures are read from it.
 */
public final class NarrativeImport {

    static final String TABLE_NOTES_ID = "tables";
    static final String EVALUATIONS_ID = "evaluations";
    static final String PROFILE_ID = "profile";

    public record Result(List<NarrativeSection> sections, List<NarrativeClaim> claims,
                  List<PerformanceEvaluationReported> evaluations, List<Unplaced> unplaced) {
    }

    private NarrativeImport() {
    }

    public static Result read(List<String> lines, ReportTemplate template, List<Figure> figures, TableTitles titles) {
        NarrativeVocabulary vocabulary = NarrativeVocabulary.load();
        ConceptMatcher matcher = new ConceptMatcher(vocabulary, new SubjectNames(template, figures));
        ClaimExtractor extractor = new ClaimExtractor(vocabulary, matcher, new ClaimPatterns(vocabulary));

        List<EvaluationTableReader.Block> blocks = new EvaluationTableReader(vocabulary).read(lines);
        Set<Integer> blockLines = new HashSet<>();
        blocks.forEach(b -> {
            for (int n = b.firstLine(); n <= b.lastLine(); n++) {
                blockLines.add(n);
            }
        });

        List<NarrativeSection> sections = new ArrayList<>();
        List<ProseLine> profile = NarrativeReader.profile(lines, titles);
        if (!profile.isEmpty()) {
            sections.add(new NarrativeSection(PROFILE_ID, "部门概况", text(profile)));
        }
        List<NarrativeClaim> claims = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        int[] part = NarrativeReader.part(lines);
        List<ProseLine> notes = NarrativeReader.tableNotes(lines, part == null ? lines.size() : part[0], titles);
        if (!notes.isEmpty()) {
            sections.add(new NarrativeSection(TABLE_NOTES_ID, "决算表注释与说明", text(notes)));
        }
        List<NarrativeReader.Section> parts = part == null ? List.of() : NarrativeReader.sections(lines, part);
        for (NarrativeReader.Section s : parts) {
            sections.add(new NarrativeSection(s.id(), s.title(), text(s.lines())));
            String scope = vocabulary.scopeOf(s.title(), s.parentTitle());
            ClaimExtractor.Result r = extractor.extract(s.id(), scope, NarrativeReader.prose(s, blockLines));
            claims.addAll(r.claims());
            unplaced.addAll(r.unplaced());
        }

        List<PerformanceEvaluationReported> evaluations = new ArrayList<>();
        for (EvaluationTableReader.Block b : blocks) {
            evaluations.add(b.evaluation());
            unplaced.addAll(b.unplaced());
            String section = parts.stream()
                    .filter(s -> s.lines().stream().anyMatch(l -> b.contains(l.number())))
                    .map(NarrativeReader.Section::id).findFirst().orElse(EVALUATIONS_ID);
            int n = 0;
            for (EvaluationTableReader.HeaderFigure f : b.figures()) {
                n++;
                claims.add(new NarrativeClaim(b.evaluation().evaluationId() + "-" + n, section, "adjustedBudget",
                        f.subject(), null, f.value(), "万元", f.text()));
            }
        }
        return new Result(sections, claims, evaluations, unplaced);
    }

    private static String text(List<ProseLine> lines) {
        return lines.stream().map(ProseLine::text).collect(Collectors.joining("\n"));
    }
}
