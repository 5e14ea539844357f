package finacct.service.security;

import finacct.kernel.access.AccessSettings;
import finacct.kernel.access.Caller;
import finacct.kernel.access.RouteAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The second check of {@link RouteAccess} (the gateway made the first): after the token is verified, a department's
 * token reaches only its own department (404 elsewhere) and the bureau's routes need the bureau role (403).
 */
final class RouteAccessFilter extends OncePerRequestFilter {

    private final AccessSettings settings;
    private final ProblemResponses problems;

    RouteAccessFilter(AccessSettings settings, ProblemResponses problems) {
        this.settings = settings;
        this.problems = problems;
    }

    /** The caller of the current request, or null without a verified token. */
    static Caller caller(Authentication authentication, AccessSettings settings) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Caller.fromClaims(jwt.getName(), jwt.getToken().getClaims(), settings);
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/actuator/")) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = caller(SecurityContextHolder.getContext().getAuthentication(), settings);
        switch (RouteAccess.decide(request.getMethod(), path, caller)) {
            case ALLOW -> chain.doFilter(request, response);
            case UNAUTHENTICATED -> problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemResponses.UNAUTHORIZED);
            case FORBIDDEN -> problems.write(request, response, HttpStatus.FORBIDDEN, ProblemResponses.FORBIDDEN);
            case NOT_FOUND -> problems.write(request, response, HttpStatus.NOT_FOUND, ProblemResponses.NOT_FOUND);
        }
    }
}
