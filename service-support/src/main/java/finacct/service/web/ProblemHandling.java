package finacct.service.web;

import finacct.kernel.web.ProblemTitles;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.UUID;

/**
 * Every service's errors leave here in the one {@link Problems} shape: {@link ApiProblem} for a controller's 4xx,
 * Spring MVC's own (unreadable JSON, a value of the wrong type, an unknown path, a wrong method or media type) in
 * words a department's officer understands, and anything unexpected as a 500 with a reference to quote to the
 * administrator, the exception going only to the log. A service with its own exceptions adds an advice of higher
 * precedence for them. Import it into the application.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    /** A field at fault; serialised as {@code {"field": …, "message": …}} like every service's. */
    public record Field(String field, String message) {
    }

    /**
     * A body Jackson could map to no object although it parsed (e.g. a field given twice, which a record cannot
     * take): the client's JSON is at fault, never the service.
     */
    @ExceptionHandler(HttpMessageConversionException.class)
    ResponseEntity<ProblemDetail> unconvertible(HttpMessageConversionException e, HttpServletRequest request) {
        log.debug("body not mapped on {} {}", request.getMethod(), request.getRequestURI(), e);
        String detail = "请求体的结构不符合接口的要求（例如同一字段出现两次），未保存";
        return respond(HttpStatus.BAD_REQUEST, "请求内容有误，未保存", detail, List.of(new Field("body", detail)), request);
    }

    /** JSON that names a field twice is refused as malformed, not read with whichever value came last. */
    @Bean
    static Jackson2ObjectMapperBuilderCustomizer strictDuplicateDetection() {
        return builder -> builder.featuresToEnable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
        return respond(problem.status(), title(problem.status()), problem.getMessage(), problem.errors(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        String ref = UUID.randomUUID().toString();
        log.error("unexpected error {} on {} {}", ref, request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "服务内部错误",
                "服务内部错误（编号 " + ref + "），请求可能未完成；请把编号告知管理员。", List.of(), request);
    }

    /** The answer every handler of every service gives. */
    public static ResponseEntity<ProblemDetail> respond(HttpStatusCode status, String title, String detail,
                                                        List<?> errors, HttpServletRequest request) {
        return ResponseEntity.status(status).body(Problems.of(status, title, detail, errors,
                request.getRequestURI(), request.getHeader(Problems.CORRELATION_HEADER)));
    }

    /** Spring MVC's own exceptions in the same shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        Described d = describe(ex, status);
        HttpServletRequest servlet = request instanceof NativeWebRequest nwr
                && nwr.getNativeRequest() instanceof HttpServletRequest r ? r : null;
        ProblemDetail problem = Problems.of(status, d.title(), d.detail(), d.errors(),
                servlet == null ? null : servlet.getRequestURI(),
                servlet == null ? null : servlet.getHeader(Problems.CORRELATION_HEADER));
        return new ResponseEntity<>(problem, headers, status);
    }

    public static String title(HttpStatusCode status) {
        return ProblemTitles.of(status.value());
    }

    private record Described(String title, String detail, List<Field> errors) {
        static Described of(String title, String detail, String field) {
            return new Described(title, detail, field == null ? List.of() : List.of(new Field(field, detail)));
        }
    }

    private static Described describe(Exception ex, HttpStatusCode status) {
        if (ex instanceof HttpMessageNotReadableException e) {
            return unreadable(e);
        }
        if (ex instanceof MethodArgumentTypeMismatchException e) {
            return Described.of("请求参数有误", "参数 " + e.getName() + " 的值“" + shown(e.getValue()) + "”格式不对",
                    e.getName());
        }
        if (ex instanceof TypeMismatchException e) {
            return Described.of("请求参数有误", "参数 " + e.getPropertyName() + " 的值“" + shown(e.getValue())
                    + "”格式不对", e.getPropertyName());
        }
        if (ex instanceof MethodArgumentNotValidException e) {
            List<Field> errors = e.getBindingResult().getFieldErrors().stream()
                    .map(f -> new Field(f.getField(), f.getDefaultMessage())).toList();
            return new Described("请求内容有误，未保存", "请求内容有 " + errors.size() + " 处错误", errors);
        }
        if (ex instanceof HttpMediaTypeNotSupportedException e) {
            return Described.of("不支持的请求体类型", "请求体应为 application/json（UTF-8），而不是“"
                    + e.getContentType() + "”", "Content-Type");
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return Described.of("无法按要求的格式应答", "本接口只返回 application/json 或 application/problem+json",
                    "Accept");
        }
        if (ex instanceof HttpRequestMethodNotSupportedException e) {
            return Described.of("不支持的请求方法", "此地址不支持 " + e.getMethod() + " 方法，可用："
                    + e.getSupportedHttpMethods(), null);
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return Described.of("地址不存在", "没有这个接口地址，请对照接口文档检查路径", null);
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return Described.of("内容过大", "上传的文档过大，未导入", "file");
        }
        if (ex instanceof ServletRequestBindingException) {
            return Described.of("请求有误", "请求缺少必需的参数或请求头", null);
        }
        return Described.of(title(status), "请求无法处理（HTTP " + status.value() + "）", null);
    }

    /** Malformed JSON, a missing body, or a value of the wrong JSON type, with the path of the field. */
    private static Described unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (find(cause, StreamConstraintsException.class) != null) {
            return Described.of("请求内容有误，未保存", "请求体中的数字、文本或嵌套层数超出了允许的范围，未保存", "body");
        }
        JsonParseException syntax = find(cause, JsonParseException.class);
        if (syntax != null) {
            JsonLocation at = syntax.getLocation();
            String where = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近）";
            return Described.of("请求体不是合法的 JSON", "请求体不是合法的 JSON" + where + "，未保存", "body");
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return Described.of("请求内容有误，未保存", "不认识的字段 " + field + "，未保存", field);
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            String field = pathOf(mapping);
            return Described.of("请求内容有误，未保存", "字段 " + field + " 的数值超出范围", field);
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            String expected = mapping instanceof MismatchedInputException mi && mi.getTargetType() != null
                    ? jsonKind(mi.getTargetType()) : "其他类型";
            String got = mapping instanceof InvalidFormatException inv ? "“" + shown(inv.getValue()) + "”" : "给出的值";
            String detail = "字段 " + field + " 的类型不对：" + got + "不能作为" + expected;
            return new Described("请求内容有误，未保存", detail, List.of(new Field(field, detail)));
        }
        if (find(cause, java.nio.charset.CharacterCodingException.class) != null
                || find(cause, java.io.CharConversionException.class) != null) {
            return Described.of("请求体编码有误", "请求体不是合法的 UTF-8 文本，未保存", "body");
        }
        if (cause instanceof JsonProcessingException) {
            return Described.of("请求体不是合法的 JSON", "请求体无法按 JSON 读取，未保存", "body");
        }
        return Described.of("缺少请求体", "缺少请求体：本接口需要一个 JSON 对象", "body");
    }

    /** A value shown back to the user, cut short: a 10 MB value is not repeated in the answer. */
    private static String shown(Object value) {
        String s = String.valueOf(value);
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static <T extends Throwable> T find(Throwable cause, Class<T> type) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String jsonKind(Class<?> type) {
        if (type == String.class) {
            return "文本（字符串）";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "数字";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "数组";
        }
        return "对象";
    }
}
