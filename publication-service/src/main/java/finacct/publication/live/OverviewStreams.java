package finacct.publication.live;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The bureau pages listening to a year's overview (server-sent events): each gets an event {@code change} when a
 * submission of that year changes, and a comment every 15 s so proxies keep the connection open. A page that went
 * away is dropped at the next send; a browser's EventSource reconnects by itself when a stream ends.
 */
@Component
public class OverviewStreams {

    private static final Logger log = LoggerFactory.getLogger(OverviewStreams.class);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** a stream ends after this long and the browser opens a new one: no connection lives for ever */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Map<Integer, List<SseEmitter>> listeners = new ConcurrentHashMap<>();
    /** one thread sends changes and heartbeats, so every page gets the changes in the order they happened */
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "overview-events");
        t.setDaemon(true);
        return t;
    });

    public OverviewStreams() {
        sender.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    public SseEmitter open(int fiscalYear) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        List<SseEmitter> year = listeners.computeIfAbsent(fiscalYear, y -> new CopyOnWriteArrayList<>());
        year.add(emitter);
        Runnable remove = () -> year.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        // a first comment at once, so the page (and any proxy) sees the stream is open
        send(year, emitter, SseEmitter.event().comment("open"));
        return emitter;
    }

    /** Tells the year's listeners, on this class's own thread: a slow page never holds up the topic's consumer. */
    public void changed(SubmissionChange change) {
        List<SseEmitter> year = listeners.get(change.fiscalYear());
        if (year == null || year.isEmpty()) {
            return;
        }
        sender.execute(() -> {
            for (SseEmitter emitter : year) {
                send(year, emitter, SseEmitter.event().name("change").data(change, MediaType.APPLICATION_JSON));
            }
        });
    }

    private void beat() {
        listeners.values().forEach(year -> year.forEach(e -> send(year, e, SseEmitter.event().comment("heartbeat"))));
    }

    private static void send(List<SseEmitter> year, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            // the page went away: forget it
            year.remove(emitter);
            log.debug("overview listener gone: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
        listeners.values().forEach(year -> year.forEach(SseEmitter::complete));
    }
}
