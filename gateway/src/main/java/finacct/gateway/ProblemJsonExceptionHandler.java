package finacct.gateway;

import finacct.kernel.web.ProblemTitles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ConnectTimeoutException;
import finacct.gateway.limits.ContentTypeFilter;
import finacct.gateway.limits.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error the gateway itself answers is {@code application/problem+json} with a Chinese {@code detail}, like the
 * services' own errors: unknown paths (404), writes to the public API (405), oversized bodies (413), a service that
 * cannot be reached (503, not Spring's bare 500) or answers too late (504). Runs before Boot's default handler.
 */
@Component
@Order(-2)
public class ProblemJsonExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonExceptionHandler.class);

    private final ObjectMapper json;

    public ProblemJsonExceptionHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(ex); // the service's answer is already on its way: nothing sensible to add
        }
        Problem problem = classify(exchange, ex);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", reason(problem.status()));
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        body.put("instance", exchange.getRequest().getPath().value());
        String correlationId = CorrelationIdFilter.of(exchange);
        if (correlationId != null) {
            body.put("correlationId", correlationId);
        }
        body.put("errors", problem.errors());
        String traceId = TraceIds.of(exchange);
        if (traceId != null) {
            body.put("traceId", traceId);
        }
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            return Mono.error(e);
        }
        response.setStatusCode(problem.status());
        HttpHeaders headers = response.getHeaders();
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(bytes.length);
        if (ex instanceof ResponseStatusException rse) {
            rse.getHeaders().forEach(headers::put); // e.g. Allow on 405
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }

    Problem classify(ServerWebExchange exchange, Throwable ex) {
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().value();
        PayloadTooLargeException tooLarge = find(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return new Problem(HttpStatus.PAYLOAD_TOO_LARGE, "请求体过大：超过了 " + tooLarge.limitText() + " 的上限",
                    List.of(error("body", "请求体不能超过 " + tooLarge.limitText())));
        }
        TooManyRequestsException tooMany = find(ex, TooManyRequestsException.class);
        if (tooMany != null) {
            return new Problem(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁：请在 " + tooMany.retryAfterSeconds()
                    + " 秒后重试（每个客户端的请求速率有上限，以免影响其他部门）",
                    List.of(error("rate", "超过请求速率上限")));
        }
        ContentTypeFilter.UnsupportedContentTypeException unsupported =
                find(ex, ContentTypeFilter.UnsupportedContentTypeException.class);
        if (unsupported != null) {
            return new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, unsupported.detail(),
                    List.of(error("Content-Type", unsupported.detail())));
        }
        if (unreachable(ex)) {
            log.warn("{} {}: {} unreachable ({})", method, path, serviceName(exchange), rootMessage(ex));
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE,
                    serviceName(exchange) + "暂时无法连接，请稍后重试", List.of());
        }
        if (ex instanceof ResponseStatusException rse) {
            HttpStatusCode status = rse.getStatusCode();
            return switch (status.value()) {
                case 400 -> new Problem(status, "请求无效：" + (isPath(rse) ? "路径中不能含有 “.”、“..” 段或编码的斜杠、点" : "请检查请求格式"),
                        isPath(rse) ? List.of(error("path", "路径格式无效")) : List.of());
                case 404 -> new Problem(status, "没有这个接口：" + method + " " + path, List.of(error("path", "不存在的路径")));
                case 413 -> new Problem(status, "请求体过大", List.of(error("body", "请求体过大")));
                case 405 -> new Problem(status, path.startsWith(PublicReadOnlyFilter.PREFIX)
                        ? "公开接口只能读取（GET），不接受 " + method + " 请求"
                        : "该接口不接受 " + method + " 请求", List.of(error("method", "不允许的请求方法 " + method)));
                case 503 -> new Problem(status, serviceName(exchange) + "暂时不可用，请稍后重试", List.of());
                case 504 -> {
                    log.warn("{} {}: {} timed out", method, path, serviceName(exchange));
                    yield new Problem(status, serviceName(exchange) + "响应超时，请稍后重试", List.of());
                }
                case 415 -> new Problem(status, "不支持的请求内容类型（Content-Type）",
                        List.of(error("Content-Type", "不支持的请求内容类型")));
                default -> status.is4xxClientError()
                        ? new Problem(status, "请求无效（" + status.value() + "）", List.of())
                        : internal(exchange, ex, status);
            };
        }
        return internal(exchange, ex, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private Problem internal(ServerWebExchange exchange, Throwable ex, HttpStatusCode status) {
        log.error("{} {} failed (correlation id {})", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), CorrelationIdFilter.of(exchange), ex);
        return new Problem(status, "网关内部错误，请把关联号 " + CorrelationIdFilter.of(exchange) + " 告知管理员", List.of());
    }

    private static boolean isPath(ResponseStatusException e) {
        return "path".equals(e.getReason());
    }

    /** The service is down or not there (yet): refused, timed out connecting, unknown host, or hung up on us. */
    static boolean unreachable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException
                    || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof PrematureCloseException) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static String serviceName(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String name = route == null ? null : GatewayRoutes.SERVICE_NAMES.get(route.getId());
        return name == null ? "下游服务" : name;
    }

    private static String reason(HttpStatusCode status) {
        return ProblemTitles.of(status.value());
    }

    private static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    record Problem(HttpStatusCode status, String detail, List<Map<String, String>> errors) {
    }
}
