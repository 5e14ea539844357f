package finacct.gateway.security;

import finacct.kernel.access.AccessSettings;
import finacct.kernel.access.Caller;
import finacct.kernel.access.RouteAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.security.Principal;

/**
 * The gateway's check of {@link RouteAccess} (each service checks again): the caller comes from the bearer JWT of an
 * API client, or from the signed-in browser user's ID token. Without a caller, or with a forbidden route, it raises
 * {@link AccessDeniedException} for Spring Security to answer (sign-in redirect for pages, 401 / 403 problem for
 * the API); another department's route answers 404 here.
 */
final class RouteAccessWebFilter implements WebFilter {

    private final AccessSettings settings;
    private final SecurityProblems problems;

    RouteAccessWebFilter(AccessSettings settings, SecurityProblems problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (RouteAccess.isOpen(method, path)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(this::caller)
                .defaultIfEmpty(NO_CALLER)
                .flatMap(caller -> switch (RouteAccess.decide(method, path, caller == NO_CALLER ? null : caller)) {
                    case ALLOW -> chain.filter(exchange);
                    case NOT_FOUND -> problems.write(exchange, HttpStatus.NOT_FOUND,
                            "没有这个接口：" + method + " " + path);
                    case UNAUTHENTICATED, FORBIDDEN -> Mono.error(new AccessDeniedException(path));
                });
    }

    private static final Caller NO_CALLER = new Caller(null, false, false, null);

    private Caller caller(Principal principal) {
        if (principal instanceof JwtAuthenticationToken jwt) {
            return Caller.fromClaims(jwt.getName(), jwt.getToken().getClaims(), settings);
        }
        if (principal instanceof OAuth2AuthenticationToken login) {
            return Caller.fromClaims(login.getName(), login.getPrincipal().getAttributes(), settings);
        }
        return NO_CALLER;
    }
}
