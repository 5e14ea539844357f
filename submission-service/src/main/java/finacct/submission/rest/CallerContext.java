package finacct.submission.rest;

import finacct.submission.api.InputRejectedException;
import finacct.submission.config.MetaDataKeys;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who is calling (the verified token's subject: a client cannot name another actor, and any
 * {@code X-Finacct-Actor} header is ignored), the request's correlation id, and the version the caller expects
 * (body field or {@code If-Match}).
 */
record CallerContext(String actor, String correlationId, Long ifMatchVersion) {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final int MAX_HEADER = 200;
    private static final Pattern ETAG_VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    static CallerContext of(HttpServletRequest request) {
        // the security filter chain admits no request here without a verified token
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            throw new IllegalStateException("request without a verified caller reached the controller");
        }
        String correlationId = trimmed(request.getHeader(CORRELATION_HEADER));
        check(correlationId, CORRELATION_HEADER);
        return new CallerContext(principal.getName(), correlationId, ifMatch(request.getHeader("If-Match")));
    }

    /** The body's expectedVersion wins; otherwise If-Match; otherwise no check. */
    Long expectedVersion(Long fromBody) {
        return fromBody != null ? fromBody : ifMatchVersion;
    }

    Map<String, Object> metaData() {
        Map<String, Object> meta = new HashMap<>();
        meta.put(MetaDataKeys.ACTOR, actor);
        if (correlationId != null) {
            meta.put(MetaDataKeys.CORRELATION_ID, correlationId);
        }
        return meta;
    }

    private static Long ifMatch(String header) {
        String value = trimmed(header);
        if (value == null || value.equals("*")) {
            return null;
        }
        Matcher m = ETAG_VERSION.matcher(value);
        if (!m.matches()) {
            throw InputRejectedException.of("If-Match",
                    "If-Match 应为申报的版本号（如 \"3\"，即读取时 ETag 的值），而不是“" + value + "”");
        }
        return Long.parseLong(m.group(1));
    }

    private static void check(String value, String header) {
        if (value != null && value.length() > MAX_HEADER) {
            throw InputRejectedException.of(header, header + " 过长（超过 " + MAX_HEADER + " 个字符）");
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
