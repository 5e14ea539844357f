package finacct.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import finacct.kernel.events.EventEnvelope;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * submission-service's history endpoint, as far as validation-service uses it: the history of the submissions a
 * test gives it, 503 for as many calls as a test asks, 404 for any other submission. Every call is recorded.
 */
final class StubSubmissionService {

    record Call(String submissionId, String path, String authorization) {
    }

    private static final Pattern HISTORY =
            Pattern.compile("/api/v1/departments/([^/]+)/submissions/(\\d{4})/history");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, List<EventEnvelope>> histories = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    StubSubmissionService() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    void serve(String submissionId, List<EventEnvelope> events) {
        histories.put(submissionId, List.copyOf(events));
    }

    /** The next {@code times} calls for the submission answer 503; {@link Integer#MAX_VALUE} for always. */
    void fail(String submissionId, int times) {
        failuresLeft.put(submissionId, new AtomicInteger(times));
    }

    List<Call> callsFor(String submissionId) {
        return calls.stream().filter(c -> submissionId.equals(c.submissionId())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher m = HISTORY.matcher(path);
        if (!m.matches() || !"GET".equals(exchange.getRequestMethod())) {
            answer(exchange, 404, "{\"detail\":\"没有这个地址\"}");
            return;
        }
        String submissionId = m.group(1) + ":" + m.group(2);
        calls.add(new Call(submissionId, path, exchange.getRequestHeaders().getFirst("Authorization")));
        AtomicInteger failures = failuresLeft.get(submissionId);
        if (failures != null && failures.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1)) > 0) {
            answer(exchange, 503, "{\"detail\":\"服务暂不可用\"}");
            return;
        }
        List<EventEnvelope> events = histories.get(submissionId);
        if (events == null) {
            answer(exchange, 404, "{\"detail\":\"没有这份决算\"}");
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("submissionId", submissionId);
        ArrayNode entries = body.putArray("events");
        for (EventEnvelope e : events) {
            entries.addObject().put("sequence", e.sequence()).put("type", e.type())
                    .put("timestamp", e.timestamp()).put("actor", e.actor()).set("payload", e.payload());
        }
        answer(exchange, 200, JSON.writeValueAsString(body));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
