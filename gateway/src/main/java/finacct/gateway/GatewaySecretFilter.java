package finacct.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The services accept /api and /public requests only with the gateway's secret in {@code X-Finacct-Gateway}.
 * A client's own value is always dropped, so the header proves the request came through here; and the secret
 * never travels back to a client, even if a service echoed it.
 */
@Component
public class GatewaySecretFilter implements GlobalFilter, Ordered {

    public static final String HEADER = "X-Finacct-Gateway";

    private static final Logger log = LoggerFactory.getLogger(GatewaySecretFilter.class);

    private final GatewayProperties properties;

    public GatewaySecretFilter(GatewayProperties properties) {
        this.properties = properties;
        if (!properties.hasSecret()) {
            // the services fail closed: without a secret every routed request ends in their 403
            log.warn("FINACCT_GATEWAY_SECRET is not set: the services will refuse every request the gateway forwards");
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerWebExchange forwarded = exchange.mutate().request(r -> r.headers(h -> {
            h.remove(HEADER);
            if (properties.hasSecret()) {
                h.set(HEADER, properties.secret());
            }
        })).build();
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().remove(HEADER);
            return Mono.empty();
        });
        return chain.filter(forwarded);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
