package finacct.kernel.access;

/**
 * Where a token says who the caller is, so that any OpenID Connect issuer can be trusted by configuration: the claim
 * holding the roles (a dotted path reaches into an object, e.g. Keycloak's {@code realm_access.roles}), the claim
 * holding the department code, and the names of the platform's three roles as that issuer spells them.
 */
public record AccessSettings(String rolesClaim, String departmentClaim, String bureauRole, String departmentRole,
                             String serviceRole) {

    public static final AccessSettings DEFAULT =
            new AccessSettings("roles", "department", "bureau", "department", "service");

    public AccessSettings {
        rolesClaim = orDefault(rolesClaim, "roles");
        departmentClaim = orDefault(departmentClaim, "department");
        bureauRole = orDefault(bureauRole, "bureau");
        departmentRole = orDefault(departmentRole, "department");
        serviceRole = orDefault(serviceRole, "service");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
