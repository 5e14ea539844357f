package finacct.validation.revalidation;

import finacct.kernel.template.ReportTemplates;
import finacct.validation.pipeline.Outcome;
import finacct.validation.pipeline.RuleSetVersions;
import finacct.validation.pipeline.ValidationScheduler;
import finacct.validation.store.EventLog;
import finacct.validation.store.ValidationResults;
import finacct.validation.store.ValidationResults.Published;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Re-validates stored submissions in the background, one after the other, so that the remaining validation
 * workers stay free for the changes departments are making meanwhile. Runs are queued one behind the other.
 * <ul>
 * <li>{@link #requestAll()} (the API, {@code ./finacct revalidate}): every stored submission, validated again with
 * the loaded rule set; a new result is published only where it differs from the published one (other rule-set
 * version, other findings or tables) — re-running unchanged rules publishes nothing.</li>
 * <li>{@link #startupCheck()}: the submissions whose published result was made by another rule set than the
 * loaded one (deploying a new rule set re-validates everything), has no result, or is older than the newest
 * stored event (a run lost to a restart).</li>
 * </ul>
 * Run progress lives in this instance's memory only.
 */
@Component
public class Revalidations implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Revalidations.class);
    private static final int RUNS_KEPT = 20;

    private final EventLog events;
    private final ValidationResults results;
    private final ValidationScheduler scheduler;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "revalidation");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, RevalidationRun> runs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RevalidationRun> eldest) {
            return size() > RUNS_KEPT;
        }
    };

    private RevalidationRun lastRequested;

    public Revalidations(EventLog events, ValidationResults results, ValidationScheduler scheduler) {
        this.events = events;
        this.results = results;
        this.scheduler = scheduler;
    }

    /** What a request for a run got: a new run, or the requested run that is still queued or running. */
    public record Requested(RevalidationRun run, boolean isNew) {
    }

    /**
     * Queues a run over every stored submission; the returned run counts them already. While a requested run is
     * queued or running, a second request gets that run instead: it already re-validates everything with the
     * loaded rules, and a queue of identical runs would only keep the validation workers from live changes.
     */
    public synchronized Requested requestAll() {
        if (lastRequested != null && lastRequested.view().state() != RevalidationRun.State.FINISHED) {
            return new Requested(lastRequested, false);
        }
        List<String> all = List.copyOf(new TreeMap<>(events.newestSequences()).keySet());
        RevalidationRun run = register(RevalidationRun.Trigger.REQUESTED, all.size());
        lastRequested = run;
        // a submission first stored after this point is validated as its events arrive, with the same rules
        runner.execute(() -> execute(run, () -> all, true));
        return new Requested(run, true);
    }

    /** Queues the start-up run; its submissions are chosen when it starts. */
    public RevalidationRun startupCheck() {
        RevalidationRun run = register(RevalidationRun.Trigger.STARTUP, 0);
        runner.execute(() -> execute(run, this::needingValidation, false));
        return run;
    }

    public Optional<RevalidationRun> find(String id) {
        synchronized (runs) {
            return Optional.ofNullable(runs.get(id));
        }
    }

    /** The rule set each shipped template version is validated with now. */
    public static Map<String, String> ruleSetVersions() {
        Map<String, String> versions = new TreeMap<>();
        for (String template : ReportTemplates.versions()) {
            RuleSetVersions.current(template).ifPresent(v -> versions.put(template, v));
        }
        return versions;
    }

    private List<String> needingValidation() {
        Map<String, Published> published = results.allPublished();
        return new TreeMap<>(events.newestSequences()).entrySet().stream()
                .filter(e -> {
                    Published p = published.get(e.getKey());
                    return p == null || p.basedOnSequence() < e.getValue()
                            || RuleSetVersions.outdated(p.ruleSetVersion(), p.templateVersion());
                })
                .map(Map.Entry::getKey)
                .toList();
    }

    private RevalidationRun register(RevalidationRun.Trigger trigger, int submissions) {
        RevalidationRun run = new RevalidationRun(UUID.randomUUID().toString(), trigger, ruleSetVersions(),
                submissions);
        synchronized (runs) {
            runs.put(run.id(), run);
        }
        return run;
    }

    private void execute(RevalidationRun run, Supplier<List<String>> selection, boolean revalidate) {
        List<String> submissions;
        try {
            submissions = selection.get();
        } catch (RuntimeException e) {
            log.error("revalidation {}: could not list the stored submissions", run.id(), e);
            run.finished();
            return;
        }
        run.started(submissions.size());
        log.info("revalidation {} ({}): {} submissions, rule sets {}", run.id(), run.view().trigger(),
                submissions.size(), run.view().ruleSetVersions());
        for (String submissionId : submissions) {
            try {
                // one at a time: waiting here keeps the other workers for live changes
                run.count(scheduler.request(submissionId, revalidate).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.info("revalidation {} stopped after {} submissions (shutting down)", run.id(),
                        run.view().done());
                return;
            } catch (ExecutionException e) {
                run.count(Outcome.FAILED);
            }
        }
        run.finished();
        RevalidationRun.View view = run.view();
        log.info("revalidation {} finished: {} submissions, {} published, {} unchanged, {} up to date, {} held, "
                        + "{} failed", run.id(), view.submissions(), view.published(), view.unchanged(),
                view.upToDate(), view.held(), view.failed());
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
