package finacct.publication.core;

import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.fold.FoldedSubmission;
import finacct.kernel.fold.Narrative;
import finacct.kernel.fold.PublishedVersion;
import finacct.kernel.results.RecomputedTable;
import finacct.kernel.template.ReportTemplates;

import java.util.List;
import java.util.Optional;

/**
 * What the public portal gets of one published version: the tables recomputed from the cells as they stood when it
 * was published (not copied from the input), the narrative, the self-evaluations and the four charts' data.
 * No drafts, findings or history. Built once, when the publication is folded, and kept as it was.
 */
public record PublicDocument(String schema, String departmentCode, String departmentName, int fiscalYear,
                             String templateVersion, String unit, int publishedVersion, String publishedAt,
                             List<RecomputedTable> tables, Narrative narrative,
                             List<PerformanceEvaluationReported> evaluations, Charts charts) {

    public static final String SCHEMA = "/public/v1/schema";

    /** The document of {@code published}, from the fold as it stood right after that publication. */
    public static PublicDocument of(FoldedSubmission fold, String departmentName, PublishedVersion published) {
        List<RecomputedTable> tables = DocumentAssembler.tables(fold);
        Charts charts = DocumentAssembler.template(fold)
                .map(t -> ChartData.of(t, tables, ChartData.PreviousFigures.NONE)).orElse(null);
        return new PublicDocument(SCHEMA, fold.departmentCode(), departmentName, fold.fiscalYear(),
                fold.templateVersion(), fold.unit(), published.publishedVersion(), published.publishedAt(), tables,
                fold.narrative(), fold.evaluations(), charts);
    }

    /**
     * This document with last year's published figures beside this year's in the charts (上年), from the department's
     * document of last year as published before this one: both are kept as published, so the answer stays the same.
     */
    public PublicDocument besideLastYear(Optional<PublicDocument> lastYear) {
        if (lastYear.isEmpty()) {
            return this;
        }
        List<RecomputedTable> before = lastYear.get().tables();
        return ReportTemplates.find(templateVersion).map(t -> new PublicDocument(schema, departmentCode,
                departmentName, fiscalYear, templateVersion, unit, publishedVersion, publishedAt, tables, narrative,
                evaluations, ChartData.of(t, tables, (table, row, column) ->
                        TableValues.value(before, table, row, column).map(java.math.BigDecimal::toPlainString))))
                .orElse(this);
    }
}
