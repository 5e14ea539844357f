package finacct.submission.outbox;

import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * The sends of one processor batch that Kafka has not acknowledged yet, and the highest sequence queued per
 * submission. Sending the batch's records back to back and waiting once is several times faster than waiting
 * after each record; ordering holds because the idempotent producer keeps per-partition order across retries.
 */
final class PendingSends {

    /** One record on its way: which event it carries, and Kafka's answer. */
    record Send(String eventId, String submissionId, long sequence, String type, CompletableFuture<?> ack) {
    }

    private final List<Send> sends = new ArrayList<>();
    private final Map<String, Long> highest = new LinkedHashMap<>();

    /** The highest sequence of the submission queued in this batch, -1 when none. */
    long highestQueued(String submissionId) {
        return highest.getOrDefault(submissionId, -1L);
    }

    void add(Send send) {
        sends.add(send);
        highest.merge(send.submissionId(), send.sequence(), Math::max);
    }

    boolean isEmpty() {
        return sends.isEmpty();
    }

    int size() {
        return sends.size();
    }

    /**
     * Waits for every ack. A record Kafka can never accept, however often it is sent (larger than the topic or the
     * producer allows), goes to {@code unsendable} and the others still count; any other failure fails the whole
     * batch (it will be sent again).
     *
     * @return how many records Kafka acknowledged
     */
    int awaitAll(Duration timeout, BiConsumer<Send, Throwable> unsendable)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int acknowledged = 0;
        for (Send send : sends) {
            try {
                send.ack().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged++;
            } catch (ExecutionException e) {
                Throwable never = neverAccepted(e);
                if (never == null) {
                    throw e;
                }
                unsendable.accept(send, never);
            }
        }
        return acknowledged;
    }

    static Throwable neverAccepted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException) {
                return t;
            }
        }
        return null;
    }

    Map<String, Long> highestPerSubmission() {
        return highest;
    }
}
