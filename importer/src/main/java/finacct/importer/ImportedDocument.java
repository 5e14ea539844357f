package finacct.importer;

import finacct.kernel.events.Figure;
import finacct.kernel.events.NarrativeClaim;
import finacct.kernel.events.NarrativeSection;
import finacct.kernel.events.PerformanceEvaluationReported;

import finacct.kernel.template.ReportTemplates;

import java.util.List;
import java.util.Optional;

/**
 * What the importer read from a document: who and which year (as printed), the template it read the tables
 * with, the cells of the nine tables, the narrative (sections and the figures it states as claims), the
 * self-evaluations (their {@code submissionId} left null: the document does not know it), the tables it found,
 * every line it could not place, and the tables it found printed empty with a note saying there is no data
 * ("本部门没有…", "故本表无数据"): found, not missing.
 */
public record ImportedDocument(String departmentName, List<String> departmentOtherNames, Integer fiscalYear,
                               String templateVersion, List<String> tablesFound, List<Figure> figures,
                               List<NarrativeSection> narrativeSections, List<NarrativeClaim> claims,
                               List<PerformanceEvaluationReported> evaluations, List<Unplaced> unplaced,
                               List<String> emptyTables) {
    public ImportedDocument {
        departmentOtherNames = List.copyOf(departmentOtherNames);
        tablesFound = List.copyOf(tablesFound);
        figures = List.copyOf(figures);
        narrativeSections = List.copyOf(narrativeSections);
        claims = List.copyOf(claims);
        evaluations = List.copyOf(evaluations);
        unplaced = List.copyOf(unplaced);
        emptyTables = emptyTables == null ? List.of() : List.copyOf(emptyTables);
    }

    /** A document none of whose tables was declared empty. */
    public ImportedDocument(String departmentName, List<String> departmentOtherNames, Integer fiscalYear,
                            String templateVersion, List<String> tablesFound, List<Figure> figures,
                            List<NarrativeSection> narrativeSections, List<NarrativeClaim> claims,
                            List<PerformanceEvaluationReported> evaluations, List<Unplaced> unplaced) {
        this(departmentName, departmentOtherNames, fiscalYear, templateVersion, tablesFound, figures,
                narrativeSections, claims, evaluations, unplaced, List.of());
    }

    /**
     * When the document's year has no template of its own and it was read with the nearest earlier one of its
     * family (a 2026 document with MOF-2025), the words that say so; empty otherwise.
     */
    public Optional<String> templateNote() {
        if (fiscalYear == null || templateVersion == null) {
            return Optional.empty();
        }
        return ReportTemplates.find(templateVersion).filter(t -> !t.fiscalYears().contains(fiscalYear))
                .map(t -> "尚无 " + fiscalYear + " 年度的报表模板，按同一表式最近年度的模板 " + t.version()
                        + "（适用年度：" + String.join("、", t.fiscalYears().stream().map(String::valueOf).toList()) + "）读取");
    }
}
