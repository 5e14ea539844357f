package finacct.gateway.security;

import finacct.kernel.web.ProblemTitles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.gateway.CorrelationIdFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problem+json answers of the gateway's security: 401, 403 and the 404 of another department's route. */
final class SecurityProblems {

    static final String UNAUTHORIZED = "未登录或访问令牌无效（缺少、已过期、签名不符或不是受信任的签发者签发），请重新登录或获取令牌";
    static final String FORBIDDEN = "您的账号没有访问此接口的权限（需要财政局审核角色，或只能访问本部门的数据）";
    static final String CSRF = "请求缺少有效的 CSRF 令牌（浏览器会话的写操作须带 X-XSRF-TOKEN 头），请刷新页面后重试";

    private final ObjectMapper json;

    SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", ProblemTitles.of(status.value()));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        String correlationId = exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        if (correlationId != null) {
            body.put("correlationId", correlationId);
        }
        body.put("errors", status == HttpStatus.UNAUTHORIZED
                ? List.of(Map.of("field", HttpHeaders.AUTHORIZATION, "message", "缺少或无效的访问令牌"))
                : status == HttpStatus.NOT_FOUND ? List.of(Map.of("field", "path", "message", "不存在的路径")) : List.of());
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        response.setStatusCode(status);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
