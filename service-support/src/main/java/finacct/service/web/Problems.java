package finacct.service.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one problem+json shape of every service (RFC 9457): a Chinese {@code title} and {@code detail} for the
 * department's officer, {@code errors} naming the fields at fault ({@code field}, {@code message}), the
 * {@code instance} path, and the {@code traceId} (W3C trace context) and {@code correlationId} under which the
 * request's log lines can be found. Never an exception's class, message or stack trace.
 */
public final class Problems {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /**
     * @param errors        records with {@code field} and {@code message} components (or maps with those keys)
     * @param correlationId the request's {@code X-Correlation-Id}, left out when absent or not id-like
     */
    public static ProblemDetail of(HttpStatusCode status, String title, String detail, List<?> errors, String path,
                                   String correlationId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors == null ? List.of() : errors);
        if (path != null) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException e) {
                // a path that is not a valid URI reference is simply not echoed back
            }
        }
        String traceId = MDC.get("traceId");
        if (traceId != null && !traceId.isBlank()) {
            problem.setProperty("traceId", traceId);
        }
        if (correlationId != null && WELL_FORMED_ID.matcher(correlationId).matches()) {
            problem.setProperty("correlationId", correlationId);
        }
        // the refusal in the log, under the request's trace id, so the traceId an officer quotes finds it
        // (a 5xx is logged with its exception where it is caught)
        if (status.is4xxClientError()) {
            log.info("answered {} on {}: {}", status.value(), path, oneLine(detail));
        }
        return problem;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }
}
