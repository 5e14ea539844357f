package finacct.publication.core;

import finacct.kernel.events.Figure;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.fold.Narrative;
import finacct.kernel.fold.PublishedVersion;
import finacct.kernel.fold.ReviewEntry;
import finacct.kernel.results.RecomputedTable;

import java.util.List;

/**
 * One department's year as the bureau reads it: the nine tables recomputed from the cells, the cells as stated,
 * the narrative, the self-evaluations, the four charts' data, the latest validation with its findings, status,
 * version, the review steps, every publication and the stream's history. {@code asOf} is null for the document as
 * it stands, else the version or moment asked for (the document then shows the submission as it was then).
 */
public record DepartmentYearDocument(String submissionId, String departmentCode, String departmentName,
                                     int fiscalYear, String templateVersion, String unit, String status, long version,
                                     String asOf, List<RecomputedTable> tables, List<Figure> cells,
                                     Narrative narrative, List<PerformanceEvaluationReported> evaluations,
                                     Charts charts, ValidationView validation, List<ReviewEntry> reviewHistory,
                                     int publishedVersion, List<PublishedVersion> publishedVersions,
                                     List<HistoryEntry> history, String updatedAt) {
}
