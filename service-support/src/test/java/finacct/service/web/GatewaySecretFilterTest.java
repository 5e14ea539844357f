package finacct.service.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class GatewaySecretFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRequestWithoutTheSecretGetsAForbiddenProblemInChinese() throws Exception {
        MockHttpServletResponse response = send(new GatewaySecretFilter("s3cret", JSON), "/api/v1/x", null);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.get("title").asText()).isEqualTo("Forbidden");
        assertThat(problem.get("detail").asText()).contains("网关");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/x");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo(GatewaySecretFilter.HEADER);
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("缺少或错误的网关凭据");
    }

    @Test
    void onlyTheRightSecretPasses() throws Exception {
        GatewaySecretFilter filter = new GatewaySecretFilter("s3cret", JSON);

        assertThat(send(filter, "/public/v1/x", "s3cret").getStatus()).isEqualTo(200);
        assertThat(send(filter, "/public/v1/x", "guessed").getStatus()).isEqualTo(403);
    }

    @Test
    void withoutAConfiguredSecretEverythingButTheActuatorIsRefused() throws Exception {
        GatewaySecretFilter filter = new GatewaySecretFilter(" ", JSON);

        assertThat(send(filter, "/api/v1/x", " ").getStatus()).isEqualTo(403);
        assertThat(send(filter, "/actuator/health", null).getStatus()).isEqualTo(200);
    }

    @Test
    void aServiceMayWordTheRefusalItsOwnWay() throws Exception {
        GatewayRefusal words = new GatewayRefusal("禁止访问", "请走网关", "请走网关");
        MockHttpServletResponse response = send(new GatewaySecretFilter("s3cret", JSON, words), "/api/v1/x", null);

        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.get("title").asText()).isEqualTo("禁止访问");
        assertThat(problem.get("detail").asText()).isEqualTo("请走网关");
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("请走网关");
    }

    private static MockHttpServletResponse send(GatewaySecretFilter filter, String path, String header)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        if (header != null) {
            request.addHeader(GatewaySecretFilter.HEADER, header);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
