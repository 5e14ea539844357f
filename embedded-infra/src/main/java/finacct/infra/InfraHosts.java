package finacct.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Host names and free ports for the embedded servers. */
final class InfraHosts {

    private InfraHosts() {
    }

    /** Clients cannot connect to a wildcard address: advertise localhost for it. */
    static String advertised(String bindHost) {
        if (bindHost == null || bindHost.isBlank() || bindHost.equals("0.0.0.0") || bindHost.equals("::")
                || bindHost.equals("[::]")) {
            return "localhost";
        }
        return bindHost;
    }

    /** IPv6 literals need brackets in URIs and host:port strings. */
    static String forUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** A port that was free a moment ago (for servers that must know their port before they bind). */
    static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(host == null || host.isBlank() ? new InetSocketAddress(0) : new InetSocketAddress(host, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
        }
    }
}
