package finacct.submission.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import finacct.service.testing.TestTokens;

/**
 * A plain HTTP client for the service, sending what the gateway would send unless told otherwise: the bearer token
 * of the department the path names (the bureau's elsewhere).
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEPARTMENT = Pattern.compile("^/api/v1/departments/([^/?]+)");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public Api(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public static String base(String dept, int year) {
        return "/api/v1/departments/" + dept + "/submissions/" + year;
    }

    public Response get(String path) {
        return send("GET", path, null, headersFor(path));
    }

    public Response post(String path, String body) {
        return send("POST", path, body, headersFor(path));
    }

    public Response put(String path, String body) {
        return send("PUT", path, body, headersFor(path));
    }

    public Response post(String path, String body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    /** The token of the department the path is about, or the bureau's; a map the caller may add to. */
    public static Map<String, String> headersFor(String path) {
        Matcher m = DEPARTMENT.matcher(path);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + (m.find() ? TestTokens.department(m.group(1)) : TestTokens.bureau()));
        return headers;
    }

    /** The subject of {@link #headersFor}'s token for a department: the actor its events record. */
    public static String officerOf(String department) {
        return department.toLowerCase() + "-officer";
    }

    public Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::setHeader); // a Content-Type given replaces the JSON default
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null), parse(response.body()), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    public record Response(int status, String contentType, String etag, JsonNode json, String raw) {
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }
    }
}
