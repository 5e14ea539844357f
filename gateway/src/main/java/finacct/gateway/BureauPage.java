package finacct.gateway;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * A placeholder for the bureau's dashboard at {@code /bureau/} (the dashboard itself will live behind the gateway):
 * it shows who signed in, which proves the sign-in and the session. Only the bureau role reaches it.
 */
@RestController
class BureauPage {

    @GetMapping(value = {"/bureau", "/bureau/"}, produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> page(Authentication caller, ServerWebExchange exchange) {
        // a signed-in browser has its ID token's name; an API client with a bearer token only its subject
        String subject = caller == null ? "" : caller.getName();
        String name = caller != null && caller.getPrincipal() instanceof OidcUser user
                ? String.valueOf(user.getAttributes().getOrDefault("name", subject)) : subject;
        return LogoutButton.html(exchange).map(logout -> """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>区级部门决算平台 · 财政局</title></head>
                <body>
                <h1>区级部门决算平台 · 财政局审核</h1>
                <p id="who">已登录：<strong id="user-name">%s</strong>（账号 <code id="user-id">%s</code>）</p>
                <p><a href="/api/v1/overview/2020">2020 年度区级总览（JSON）</a></p>
                %s
                </body></html>
                """.formatted(HtmlUtils.htmlEscape(name), HtmlUtils.htmlEscape(subject), logout));
    }
}
