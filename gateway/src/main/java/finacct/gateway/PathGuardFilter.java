package finacct.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Locale;

/**
 * Routes are chosen by path prefix, and a service behind us may normalise a path the gateway did not: a request
 * for {@code /public/v1/../../api/...} would match the public route here and name a bureau endpoint there. Dot
 * segments, encoded slashes or dots and backslashes therefore end at the gateway with 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class PathGuardFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getURI().getRawPath();
        if (raw != null && suspicious(raw)) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "path"));
        }
        return chain.filter(exchange);
    }

    static boolean suspicious(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")) {
            return true;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
