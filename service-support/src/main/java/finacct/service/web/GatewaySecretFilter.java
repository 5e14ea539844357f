package finacct.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Only the gateway may call this service: every request outside {@code /actuator} must carry the gateway's
 * secret in {@code X-Finacct-Gateway}. Fail closed: with no secret configured, every such request is refused.
 * Only the actuator (health, metrics) stays open, so the check also covers /api/**, /public/** and anything added
 * later.
 */
public class GatewaySecretFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Finacct-Gateway";
    private static final Logger log = LoggerFactory.getLogger(GatewaySecretFilter.class);

    private final byte[] secret;
    private final ObjectMapper json;
    private final GatewayRefusal refusal;

    public GatewaySecretFilter(String secret, ObjectMapper json) {
        this(secret, json, GatewayRefusal.STANDARD);
    }

    public GatewaySecretFilter(String secret, ObjectMapper json, GatewayRefusal refusal) {
        this.secret = isConfigured(secret) ? secret.getBytes(StandardCharsets.UTF_8) : null;
        this.json = json;
        this.refusal = refusal;
        if (this.secret == null) {
            log.warn("finacct.gateway.secret (FINACCT_GATEWAY_SECRET) is not set: every API request will be refused");
        }
    }

    /** False for a missing or blank secret, with which the filter refuses everything. */
    public static boolean isConfigured(String secret) {
        return secret != null && !secret.isBlank();
    }

    /** Registers the filter for every path, at the given place in the servlet filter chain. */
    public FilterRegistrationBean<GatewaySecretFilter> registration(int order) {
        FilterRegistrationBean<GatewaySecretFilter> registration = new FilterRegistrationBean<>(this);
        registration.addUrlPatterns("/*");
        registration.setOrder(order);
        return registration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        // health and metrics are scraped inside the cluster; everything else (/api, /public, …) is guarded
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
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", refusal.title());
        problem.put("status", HttpStatus.FORBIDDEN.value());
        problem.put("detail", refusal.detail());
        problem.put("instance", request.getRequestURI());
        problem.put("errors", List.of(Map.of("field", HEADER, "message", refusal.fieldMessage())));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
