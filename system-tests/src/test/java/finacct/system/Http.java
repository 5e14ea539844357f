package finacct.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: JSON in, status + JSON out. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String contentType, JsonNode body, String raw) {
    }

    private Http() {
    }

    static Response get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static Response post(String url, Object body) throws IOException, InterruptedException {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static Response send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(builder.header("X-Finacct-Actor", "system-test")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = null;
        try {
            body = r.body().isBlank() ? null : JSON.readTree(r.body());
        } catch (IOException notJson) {
            // leave body null; raw keeps the text
        }
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body, r.body());
    }
}
