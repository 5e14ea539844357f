package finacct.validation.revalidation;

import finacct.validation.pipeline.Outcome;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** One pass over stored submissions, and how far it got: what {@code GET …/revalidations/{id}} shows. */
public final class RevalidationRun {

    public enum Trigger { REQUESTED, STARTUP }

    public enum State { QUEUED, RUNNING, FINISHED }

    /** The run as JSON. {@code done} counts submissions handled; the others say what happened to them. */
    public record View(String id, Trigger trigger, State state, Map<String, String> ruleSetVersions,
                       int submissions, int done, int published, int unchanged, int upToDate, int held, int failed,
                       String requestedAt, String startedAt, String finishedAt) {
    }

    private final String id;
    private final Trigger trigger;
    private final Map<String, String> ruleSetVersions;
    private final Instant requestedAt = Instant.now();
    private volatile int submissions;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private final Map<Outcome, AtomicInteger> outcomes = new EnumMap<>(Outcome.class);

    RevalidationRun(String id, Trigger trigger, Map<String, String> ruleSetVersions, int submissions) {
        this.id = id;
        this.trigger = trigger;
        this.ruleSetVersions = Map.copyOf(ruleSetVersions);
        this.submissions = submissions;
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, new AtomicInteger());
        }
    }

    public String id() {
        return id;
    }

    void started(int submissions) {
        this.submissions = submissions;
        this.startedAt = Instant.now();
    }

    void count(Outcome outcome) {
        outcomes.get(outcome).incrementAndGet();
    }

    void finished() {
        this.finishedAt = Instant.now();
    }

    public View view() {
        State state = finishedAt != null ? State.FINISHED : startedAt != null ? State.RUNNING : State.QUEUED;
        int done = outcomes.values().stream().mapToInt(AtomicInteger::get).sum();
        return new View(id, trigger, state, ruleSetVersions, submissions, done,
                get(Outcome.PUBLISHED), get(Outcome.UNCHANGED), get(Outcome.UP_TO_DATE) + get(Outcome.NO_EVENTS),
                get(Outcome.HELD), get(Outcome.FAILED),
                requestedAt.toString(), text(startedAt), text(finishedAt));
    }

    private int get(Outcome outcome) {
        return outcomes.get(outcome).get();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
