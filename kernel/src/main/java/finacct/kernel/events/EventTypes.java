package finacct.kernel.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The event contract: the type name each event travels under on the topic, and its schema version. */
public final class EventTypes {

    /** Bump a type's version (and add an upcaster) when its payload changes. */
    public static final int SCHEMA_VERSION = 1;

    private static final List<Class<? extends SubmissionEvent>> ALL = List.of(
            SubmissionOpened.class, FiguresReported.class, FiguresWithdrawn.class, NarrativeReported.class,
            PerformanceEvaluationReported.class, SubmissionSubmitted.class, SubmissionWithdrawn.class,
            SubmissionApproved.class, SubmissionReturned.class, SubmissionPublished.class, SubmissionReopened.class);

    private static final Map<String, Class<? extends SubmissionEvent>> BY_NAME =
            ALL.stream().collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private EventTypes() {
    }

    public static String nameOf(Class<?> type) {
        return type.getSimpleName();
    }

    public static Optional<Class<? extends SubmissionEvent>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<Class<? extends SubmissionEvent>> all() {
        return ALL;
    }
}
