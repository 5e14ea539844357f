package finacct.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import finacct.cli.identity.LocalIssuer;

/**
 * A small HTTP client for the tests: JSON in, status + JSON out. {@link #get} and {@link #post} send the token of
 * the department the path names (the bureau's elsewhere), signed by the running platform's issuer; {@link #send}
 * sends exactly the token it is given, or none.
 */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern DEPARTMENT =
            Pattern.compile("/api/v1/(?:departments|validation|read-models)/(?!revalidations)([^/?]+)");
    private static volatile LocalIssuer issuer;

    record Response(int status, String contentType, JsonNode body, String raw) {
    }

    private Http() {
    }

    /** The issuer whose tokens {@link #get} and {@link #post} send. */
    static void useIssuer(LocalIssuer platformIssuer) {
        issuer = platformIssuer;
    }

    /** The token of the caller a path is about: that department's officer (as the issuer seeds them), or the bureau. */
    static String tokenFor(String url) {
        Matcher m = DEPARTMENT.matcher(URI.create(url).getPath());
        return m.find()
                ? issuer.token(m.group(1).toLowerCase(java.util.Locale.ROOT), "department", m.group(1), Duration.ofMinutes(30))
                : issuer.bureauToken(Duration.ofMinutes(30));
    }

    static Response get(String url) throws IOException, InterruptedException {
        return send("GET", url, null, tokenFor(url));
    }

    static Response post(String url, Object body) throws IOException, InterruptedException {
        return send("POST", url, body, tokenFor(url));
    }

    /** Exactly this request: the given bearer token, or none when it is null. */
    static Response send(String method, String url, Object body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String json = body instanceof String s ? s : JSON.writeValueAsString(body);
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = CLIENT.send(builder.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode answer = null;
        try {
            answer = r.body().isBlank() ? null : JSON.readTree(r.body());
        } catch (IOException notJson) {
            // leave it null; raw keeps the text
        }
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), answer, r.body());
    }
}
