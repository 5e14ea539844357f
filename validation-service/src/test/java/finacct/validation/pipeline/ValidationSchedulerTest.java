package finacct.validation.pipeline;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Coalescing and retries, with a stand-in for the run itself. */
class ValidationSchedulerTest {

    /** Records each run; what a run answers is up to the test. */
    static final class FakeProcessor extends ValidationProcessor {
        final Deque<String> runs = new ConcurrentLinkedDeque<>();
        final List<Boolean> revalidateFlags = new ArrayList<>();
        volatile Function<String, Outcome> behaviour = id -> Outcome.PUBLISHED;

        FakeProcessor() {
            super(null, null, null, null, null);
        }

        @Override
        public Outcome process(String submissionId, boolean revalidate) {
            runs.add(submissionId);
            synchronized (revalidateFlags) {
                revalidateFlags.add(revalidate);
            }
            return behaviour.apply(submissionId);
        }
    }

    private final FakeProcessor processor = new FakeProcessor();
    private final ValidationScheduler scheduler = new ValidationScheduler(processor, new SimpleMeterRegistry(), 2,
            Duration.ofMillis(20), Duration.ofMillis(100));

    @AfterEach
    void stop() throws InterruptedException {
        scheduler.destroy();
    }

    @Test
    void requestsArrivingDuringARunBecomeOneMoreRun() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        processor.behaviour = id -> {
            running.countDown();
            hold(release);
            return Outcome.PUBLISHED;
        };
        CompletableFuture<Outcome> first = scheduler.request("A:2020", false);
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<Outcome>> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            during.add(scheduler.request("A:2020", i == 3));
        }
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.PUBLISHED);
        for (CompletableFuture<Outcome> f : during) {
            assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.PUBLISHED);
        }
        await().atMost(Duration.ofSeconds(5)).until(scheduler::isIdle);
        assertThat(processor.runs).containsExactly("A:2020", "A:2020");
        // one of the coalesced requests asked for a re-validation: the run covering it does one
        assertThat(processor.revalidateFlags).containsExactly(false, true);
    }

    @Test
    void anIdleSubmissionRunsAtOnceAndOthersRunBesideABusyOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        processor.behaviour = id -> {
            if (id.equals("slow:2020")) {
                hold(release);
            }
            return Outcome.PUBLISHED;
        };
        CompletableFuture<Outcome> slow = scheduler.request("slow:2020", false);
        assertThat(scheduler.request("quick:2020", false).get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.PUBLISHED);
        assertThat(slow).isNotDone();
        release.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.PUBLISHED);
    }

    @Test
    void aHeldOrFailedRunIsTriedAgainUntilItGoesThrough() throws Exception {
        Deque<Outcome> answers = new ConcurrentLinkedDeque<>(List.of(Outcome.HELD, Outcome.FAILED, Outcome.HELD));
        processor.behaviour = id -> {
            Outcome next = answers.poll();
            if (next == Outcome.FAILED) {
                throw new IllegalStateException("MongoDB away");
            }
            return next == null ? Outcome.PUBLISHED : next;
        };

        assertThat(scheduler.request("B:2020", true).get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.HELD);
        assertThat(scheduler.isIdle()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> processor.runs.size() == 4 && scheduler.isIdle());

        // the retries keep what was asked for: a re-validation stays one
        assertThat(processor.revalidateFlags).containsOnly(true);
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
