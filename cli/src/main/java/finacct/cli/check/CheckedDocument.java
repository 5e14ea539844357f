package finacct.cli.check;

import finacct.importer.DocumentEvents;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionIds;
import finacct.kernel.results.SubmissionValidated;
import finacct.validation.core.ReplayedSubmission;
import finacct.validation.core.SubmissionReplay;
import finacct.validation.core.SubmissionValidation;

import java.time.Instant;
import java.util.List;

/**
 * A document checked the way the platform checks a submission: the events its import produces are replayed
 * (the same replay validation-service runs) and the rule set of its template version is applied.
 */
public record CheckedDocument(DocumentFile file, List<SubmissionEvent> events, SubmissionValidated result) {

    public static CheckedDocument of(DocumentFile file) {
        List<SubmissionEvent> events = DocumentEvents.events(file.document(), file.departmentCode());
        String now = Instant.now().toString();
        List<EventEnvelope> envelopes = DocumentEvents.envelopes(events, "finacct-cli", now);
        String submissionId = SubmissionIds.of(file.departmentCode(), file.document().fiscalYear());
        ReplayedSubmission replayed = new SubmissionReplay().replay(submissionId, envelopes);
        return new CheckedDocument(file, events, new SubmissionValidation().validate(replayed, now));
    }
}
