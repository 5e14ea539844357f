package finacct.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The actor of every event is the verified token's subject, never what a client claims: a client's
 * {@code X-Finacct-Actor} (and the retired {@code X-Finacct-Gateway}) never reaches a service.
 */
@Component
public class ActorHeaderFilter implements GlobalFilter, Ordered {

    public static final String ACTOR = "X-Finacct-Actor";
    static final String RETIRED_SECRET = "X-Finacct-Gateway";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange.mutate().request(r -> r.headers(h -> {
            h.remove(ACTOR);
            h.remove(RETIRED_SECRET);
        })).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
