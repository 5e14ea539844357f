package finacct.system;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.cli.up.Platform;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's one API description, read through the gateway without a token as a new client would: the
 * department's, the bureau's and the public routes of all three services, the gateway as the one server, and both
 * ways of proving who calls.
 */
class ApiDescriptionSystemTest {

    @Test
    void theGatewayServesOneDescriptionOfEveryServicesRoutes() throws Exception {
        Platform platform = RunningPlatform.get();
        String gateway = platform.options().gatewayUrl();
        Http.Response answer = Http.send("GET", gateway + "/api-docs/finacct", null, null);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        JsonNode doc = answer.body();

        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains(
                "/api/v1/departments/{dept}/submissions/{year}",          // submission-service
                "/api/v1/departments/{dept}/submissions/{year}/import",
                "/api/v1/validation/revalidations",                        // validation-service
                "/api/v1/validation/{dept}/{year}",
                "/api/v1/overview/{year}",                                 // publication-service
                "/api/v1/read-models/{dept}/{year}",
                "/public/v1/departments/{dept}/years/{year}");
        assertThat(doc.at("/info/description").asText()).doesNotContain("暂缺");
        assertThat(doc.get("servers")).hasSize(1);
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/");
        List<String> schemes = new ArrayList<>();
        doc.at("/components/securitySchemes").fieldNames().forEachRemaining(schemes::add);
        assertThat(schemes).containsExactlyInAnyOrder("bearer-jwt", "oauth2");
        assertThat(doc.at("/components/securitySchemes/oauth2/flows/authorizationCode/authorizationUrl").asText())
                .isEqualTo(platform.issuer().issuerUrl() + "/oauth2/authorize");
        // every $ref points at a schema the description has
        for (String ref : answer.raw().split("\"\\$ref\"\\s*:\\s*\"")) {
            if (ref.startsWith("#/components/schemas/")) {
                String name = ref.substring("#/components/schemas/".length(), ref.indexOf('"'));
                assertThat(doc.at("/components/schemas").has(name)).as(name).isTrue();
            }
        }
    }
}
