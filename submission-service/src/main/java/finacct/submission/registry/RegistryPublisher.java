package finacct.submission.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends every registry entry marked unsent to the compacted topic {@code finacct.registry} (key = code) and clears
 * the mark once Kafka acknowledged that revision: right after each change, and again every few seconds, so a change
 * stored while Kafka was away goes out when it is back (the stored mark is the outbox; a repeat is harmless, the
 * consumers keep the highest revision).
 */
public class RegistryPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RegistryPublisher.class);

    private final DepartmentStore store;
    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;
    private final Duration retryEvery;
    private final Duration sendTimeout;
    private volatile ScheduledExecutorService executor;

    RegistryPublisher(DepartmentStore store, KafkaTemplate<String, String> kafka, ObjectMapper json,
                      Duration retryEvery, Duration sendTimeout) {
        this.store = store;
        this.kafka = kafka;
        this.json = json;
        this.retryEvery = retryEvery;
        this.sendTimeout = sendTimeout;
    }

    /** Sends soon, on the publisher's own thread: a request that changed the registry does not wait for Kafka. */
    public void nudge() {
        ScheduledExecutorService e = executor;
        if (e != null && !e.isShutdown()) {
            e.execute(this::flush);
        }
    }

    /** @return how many entries were sent */
    synchronized int flush() {
        int sent = 0;
        try {
            for (RegistryRecord r : store.unsent()) {
                kafka.send(Topics.REGISTRY, r.code(), json.writeValueAsString(r.entry()))
                        .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                store.markSent(r.code(), r.revision());
                sent++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (JsonProcessingException | RuntimeException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException e) {
            log.warn("registry changes not sent yet, retrying in {} s: {}", retryEvery.toSeconds(), e.toString());
        }
        return sent;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "registry-publisher");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::flush, 0, retryEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
