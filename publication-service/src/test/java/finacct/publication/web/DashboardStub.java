package finacct.publication.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The gateway as the dashboard's pages see it, without the platform: the static files from the classpath as
 * publication-service serves them, ECharts from its webjar, and canned JSON written by hand from the contract
 * (BUREAU-CONTRACT.md) for the API routes; the year's event stream sends what a test pushes. Records every request.
 */
final class DashboardStub implements AutoCloseable {

    static final String CSRF = "test-csrf-token";

    record Seen(String method, String path, String query, String csrfHeader, String body) {
    }

    record Answer(int status, String contentType, byte[] body) {
        static Answer json(int status, String json) {
            return new Answer(status, status >= 400 ? "application/problem+json" : "application/json",
                    json.getBytes(StandardCharsets.UTF_8));
        }
    }

    final List<Seen> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    DashboardStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** What {@code method path} (no query) answers from now on. */
    void answer(String method, String path, Answer answer) {
        answers.put(method + " " + path, answer);
    }

    void answerJson(String method, String path, int status, String json) {
        answer(method, path, Answer.json(status, json));
    }

    /** A test resource under {@code dashboard/} as the answer. */
    void answerFile(String method, String path, String resource) {
        answer(method, path, new Answer(200, "application/json", resource("dashboard/" + resource)));
    }

    void reset() {
        answers.clear();
        requests.clear();
    }

    int openStreams() {
        return streams.size();
    }

    /** Sends an SSE event {@code change} to every open event stream. */
    void pushChange(String json) {
        byte[] event = ("event: change\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : streams) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException gone) {
                streams.remove(out);
            }
        }
    }

    List<Seen> seen(String method, String path) {
        return requests.stream().filter(s -> s.method().equals(method) && s.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        requests.add(new Seen(method, path, exchange.getRequestURI().getQuery(),
                exchange.getRequestHeaders().getFirst("X-XSRF-TOKEN"), body));
        if (path.endsWith("/events")) {
            stream(exchange);
            return;
        }
        Answer answer = answers.get(method + " " + path);
        if (answer == null && method.equals("GET")) {
            answer = staticFile(path);
        }
        if (answer == null) {
            answer = Answer.json(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"没有这个接口：" + method + " " + path + "\"}");
        }
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.getResponseHeaders().add("Set-Cookie", "XSRF-TOKEN=" + CSRF + "; Path=/");
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        streams.add(out);
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.remove(out);
            exchange.close();
        }
    }

    /** The pages as publication-service serves them: folders answer their index.html, webjars under the portal. */
    private static Answer staticFile(String path) {
        String resource;
        if (path.startsWith("/public/portal/webjars/")) {
            resource = "META-INF/resources/webjars/" + path.substring("/public/portal/webjars/".length());
        } else if (path.startsWith("/bureau/") || path.startsWith("/public/portal/")) {
            resource = "static" + path + (path.endsWith("/") ? "index.html" : "");
        } else {
            return null;
        }
        byte[] bytes = resourceOrNull(resource);
        return bytes == null ? null : new Answer(200, contentType(resource), bytes);
    }

    private static String contentType(String resource) {
        if (resource.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (resource.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (resource.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "application/octet-stream";
    }

    static byte[] resource(String name) {
        byte[] bytes = resourceOrNull(name);
        if (bytes == null) {
            throw new IllegalArgumentException("no resource " + name);
        }
        return bytes;
    }

    private static byte[] resourceOrNull(String name) {
        try (InputStream in = DashboardStub.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
