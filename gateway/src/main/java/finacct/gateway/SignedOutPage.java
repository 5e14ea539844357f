package finacct.gateway;

import finacct.kernel.access.RouteAccess;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where a browser lands after signing out, at the gateway and at the issuer: no session is needed to see it. */
@RestController
class SignedOutPage {

    @GetMapping(value = RouteAccess.SIGNED_OUT, produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>区级部门决算平台 · 已退出登录</title></head>
                <body>
                <h1>区级部门决算平台</h1>
                <p id="signed-out">您已退出登录。</p>
                <p><a id="sign-in" href="/bureau/">重新登录</a></p>
                </body></html>
                """;
    }
}
