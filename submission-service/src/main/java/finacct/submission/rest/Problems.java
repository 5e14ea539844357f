package finacct.submission.rest;

import finacct.submission.api.FieldError;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** Builds RFC 9457 problem details the way every 4xx of this service looks: Chinese detail plus named fields. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, String title, String detail, List<FieldError> errors,
                            String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors == null ? List.of() : errors);
        instance(path, problem);
        return problem;
    }

    private static void instance(String path, ProblemDetail problem) {
        if (path == null) {
            return;
        }
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException e) {
            // a path that is not a valid URI reference is simply not echoed back
        }
    }
}
