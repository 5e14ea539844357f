package finacct.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.service.web.ProblemHandling;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problem+json answers of the security layer: 401 without a valid token, 403 without the role, 404 elsewhere. */
final class ProblemResponses {

    static final String UNAUTHORIZED = "未登录或访问令牌无效（缺少、已过期、签名不符或不是受信任的签发者签发），请重新登录或获取令牌";
    static final String FORBIDDEN = "您的账号没有访问此接口的权限（需要财政局审核角色，或只能访问本部门的数据）";
    static final String NOT_FOUND = "没有这个地址";
    static final String REJECTED = "请求地址不合规（含有“..”、编码的斜杠或其他不允许的字符），未处理；请检查地址";

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", ProblemHandling.title(status));
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("errors", status == HttpStatus.UNAUTHORIZED
                ? List.of(Map.of("field", HttpHeaders.AUTHORIZATION, "message", "缺少或无效的访问令牌"))
                : List.of());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
