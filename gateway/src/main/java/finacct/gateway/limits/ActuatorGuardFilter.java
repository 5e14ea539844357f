package finacct.gateway.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * The gateway's port faces the outside: of its actuator only health answers there (404 for metrics and the rest,
 * as if they did not exist). Prometheus scrapes the management port ({@code MANAGEMENT_SERVER_PORT}, kept inside
 * the cluster) when one is set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
public class ActuatorGuardFilter implements WebFilter {

    private final int managementPort;

    public ActuatorGuardFilter(@Value("${management.server.port:-1}") int managementPort) {
        this.managementPort = managementPort;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!(path.equals("/actuator") || path.startsWith("/actuator/")) || isHealth(path) || onManagementPort(exchange)) {
            return chain.filter(exchange);
        }
        return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean isHealth(String path) {
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    private boolean onManagementPort(ServerWebExchange exchange) {
        InetSocketAddress local = exchange.getRequest().getLocalAddress();
        return managementPort > 0 && local != null && local.getPort() == managementPort;
    }
}
