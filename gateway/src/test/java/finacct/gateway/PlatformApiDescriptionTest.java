package finacct.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.service.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's one API description at the gateway: the three services' descriptions merged (paths, schemas with
 * a clash kept apart, tags), one server (the gateway), the security schemes once; no token needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformApiDescriptionTest {

    static final StubService submission = StubService.start("submission");
    static final StubService validation = StubService.start("validation");
    static final StubService publication = StubService.start("publication");

    static {
        // each service's description as springdoc writes it: its own server, both schemes, a schema named alike
        submission.json.put("/v3/api-docs", """
                {"openapi":"3.0.1","info":{"title":"部门决算填报 API（部门）","version":"v1"},
                 "servers":[{"url":"/","description":"经网关访问"}],
                 "security":[{"bearer-jwt":[]},{"oauth2":["openid"]}],
                 "tags":[{"name":"submission","description":"填报"}],
                 "paths":{"/api/v1/departments/{dept}/submissions/{year}":{
                   "get":{"tags":["submission"],"responses":{"200":{"description":"ok",
                     "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Figure"}}}},
                     "400":{"description":"bad","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/ApiProblem"}}}}}},
                   "post":{"tags":["submission"],"responses":{"201":{"description":"opened"}}}}},
                 "components":{"schemas":{
                   "Figure":{"type":"object","properties":{"value":{"type":"string"}}},
                   "ApiProblem":{"type":"object","properties":{"detail":{"type":"string"}}}},
                   "securitySchemes":{"bearer-jwt":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}
                """);
        validation.json.put("/v3/api-docs", """
                {"openapi":"3.0.1","info":{"title":"审核 API（财政局）","version":"v1"},
                 "servers":[{"url":"http://validation-service:8082"}],
                 "tags":[{"name":"validation","description":"审核"}],
                 "paths":{"/api/v1/validation/revalidations":{"post":{"tags":["validation"],"responses":{"202":{"description":"accepted"}}}},
                   "/api/v1/validation/{dept}/{year}":{"get":{"tags":["validation"],"responses":{"200":{"description":"ok",
                     "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Figure"}}}},
                     "404":{"description":"none","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/ApiProblem"}}}}}}}},
                 "components":{"schemas":{
                   "Figure":{"type":"object","properties":{"recomputed":{"type":"string"},"cell":{"type":"string"}}},
                   "ApiProblem":{"type":"object","properties":{"detail":{"type":"string"}}}},
                   "securitySchemes":{"bearer-jwt":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}
                """);
        publication.json.put("/v3/api-docs", """
                {"openapi":"3.0.1","info":{"title":"读取与公开 API","version":"v1"},
                 "tags":[{"name":"publication"},{"name":"submission","description":"重复的标签"}],
                 "paths":{"/api/v1/overview/{year}":{"get":{"tags":["publication"],"responses":{"200":{"description":"ok"}}}},
                   "/public/v1/departments/{dept}/years/{year}":{"get":{"tags":["publication"],"security":[],
                     "responses":{"200":{"description":"ok"}}}}}}
                """);
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("SUBMISSION_SERVICE_URL", submission::url);
        registry.add("VALIDATION_SERVICE_URL", validation::url);
        registry.add("PUBLICATION_SERVICE_URL", publication::url);
        TestTokens.register((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopStubs() {
        submission.close();
        validation.close();
        publication.close();
    }

    @Autowired
    WebTestClient client;
    @Autowired
    ObjectMapper json;

    @Test
    void theDepartmentBureauAndPublicApisAreOneDescriptionWithTheSecuritySchemesOnce() throws Exception {
        byte[] body = client.mutate().responseTimeout(Duration.ofSeconds(20)).build()
                .get().uri("/api-docs/finacct").exchange() // no token: read before one has a token
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBody();
        JsonNode doc = json.readTree(body);

        assertThat(doc.get("openapi").asText()).isEqualTo("3.0.1");
        assertThat(doc.at("/info/title").asText()).isEqualTo("区级部门决算平台 API");
        assertThat(doc.at("/info/description").asText()).doesNotContain("暂缺");
        assertThat(names(doc.get("paths"))).containsExactlyInAnyOrder(
                "/api/v1/departments/{dept}/submissions/{year}", "/api/v1/validation/revalidations",
                "/api/v1/validation/{dept}/{year}", "/api/v1/overview/{year}", "/public/v1/departments/{dept}/years/{year}");
        assertThat(names(doc.at("/paths/~1api~1v1~1departments~1{dept}~1submissions~1{year}"))).containsExactly("get", "post");
        // the public read asks for no credentials; everything else falls back to the description's requirement
        assertThat(doc.at("/paths/~1public~1v1~1departments~1{dept}~1years~1{year}/get/security")).isEmpty();
        assertThat(doc.get("security").toString()).isEqualTo("[{\"bearer-jwt\":[]},{\"oauth2\":[\"openid\"]}]");

        // one server: the gateway, never a service's internal address
        assertThat(doc.get("servers")).hasSize(1);
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/");
        assertThat(doc.toString()).doesNotContain("validation-service:8082");

        // a schema both services define alike is there once; one they define differently is kept apart
        assertThat(names(doc.at("/components/schemas"))).containsExactlyInAnyOrder("ApiProblem", "Figure", "Figure_validation");
        assertThat(doc.at("/components/schemas/Figure_validation/properties").has("recomputed")).isTrue();
        assertThat(doc.at("/components/schemas/Figure/properties").has("value")).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1validation~1{dept}~1{year}/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Figure_validation");
        assertThat(doc.at("/paths/~1api~1v1~1departments~1{dept}~1submissions~1{year}/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Figure");
        assertThat(doc.at("/paths/~1api~1v1~1validation~1{dept}~1{year}/get/responses/404/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/ApiProblem");

        // the tags once each, the first description kept
        List<String> tags = new ArrayList<>();
        doc.get("tags").forEach(t -> tags.add(t.get("name").asText()));
        assertThat(tags).containsExactly("submission", "validation", "publication");
        assertThat(doc.at("/tags/0/description").asText()).isEqualTo("填报");

        // both ways of proving who calls, once, with the issuer's endpoints the gateway signs browsers in at
        assertThat(names(doc.at("/components/securitySchemes"))).containsExactlyInAnyOrder("bearer-jwt", "oauth2");
        assertThat(doc.at("/components/securitySchemes/bearer-jwt/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/components/securitySchemes/oauth2/flows/authorizationCode/authorizationUrl").asText())
                .endsWith("/oauth2/authorize");
        assertThat(doc.at("/components/securitySchemes/oauth2/flows/authorizationCode/tokenUrl").asText())
                .endsWith("/oauth2/token");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
