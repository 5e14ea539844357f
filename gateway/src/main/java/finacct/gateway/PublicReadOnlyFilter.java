package finacct.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Set;

/**
 * The public portal API only reads: GET (and HEAD, its body-less twin) pass, CORS preflights are answered by the
 * gateway's CORS configuration, everything else gets 405 before it reaches a service.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PublicReadOnlyFilter implements WebFilter {

    static final String PREFIX = "/public/v1/";
    private static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        HttpMethod method = exchange.getRequest().getMethod();
        if (!path.startsWith(PREFIX) || ALLOWED.contains(method) || CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        return Mono.error(new MethodNotAllowedException(method, ALLOWED));
    }
}
