package finacct.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A downstream service stand-in: records every request and answers 200 {@code <name> <method> <path>}, or the JSON
 * body given for the path in {@link #json}.
 */
final class StubService implements AutoCloseable {

    record Seen(String method, String path, Headers headers, long bodyLength) {
        List<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null ? List.of() : values;
        }
    }

    final String name;
    final List<Seen> requests = new CopyOnWriteArrayList<>();
    /** JSON answers by path (e.g. the service's {@code /v3/api-docs}). */
    final Map<String, String> json = new ConcurrentHashMap<>();
    private final HttpServer server;

    private StubService(String name, HttpServer server) {
        this.name = name;
        this.server = server;
    }

    static StubService start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            StubService stub = new StubService(name, server);
            server.createContext("/", exchange -> {
                long length;
                try (InputStream in = exchange.getRequestBody()) {
                    length = in.transferTo(OutputStream.nullOutputStream());
                }
                stub.requests.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        exchange.getRequestHeaders(), length));
                String given = stub.json.get(exchange.getRequestURI().getRawPath());
                byte[] body = (given != null ? given
                        : name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath())
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type",
                        given != null ? "application/json" : "text/plain; charset=utf-8");
                // a careless service echoing the secret must not leak it to the client
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    Seen last() {
        return requests.isEmpty() ? null : requests.get(requests.size() - 1);
    }

    /** A URL where nothing listens: the port was free a moment ago and is closed again. */
    static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://localhost:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
