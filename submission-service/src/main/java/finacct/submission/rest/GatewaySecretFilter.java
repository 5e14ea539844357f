package finacct.submission.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Nothing reaches the service except through the gateway, which adds {@code X-Finacct-Gateway: <secret>}.
 * Fails closed: with no secret configured every request is refused. Only the actuator (health, metrics)
 * stays open, so the check also covers /api/**, /public/** and anything added later.
 */
public class GatewaySecretFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Finacct-Gateway";
    private static final Logger log = LoggerFactory.getLogger(GatewaySecretFilter.class);

    private final byte[] secret;
    private final ObjectMapper json;

    public GatewaySecretFilter(String secret, ObjectMapper json) {
        this.secret = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
        this.json = json;
        if (this.secret == null) {
            log.warn("finacct.gateway.secret (FINACCT_GATEWAY_SECRET) is not set: every API request will be refused");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals("/actuator") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (secret != null && given != null
                && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        String detail = secret == null
                ? "服务未配置网关密钥（FINACCT_GATEWAY_SECRET），拒绝所有请求"
                : "请求未经网关转发（缺少或不匹配 " + HEADER + " 请求头），服务拒绝直接访问";
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var problem = new java.util.LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", "禁止访问");
        problem.put("status", HttpStatus.FORBIDDEN.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("errors", List.of(java.util.Map.of("field", HEADER, "message", detail)));
        json.writeValue(response.getOutputStream(), problem);
    }
}
