package finacct.submission.command;

import finacct.submission.api.FieldError;
import finacct.submission.api.InputRejectedException;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one command, so the client learns about all bad fields at once, not one per try. */
final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    /** Rejects the whole command when anything was found; the detail repeats the first problem for quick reading. */
    void throwIfAny(String summary) {
        if (errors.isEmpty()) {
            return;
        }
        FieldError first = errors.get(0);
        String more = errors.size() > 1 ? "（另有 " + (errors.size() - 1) + " 处，见 errors）" : "";
        throw new InputRejectedException(summary + "：" + first.field() + "：" + first.message() + more, errors);
    }
}
