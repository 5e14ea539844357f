package finacct.kernel.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who a verified token says the caller is, in the platform's terms.
 *
 * @param subject    the token's subject: the actor of every event the caller causes
 * @param bureau     a finance-bureau reviewer
 * @param service    one of the platform's own services
 * @param department the department code of a department's officer or system; null otherwise
 */
public record Caller(String subject, boolean bureau, boolean service, String department) {

    /** Reads the caller from a verified token's claims as the settings say. */
    public static Caller fromClaims(String subject, Map<String, Object> claims, AccessSettings settings) {
        List<String> roles = strings(path(claims, settings.rolesClaim()));
        boolean departmentRole = roles.contains(settings.departmentRole());
        Object department = path(claims, settings.departmentClaim());
        String code = departmentRole && department instanceof String s && !s.isBlank() ? s.trim() : null;
        return new Caller(subject, roles.contains(settings.bureauRole()), roles.contains(settings.serviceRole()), code);
    }

    private static Object path(Map<String, Object> claims, String dotted) {
        Object value = claims.get(dotted);
        if (value != null || !dotted.contains(".")) {
            return value;
        }
        Object node = claims;
        for (String part : dotted.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (value instanceof String s) {
            return List.of(s.split("[\\s,]+"));
        }
        return List.of();
    }
}
