package finacct.cli.check;

import finacct.importer.DocumentEvents;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionIds;
import finacct.kernel.results.SubmissionValidated;
import finacct.validation.core.PreviousYear;
import finacct.validation.core.ReplayedSubmission;
import finacct.validation.core.SubmissionReplay;
import finacct.validation.core.SubmissionValidation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A document checked the way the platform checks a submission: the events its import produces are replayed
 * (the same replay validation-service runs) and the rule set of its template version is applied.
 */
public record CheckedDocument(DocumentFile file, List<SubmissionEvent> events, SubmissionValidated result) {

    public static CheckedDocument of(DocumentFile file) {
        return of(file, Optional.empty());
    }

    /** Checked with last year's document of the department beside it, for the cross-year checks. */
    public static CheckedDocument of(DocumentFile file, Optional<DocumentFile> previous) {
        String now = Instant.now().toString();
        List<SubmissionEvent> events = DocumentEvents.events(file.document(), file.departmentCode());
        ReplayedSubmission replayed = replay(file, events, now);
        Optional<PreviousYear> lastYear = previous.map(p -> new PreviousYear(
                replay(p, DocumentEvents.events(p.document(), p.departmentCode()), now),
                "文件 " + p.path().getFileName() + "（" + p.document().fiscalYear() + " 年度）"));
        return new CheckedDocument(file, events, new SubmissionValidation().validate(replayed, lastYear, now));
    }

    private static ReplayedSubmission replay(DocumentFile file, List<SubmissionEvent> events, String now) {
        List<EventEnvelope> envelopes = DocumentEvents.envelopes(events, "finacct-cli", now);
        String submissionId = SubmissionIds.of(file.departmentCode(), file.document().fiscalYear());
        return new SubmissionReplay().replay(submissionId, envelopes);
    }
}
