package finacct.service.security;

import finacct.kernel.access.AccessSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code finacct.security.*}: which issuer to trust and how its tokens name roles and departments. application.yml
 * maps them from FINACCT_ISSUER_URI, FINACCT_JWK_SET_URI (optional: otherwise read from the issuer's discovery
 * document at the first request), FINACCT_ROLES_CLAIM, FINACCT_DEPARTMENT_CLAIM and FINACCT_*_ROLE.
 */
@ConfigurationProperties("finacct.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String rolesClaim, String departmentClaim,
                                 String bureauRole, String departmentRole, String serviceRole) {

    public SecurityProperties {
        issuerUri = issuerUri == null || issuerUri.isBlank() ? "http://localhost:8084" : issuerUri.trim();
        jwkSetUri = jwkSetUri == null ? "" : jwkSetUri.trim();
    }

    public AccessSettings access() {
        return new AccessSettings(rolesClaim, departmentClaim, bureauRole, departmentRole, serviceRole);
    }
}
