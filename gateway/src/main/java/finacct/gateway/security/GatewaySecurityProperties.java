package finacct.gateway.security;

import finacct.kernel.access.AccessSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code finacct.security.*}, as the services read it: the trusted issuer, its JWK set (optional: else discovered
 * at the first request), its end-session endpoint (sign-out) and how its tokens name roles and the department.
 * application.yml maps them from FINACCT_ISSUER_URI, FINACCT_JWK_SET_URI, FINACCT_END_SESSION_URI,
 * FINACCT_ROLES_CLAIM, FINACCT_DEPARTMENT_CLAIM, FINACCT_*_ROLE.
 */
@ConfigurationProperties("finacct.security")
public record GatewaySecurityProperties(String issuerUri, String jwkSetUri, String rolesClaim, String departmentClaim,
                                        String bureauRole, String departmentRole, String serviceRole,
                                        String endSessionUri) {

    public GatewaySecurityProperties {
        issuerUri = issuerUri == null || issuerUri.isBlank() ? "http://localhost:8084" : issuerUri.trim();
        jwkSetUri = jwkSetUri == null ? "" : jwkSetUri.trim();
        // Spring Authorization Server's RP-initiated logout endpoint; Keycloak's is .../protocol/openid-connect/logout
        endSessionUri = endSessionUri == null || endSessionUri.isBlank()
                ? issuerUri.replaceAll("/+$", "") + "/connect/logout" : endSessionUri.trim();
    }

    public AccessSettings access() {
        return new AccessSettings(rolesClaim, departmentClaim, bureauRole, departmentRole, serviceRole);
    }
}
