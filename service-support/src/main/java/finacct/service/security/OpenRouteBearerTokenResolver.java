package finacct.service.security;

import finacct.kernel.access.RouteAccess;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * A route that needs no token (a public read, health, the API description) is answered as if no token came: a stale
 * or foreign token a browser or script still sends must not turn a public read into a 401.
 */
final class OpenRouteBearerTokenResolver implements BearerTokenResolver {

    private final BearerTokenResolver tokens = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return RouteAccess.isOpen(request.getMethod(), path) ? null : tokens.resolve(request);
    }
}
