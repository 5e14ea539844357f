package finacct.gateway.limits;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.security.Principal;

/**
 * Per-client rate limit on everything routed to a service (/api, /public) and the API description: a client over
 * its limit gets 429 with {@code Retry-After} and the others are served as before. The client is the
 * authenticated principal when there is one (a department's system, an officer), else the caller's address.
 * The gateway's health stays outside the limit.
 */
@Component
// after Spring Security's WebFilterChainProxy (-100), which puts the authenticated principal on the exchange
@Order(RateLimitFilter.ORDER)
public class RateLimitFilter implements WebFilter {

    static final int ORDER = -50;

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final ClientRateLimiter limiter;
    private final boolean enabled;

    public RateLimitFilter(ClientRateLimiter limiter, RateLimitProperties properties) {
        this.limiter = limiter;
        this.enabled = properties.enabled();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!enabled || path.startsWith("/actuator")) {
            return chain.filter(exchange);
        }
        return client(exchange)
                .flatMap(client -> limiter.check(client).flatMap(decision -> {
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    log.info("rate limit: {} refused for {} s ({} {})", client, decision.retryAfterSeconds(),
                            exchange.getRequest().getMethod(), path);
                    return Mono.error(new TooManyRequestsException(decision.retryAfterSeconds()));
                }));
    }

    static Mono<String> client(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .map(Principal::getName)
                .filter(name -> !name.isBlank())
                .map(name -> "principal:" + name)
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + address(exchange)));
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
