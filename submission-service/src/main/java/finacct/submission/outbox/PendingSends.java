package finacct.submission.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sends of one processor batch that Kafka has not acknowledged yet, and the highest sequence queued per
 * submission. Sending the batch's records back to back and waiting once is several times faster than waiting
 * after each record; ordering holds because the idempotent producer keeps per-partition order across retries.
 */
final class PendingSends {

    private final List<CompletableFuture<?>> acks = new ArrayList<>();
    private final Map<String, Long> highest = new LinkedHashMap<>();

    /** The highest sequence of the submission queued in this batch, -1 when none. */
    long highestQueued(String submissionId) {
        return highest.getOrDefault(submissionId, -1L);
    }

    void add(String submissionId, long sequence, CompletableFuture<?> ack) {
        acks.add(ack);
        highest.merge(submissionId, sequence, Math::max);
    }

    boolean isEmpty() {
        return acks.isEmpty();
    }

    int size() {
        return acks.size();
    }

    /** Waits for every ack; the first failure fails the whole batch (it will be sent again). */
    void awaitAll(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (CompletableFuture<?> ack : acks) {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    Map<String, Long> highestPerSubmission() {
        return highest;
    }
}
