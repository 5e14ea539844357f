package finacct.identity.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page in the users' language (Spring's own is English); the form posts to Spring Security's /login. */
@Controller
class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String message = request.getParameter("error") != null ? "<p id=\"error\" role=\"alert\">用户名或密码不正确，请重试。</p>"
                : request.getParameter("logout") != null ? "<p id=\"logout\">您已退出登录。</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>登录 · 区级部门决算平台</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body>
                <h1>区级部门决算平台 · 统一身份认证</h1>
                %s
                <form method="post" action="/login">
                  <p><label for="username">用户名</label> <input id="username" name="username" autocomplete="username" required autofocus></p>
                  <p><label for="password">密码</label> <input id="password" name="password" type="password" autocomplete="current-password" required></p>
                  <input type="hidden" name="%s" value="%s">
                  <p><button type="submit">登录</button></p>
                </form>
                </body></html>
                """.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
