package finacct.publication.web;

import finacct.service.testing.TestInfra;
import finacct.service.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** publication-service serves the dashboard to the bureau only, and the public page and ECharts to anyone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardServingTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("finacct.mongodb.uri", TestInfra::mongoUri);
        registry.add("spring.kafka.bootstrap-servers", TestInfra::brokers);
        // its own consumer group and database: this context stays cached beside the read-model tests' one, whose
        // rebuild test needs the group "publication-service" to itself
        registry.add("spring.kafka.consumer.group-id", () -> "publication-dashboard-test");
        registry.add("finacct.mongodb.database", () -> "finacct-publication-dashboard-test");
        TestTokens.register((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<String> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void theDashboardIsTheBureausOnly() {
        ResponseEntity<String> page = get("/bureau/", TestTokens.bureau());
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("财政局看板").contains("js/overview.js");
        assertThat(get("/bureau/department.html", TestTokens.bureau()).getBody()).contains("id=\"return-reason\"");
        assertThat(get("/bureau/js/department.js", TestTokens.bureau()).getHeaders().getContentType().toString())
                .contains("javascript");

        assertThat(get("/bureau/", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> department = get("/bureau/js/overview.js", TestTokens.department("420112-DSJZX"));
        assertThat(department.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(department.getBody()).doesNotContain("EventSource");
    }

    @Test
    void thePublicPageAndEChartsNeedNoToken() throws Exception {
        ResponseEntity<String> page = get("/public/portal/", null);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("部门决算公开").contains("js/portal.js");
        ResponseEntity<String> echarts = get("/public/portal/webjars/echarts/5.3.1/dist/echarts.min.js", null);
        assertThat(echarts.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(echarts.getBody()).contains("echarts");
        assertThat(echarts.getHeaders().getCacheControl()).contains("max-age");
        // the folder without its slash is sent to it, relatively, so the page's relative addresses resolve
        HttpResponse<Void> folder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(http.getRootUri() + "/public/portal")).build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(folder.statusCode()).isEqualTo(302);
        assertThat(folder.headers().firstValue("Location")).hasValue("/public/portal/");
    }
}
