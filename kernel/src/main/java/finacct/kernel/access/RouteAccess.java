package finacct.kernel.access;

import java.util.Set;

/**
 * Who may reach which route, decided the same way at the gateway and again in every service:
 * <ul>
 *   <li>{@code /public/**}, {@code /actuator/health} and the API description (OpenAPI and its UI): anyone, no token;</li>
 *   <li>a department's routes ({@code /api/v1/departments/{code}/…}, {@code /api/v1/validation/{code}/…},
 *       {@code /api/v1/read-models/{code}/…}): that department's own officers and systems, every method; the bureau
 *       and the platform's services read them (GET); any other department gets 404, whether the route exists or
 *       not, so a department cannot even learn which others have submitted;</li>
 *   <li>the bureau's routes (the overview, the registry, review, re-validation, the {@code /bureau/} pages): the
 *       bureau only (403 for others);</li>
 *   <li>anything else: any caller with a known role (an unknown path then answers 404 as usual).</li>
 * </ul>
 */
public final class RouteAccess {

    public enum Decision { ALLOW, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND }

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final Set<String> DEPARTMENT_SCOPED = Set.of("departments", "validation", "read-models");
    private static final Set<String> BUREAU_ONLY = Set.of("overview", "registry", "review", "reviews");
    private static final String REVALIDATIONS = "revalidations";

    private RouteAccess() {
    }

    /** The API description and its UI: what a client needs to learn the API before it has a token. */
    private static final java.util.List<String> API_DESCRIPTION = java.util.List.of(
            "/v3/api-docs", "/api-docs/", "/swagger-ui.html", "/swagger-ui/", "/webjars/swagger-ui/");

    /** The page a browser lands on after signing out (the gateway's): there is no one to check any more. */
    public static final String SIGNED_OUT = "/signed-out";

    /** True for what needs no token: public reads, health probes, the API description, and the sign-in's own pages. */
    public static boolean isOpen(String method, String path) {
        return (path.startsWith("/public/") && (READS.contains(method) || "OPTIONS".equals(method)))
                || (READS.contains(method) && path.equals(SIGNED_OUT))
                || path.equals("/actuator/health") || path.startsWith("/actuator/health/")
                || (READS.contains(method) && API_DESCRIPTION.stream().anyMatch(path::startsWith));
    }

    /** @param caller the verified token's caller, or null when there is no valid token */
    public static Decision decide(String method, String path, Caller caller) {
        if (isOpen(method, path)) {
            return Decision.ALLOW;
        }
        if (caller == null) {
            return Decision.UNAUTHENTICATED;
        }
        String[] s = segments(path);
        if (s.length >= 1 && s[0].equals("bureau")) {
            return caller.bureau() ? Decision.ALLOW : Decision.FORBIDDEN;
        }
        if (s.length >= 3 && s[0].equals("api") && s[1].equals("v1")) {
            String area = s[2];
            if (BUREAU_ONLY.contains(area) || (area.equals("validation") && s.length >= 4 && s[3].equals(REVALIDATIONS))) {
                return caller.bureau() ? Decision.ALLOW : Decision.FORBIDDEN;
            }
            if (DEPARTMENT_SCOPED.contains(area) && s.length >= 4) {
                return departmentRoute(method, s[3], caller);
            }
        }
        return caller.bureau() || caller.service() || caller.department() != null ? Decision.ALLOW : Decision.FORBIDDEN;
    }

    private static Decision departmentRoute(String method, String code, Caller caller) {
        if (caller.department() != null) {
            return caller.department().equals(code) ? Decision.ALLOW : Decision.NOT_FOUND;
        }
        if (caller.bureau() || caller.service()) {
            return READS.contains(method) ? Decision.ALLOW : Decision.FORBIDDEN;
        }
        return Decision.FORBIDDEN;
    }

    private static String[] segments(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.isEmpty() ? new String[0] : p.split("/+");
    }
}
