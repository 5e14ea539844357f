package finacct.validation.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs validations off the consumer thread, one submission at a time per submission, coalescing requests:
 * <ul>
 * <li>a request for an idle submission starts at once, so a single change costs no waiting;</li>
 * <li>requests arriving while a run is going become one more run, which reads the stream as stored by then —
 * a burst of batches is validated once more, for its newest event, not once per batch;</li>
 * <li>a run that is held (a hole not yet filled) or fails (MongoDB, Kafka or submission-service away) is asked
 * for again after a growing delay; a request in between (the hole filled from the topic) runs at once.</li>
 * </ul>
 * Nothing here needs to survive a restart: the stored events and results say what is still to do, and the
 * start-up check ({@code StartupRevalidation}) asks for it.
 */
@Component
public class ValidationScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ValidationScheduler.class);

    /** Requests not yet taken up by a run; they all get the outcome of the run that takes them. */
    private static final class Pending {
        boolean revalidate;
        final CompletableFuture<Outcome> done = new CompletableFuture<>();
    }

    /** A submission that is running or waiting to run. Guarded by the scheduler's lock. */
    private static final class Slot {
        boolean running;
        Pending pending;
    }

    private final ValidationProcessor processor;
    private final MeterRegistry meters;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Duration retryInitial;
    private final Duration retryMax;
    private final Object lock = new Object();
    private final Map<String, Slot> slots = new HashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Set<String> retryScheduled = ConcurrentHashMap.newKeySet();

    public ValidationScheduler(ValidationProcessor processor, MeterRegistry meters,
                               @Value("${finacct.validation.workers:2}") int workers,
                               @Value("${finacct.validation.retry.initial:1s}") Duration retryInitial,
                               @Value("${finacct.validation.retry.max:60s}") Duration retryMax) {
        this.processor = processor;
        this.meters = meters;
        this.workers = Executors.newFixedThreadPool(workers, named("validation-worker-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("validation-retry-"));
        this.retryInitial = retryInitial;
        this.retryMax = retryMax;
    }

    /**
     * Asks for a validation of the submission's newest stored state. The future completes with the outcome of
     * the run that covered this request.
     */
    public CompletableFuture<Outcome> request(String submissionId, boolean revalidate) {
        synchronized (lock) {
            Slot slot = slots.computeIfAbsent(submissionId, id -> new Slot());
            if (slot.pending == null) {
                slot.pending = new Pending();
            }
            slot.pending.revalidate |= revalidate;
            CompletableFuture<Outcome> done = slot.pending.done;
            if (!slot.running) {
                slot.running = true;
                execute(submissionId);
            }
            return done;
        }
    }

    /** True when nothing is running, waiting or scheduled for a retry. */
    public boolean isIdle() {
        synchronized (lock) {
            return slots.isEmpty() && retryScheduled.isEmpty();
        }
    }

    private void run(String submissionId) {
        Pending taken;
        synchronized (lock) {
            Slot slot = slots.get(submissionId);
            taken = slot.pending;
            slot.pending = null;
        }
        try {
            Outcome outcome = runOnce(submissionId, taken.revalidate);
            taken.done.complete(outcome);
        } catch (Error e) {
            taken.done.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (lock) {
                Slot slot = slots.get(submissionId);
                if (slot.pending == null) {
                    slots.remove(submissionId);
                } else {
                    // requests came in while running: one more run, queued behind the other submissions' runs
                    execute(submissionId);
                }
            }
        }
    }

    private Outcome runOnce(String submissionId, boolean revalidate) {
        Outcome outcome;
        long started = System.nanoTime();
        try {
            outcome = processor.process(submissionId, revalidate);
        } catch (RuntimeException e) {
            log.error("submission {}: validation failed; it will be tried again", submissionId, e);
            outcome = Outcome.FAILED;
        }
        Timer.builder("finacct.validation.runs").description("validation runs of one submission, by outcome")
                .tag("outcome", outcome.name()).register(meters)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        if (outcome == Outcome.HELD || outcome == Outcome.FAILED) {
            scheduleRetry(submissionId, revalidate);
        } else {
            failures.remove(submissionId);
        }
        if (outcome == Outcome.PUBLISHED) {
            // next year's cross-year checks and year-on-year comparison read this submission
            try {
                processor.nextYearOf(submissionId).ifPresent(next -> request(next, true));
            } catch (RuntimeException e) {
                log.warn("submission {}: could not look for next year's submission: {}", submissionId, e.getMessage());
            }
        }
        return outcome;
    }

    /** Called holding the lock. When shutting down, the request is dropped: the start-up check redoes it. */
    private void execute(String submissionId) {
        try {
            workers.execute(() -> run(submissionId));
        } catch (RejectedExecutionException shuttingDown) {
            Slot slot = slots.remove(submissionId);
            if (slot != null && slot.pending != null) {
                slot.pending.done.complete(Outcome.FAILED);
            }
        }
    }

    private void scheduleRetry(String submissionId, boolean revalidate) {
        int attempt = failures.merge(submissionId, 1, Integer::sum);
        if (!retryScheduled.add(submissionId)) {
            return;
        }
        long delay = Math.min(retryMax.toMillis(), retryInitial.toMillis() << Math.min(attempt - 1, 20));
        try {
            timer.schedule(() -> {
                // both at once: the submission is never seen idle in between, and a run that fails again (maybe
                // before this returns) finds no retry pending, so schedules the next
                synchronized (lock) {
                    retryScheduled.remove(submissionId);
                    request(submissionId, revalidate);
                }
            }, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            retryScheduled.remove(submissionId);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        timer.shutdownNow();
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
