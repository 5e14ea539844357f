package finacct.validation.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.results.SubmissionValidated;
import finacct.kernel.events.SubmissionIds;
import finacct.validation.core.PreviousYear;
import finacct.validation.core.ReplayedSubmission;
import finacct.validation.core.SubmissionReplay;
import finacct.validation.core.SubmissionValidation;
import finacct.validation.history.HistoryUnavailableException;
import finacct.validation.messaging.ResultPublisher;
import finacct.validation.store.EventLog;
import finacct.validation.store.ValidationResults;
import finacct.validation.store.ValidationResults.Published;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One validation run of one submission: reads its stored stream, fills a hole from submission-service's history,
 * and when the stream is complete (0…n) replays and validates it and publishes the result — only when it is
 * newer than the published one: based on a later event, or, for the same event, saying something else (another
 * rule set, other findings). Runs of one submission never overlap ({@link ValidationScheduler} sees to that).
 */
@Service
public class ValidationProcessor {

    private static final Logger log = LoggerFactory.getLogger(ValidationProcessor.class);

    private final EventLog events;
    private final ValidationResults results;
    private final ResultPublisher publisher;
    private final GapRepair gapRepair;
    private final ObjectMapper json;
    private final SubmissionReplay replay = new SubmissionReplay();
    private final SubmissionValidation validation = new SubmissionValidation();
    private final Clock clock = Clock.systemUTC();

    public ValidationProcessor(EventLog events, ValidationResults results, ResultPublisher publisher,
                               GapRepair gapRepair, ObjectMapper json) {
        this.events = events;
        this.results = results;
        this.publisher = publisher;
        this.gapRepair = gapRepair;
        this.json = json;
    }

    /**
     * @param revalidate validate even when the published result covers the newest event with the current rule
     *                   set (the rules or the data they read may have changed without a new version)
     */
    public Outcome process(String submissionId, boolean revalidate) {
        long started = System.nanoTime();
        List<EventEnvelope> stream = events.streamOf(submissionId);
        if (stream.isEmpty()) {
            return Outcome.NO_EVENTS;
        }
        Optional<Long> missing = GapRepair.firstMissing(stream);
        if (missing.isPresent()) {
            log.info("submission {}: event {} is missing (newest stored {}); reading its history",
                    submissionId, missing.get(), stream.get(stream.size() - 1).sequence());
            try {
                stream = gapRepair.fill(submissionId, stream);
            } catch (HistoryUnavailableException e) {
                log.warn("submission {}: history unavailable, result held until the hole is filled: {}",
                        submissionId, e.getMessage());
                return Outcome.HELD;
            }
            missing = GapRepair.firstMissing(stream);
            if (missing.isPresent()) {
                log.warn("submission {}: submission-service's history lacks event {} as well; result held",
                        submissionId, missing.get());
                return Outcome.HELD;
            }
        }
        long newest = stream.get(stream.size() - 1).sequence();
        Optional<Published> published = results.published(submissionId);
        if (published.isPresent() && isCurrent(published.get(), newest, revalidate)) {
            return Outcome.UP_TO_DATE;
        }

        long read = System.nanoTime();
        ReplayedSubmission replayed = replay.replay(submissionId, stream);
        if (!replayed.unreadableSequences().isEmpty()) {
            log.warn("submission {}: events {} could not be read and were left out of the replay",
                    submissionId, replayed.unreadableSequences());
        }
        SubmissionValidated result = validation.validate(replayed, previousYear(replayed), Instant.now(clock).toString());
        String fingerprint = ResultFingerprint.of(json, result);
        if (published.isPresent() && published.get().basedOnSequence() == newest
                && fingerprint.equals(published.get().fingerprint())) {
            return Outcome.UNCHANGED;
        }
        long validated = System.nanoTime();
        // publish first, then remember: a crash in between republishes the same result, never loses it
        publisher.publish(result);
        results.save(result, fingerprint);
        long done = System.nanoTime();
        log.info("submission {}: validated as of event {} with {} ({} errors, {} warnings) in {} ms (read {}, "
                        + "validate {}, publish {}), {} after the event", submissionId, newest, result.ruleSetVersion(),
                result.counts().errors(), result.counts().warnings(), millis(done - started), millis(read - started),
                millis(validated - read), millis(done - validated), sinceEvent(stream.get(stream.size() - 1)));
        return Outcome.PUBLISHED;
    }

    /**
     * Last year's submission of the same department as this service stores it, for the cross-year checks. No
     * status says which of last year's versions is approved or published yet: the newest stored stream is
     * taken, and every finding says which status and event it was as of. A stream with a hole is not used.
     */
    private Optional<PreviousYear> previousYear(ReplayedSubmission submission) {
        String previousId = SubmissionIds.of(submission.departmentCode(), submission.fiscalYear() - 1);
        List<EventEnvelope> stream = events.streamOf(previousId);
        if (stream.isEmpty() || GapRepair.firstMissing(stream).isPresent()) {
            return Optional.empty();
        }
        ReplayedSubmission previous = replay.replay(previousId, stream);
        return Optional.of(new PreviousYear(previous, "平台保存的 " + previous.fiscalYear() + " 年度申报（"
                + previousId + "，状态 " + previous.status().name() + "，截至第 " + previous.lastSequence() + " 号事件）"));
    }

    /**
     * The next year's submission of the same department, when this service stores events of it: its cross-year
     * checks read this one, so it is validated again when this one's result changes.
     */
    public Optional<String> nextYearOf(String submissionId) {
        String next = SubmissionIds.of(SubmissionIds.departmentOf(submissionId), SubmissionIds.fiscalYearOf(submissionId) + 1);
        return events.holds(next) ? Optional.of(next) : Optional.empty();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** How long after the event was stored upstream its result is out: what a department waits, less the HTTP. */
    private String sinceEvent(EventEnvelope event) {
        try {
            return Duration.between(Instant.parse(event.timestamp()), Instant.now(clock)).toMillis() + " ms";
        } catch (RuntimeException unreadable) {
            return "?";
        }
    }

    private static boolean isCurrent(Published published, long newest, boolean revalidate) {
        if (published.basedOnSequence() > newest) {
            // the published result knows events this store lost: never publish an older picture
            log.warn("submission {}: published result is based on event {}, newer than the stored {}",
                    published.submissionId(), published.basedOnSequence(), newest);
            return true;
        }
        return published.basedOnSequence() == newest && !revalidate
                && !RuleSetVersions.outdated(published.ruleSetVersion(), published.templateVersion());
    }
}
