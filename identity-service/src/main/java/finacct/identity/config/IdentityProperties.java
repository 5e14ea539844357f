package finacct.identity.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code finacct.identity.*} (application.yml maps them from the environment):
 *
 * @param issuer               this issuer's public URL, the {@code iss} of every token (FINACCT_ISSUER_URI)
 * @param dataDir              where the accounts file and the signing key live (FINACCT_IDENTITY_DATA)
 * @param gatewayUrl           the gateway's public URL, to which browsers return after signing in (FINACCT_GATEWAY_URL)
 * @param gatewayClientSecret  the gateway's client secret (FINACCT_GATEWAY_CLIENT_SECRET); blank: no browser login
 * @param serviceClientSecret  validation-service's client secret (FINACCT_SERVICE_CLIENT_SECRET); blank: no client
 * @param submissionClientSecret submission-service's client secret (FINACCT_SUBMISSION_CLIENT_SECRET), with which it
 *                             asks validation-service before an approval; blank: no client
 * @param accessTokenTtl       how long an access token lives
 */
@ConfigurationProperties("finacct.identity")
public record IdentityProperties(URI issuer, Path dataDir, URI gatewayUrl, String gatewayClientSecret,
                                 String serviceClientSecret, String submissionClientSecret, Duration accessTokenTtl) {

    public static final String GATEWAY_CLIENT = "finacct-gateway";
    public static final String SERVICE_CLIENT = "finacct-validation-service";
    public static final String SUBMISSION_CLIENT = "finacct-submission-service";
    /** The public client of the gateway's API description UI (springdoc.swagger-ui.oauth.client-id). */
    public static final String API_DOCS_CLIENT = "finacct-api-docs";

    public IdentityProperties {
        issuer = issuer == null ? URI.create("http://localhost:8084") : issuer;
        dataDir = dataDir == null ? Path.of("data", "identity") : dataDir;
        gatewayUrl = gatewayUrl == null ? URI.create("http://localhost:8080") : gatewayUrl;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(30) : accessTokenTtl;
    }

    public Path accountsFile() {
        return dataDir.resolve("accounts.json");
    }

    public Path signingKeyFile() {
        return dataDir.resolve("signing-key.json");
    }
}
