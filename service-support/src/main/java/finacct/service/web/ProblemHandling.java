package finacct.service.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Every error leaves as application/problem+json with a Chinese detail and an {@code errors} array; a controller
 * throws {@link ApiProblem} for a 4xx. Import it into the application.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setProperty("errors", problem.errors());
        return ResponseEntity.status(problem.status()).body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected error", e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "服务内部错误，请稍后重试");
        body.setProperty("errors", List.of());
        return ResponseEntity.internalServerError().body(body);
    }

    /** Spring's own 4xx (unknown path, wrong method, …) get Chinese words too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setDetail(chinese(status));
            problem.setProperty("errors", List.of());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String chinese(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "请求格式有误";
            case 404 -> "没有这个地址";
            case 405 -> "该地址不支持这种请求方法";
            case 406 -> "无法按请求的格式（Accept）返回结果";
            case 415 -> "不支持这种请求内容类型（Content-Type）";
            default -> status.is5xxServerError() ? "服务内部错误，请稍后重试" : "请求无法处理";
        };
    }
}
