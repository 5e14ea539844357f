package finacct.submission.limits;

import finacct.submission.support.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The service describes its API for the gateway's UI, with both ways of signing in and no internal address. */
class ApiDescriptionTest extends LimitsContext {

    @Test
    void theDescriptionNamesTheEndpointsTheSecuritySchemesAndOnlyTheGatewayAsServer() {
        // read as a client that has no token yet reads it
        Api.Response docs = api.send("GET", "/v3/api-docs", null, java.util.Map.of());

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asText()).isEqualTo("部门决算填报 API（部门）");
        assertThat(docs.json().path("paths").has("/api/v1/departments/{dept}/submissions/{year}/figures")).isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/departments/{dept}/submissions/{year}/import")).isTrue();
        var schemes = docs.json().path("components").path("securitySchemes");
        assertThat(schemes.path("bearer-jwt").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("bearer-jwt").path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(schemes.path("oauth2").path("flows").path("authorizationCode").path("authorizationUrl").asText())
                .endsWith("/oauth2/authorize");
        assertThat(docs.json().path("security").toString()).contains("bearer-jwt", "oauth2");
        assertThat(docs.json().path("servers")).singleElement()
                .satisfies(server -> assertThat(server.path("url").asText()).isEqualTo("/"));
        assertThat(docs.raw()).doesNotContain("127.0.0.1", ":" + port);
    }
}
