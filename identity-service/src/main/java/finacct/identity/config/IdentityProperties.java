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
 * @param inMemory             accounts and signing key only in memory, nothing written (FINACCT_IDENTITY_IN_MEMORY,
 *                             what {@code finacct up --memory} sets); the first passwords then go to the log
 * @param cliClientSecret      the secret of {@value #CLI_CLIENT} (FINACCT_CLI_CLIENT_SECRET), with which
 *                             {@code finacct token} asks for a token when it cannot sign one itself; blank: no client
 */
@ConfigurationProperties("finacct.identity")
public record IdentityProperties(URI issuer, Path dataDir, URI gatewayUrl, String gatewayClientSecret,
                                 String serviceClientSecret, String submissionClientSecret, Duration accessTokenTtl,
                                 boolean inMemory, String cliClientSecret) {

    public static final String GATEWAY_CLIENT = "finacct-gateway";
    public static final String SERVICE_CLIENT = "finacct-validation-service";
    public static final String SUBMISSION_CLIENT = "finacct-submission-service";
    /** The public client of the gateway's API description UI (springdoc.swagger-ui.oauth.client-id). */
    public static final String API_DOCS_CLIENT = "finacct-api-docs";
    /**
     * The command line's client (client credentials, parameter {@code as} = {@code bureau} or a department code):
     * tokens of the bureau's reviewer or a department's officer for scripts, when the key is in the issuer's memory.
     */
    public static final String CLI_CLIENT = "finacct-cli";

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
