package finacct.gateway.security;

import finacct.kernel.access.RouteAccess;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A route that needs no token (a public read, health, the API description) is answered as if no token came: a stale
 * or foreign token a browser or script still sends must not turn a public read into a 401.
 */
final class OpenRouteBearerTokenConverter implements ServerAuthenticationConverter {

    private final ServerBearerTokenAuthenticationConverter tokens = new ServerBearerTokenAuthenticationConverter();

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return RouteAccess.isOpen(method, path) ? Mono.empty() : tokens.convert(exchange);
    }
}
