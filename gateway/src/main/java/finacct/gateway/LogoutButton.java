package finacct.gateway;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/** The "退出登录" form of a signed-in page: {@code POST /logout} with the session's CSRF token (no script needed). */
final class LogoutButton {

    private LogoutButton() {
    }

    static Mono<String> html(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return (token == null ? Mono.<CsrfToken>empty() : token)
                .map(t -> "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(t.getParameterName())
                        + "\" value=\"" + HtmlUtils.htmlEscape(t.getToken()) + "\">")
                .defaultIfEmpty("")
                .map(csrf -> "<form id=\"logout\" method=\"post\" action=\"/logout\">" + csrf
                        + "<button type=\"submit\">退出登录</button></form>");
    }
}
