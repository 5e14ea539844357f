package finacct.submission.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import finacct.kernel.events.SubmissionIds;
import finacct.submission.api.EventTooLargeException;
import finacct.submission.api.FieldError;
import finacct.submission.api.InputRejectedException;
import finacct.submission.api.StaleVersionException;
import finacct.submission.api.SubmissionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.UUID;

/**
 * Every error leaves as {@code application/problem+json} with a Chinese {@code detail} and an {@code errors}
 * array naming the offending fields. Bad input is always a 4xx; a 5xx means a bug or an unavailable store.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InputRejectedException.class)
    public ResponseEntity<ProblemDetail> inputRejected(InputRejectedException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "请求内容有误，未保存", e.getMessage(), e.errors(), request);
    }

    @ExceptionHandler(EventTooLargeException.class)
    public ResponseEntity<ProblemDetail> tooLarge(EventTooLargeException e, HttpServletRequest request) {
        String what = switch (e.eventType()) {
            case "NarrativeReported" -> "情况说明";
            case "FiguresReported", "FiguresWithdrawn" -> "这批数据";
            case "PerformanceEvaluationReported" -> "这份绩效自评";
            default -> "本次提交的内容";
        };
        String detail = what + "约 " + megabytes(e.bytes()) + " MB，超过单项 " + megabytes(e.limitBytes())
                + " MB 的上限，未保存。请精简或分批提交。";
        return respond(HttpStatus.PAYLOAD_TOO_LARGE, "内容过大，未保存", detail,
                List.of(new FieldError("body", detail)), request);
    }

    private static String megabytes(long bytes) {
        return new java.math.BigDecimal(bytes).divide(new java.math.BigDecimal(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @ExceptionHandler(StaleVersionException.class)
    public ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, "版本冲突，未保存", e.getMessage(),
                List.of(new FieldError("expectedVersion", "当前版本为 " + e.actual() + "，不是 " + e.expected())), request);
    }

    @ExceptionHandler(SubmissionConflictException.class)
    public ResponseEntity<ProblemDetail> conflict(SubmissionConflictException e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, "与申报的当前状态冲突，未保存", e.getMessage(), List.of(), request);
    }

    /** Another writer (another instance, or a racing request) stored the same sequence number first. */
    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class,
            AggregateStreamCreationException.class})
    public ResponseEntity<ProblemDetail> concurrent(Exception e, HttpServletRequest request) {
        log.info("concurrent modification rejected: {}", e.getMessage());
        return respond(HttpStatus.CONFLICT, "并发修改，未保存",
                "申报刚刚被另一个请求修改，本次请求未保存。请重新读取申报后再提交。", List.of(), request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e, HttpServletRequest request) {
        String id = String.valueOf(e.getAggregateIdentifier());
        String detail = id.contains(":")
                ? "部门“" + SubmissionIds.departmentOf(id) + "”的 " + id.substring(id.lastIndexOf(':') + 1)
                  + " 年度决算尚未开立（先 POST 开立申报）"
                : "申报“" + id + "”不存在";
        return respond(HttpStatus.NOT_FOUND, "申报不存在", detail, List.of(), request);
    }

    @ExceptionHandler({EventStoreException.class, com.mongodb.MongoException.class})
    public ResponseEntity<ProblemDetail> storeUnavailable(Exception e, HttpServletRequest request) {
        log.error("event store unavailable", e);
        return respond(HttpStatus.SERVICE_UNAVAILABLE, "存储暂不可用",
                "事件存储暂时不可用，本次请求未保存，请稍后重试。", List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        String ref = UUID.randomUUID().toString();
        log.error("unexpected error {} on {} {}", ref, request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "服务内部错误",
                "服务内部错误（编号 " + ref + "），请求可能未保存；请联系管理员。", List.of(), request);
    }

    /** Spring MVC's own exceptions (unreadable body, wrong method, wrong media type, …) in the same shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        Described d = describe(ex, status);
        String path = request instanceof NativeWebRequest nwr
                && nwr.getNativeRequest() instanceof HttpServletRequest r ? r.getRequestURI() : null;
        ProblemDetail problem = Problems.of(status, d.title(), d.detail(), d.errors(), path);
        return new ResponseEntity<>(problem, headers, status);
    }

    private record Described(String title, String detail, List<FieldError> errors) {
        static Described of(String title, String detail, String field) {
            return new Described(title, detail, field == null ? List.of() : List.of(new FieldError(field, detail)));
        }
    }

    private static Described describe(Exception ex, HttpStatusCode status) {
        if (ex instanceof HttpMessageNotReadableException e) {
            return unreadable(e);
        }
        if (ex instanceof MethodArgumentTypeMismatchException e) {
            return Described.of("请求参数有误", "参数 " + e.getName() + " 的值“" + e.getValue() + "”格式不对", e.getName());
        }
        if (ex instanceof TypeMismatchException e) {
            return Described.of("请求参数有误", "参数 " + e.getPropertyName() + " 的值“" + e.getValue() + "”格式不对",
                    e.getPropertyName());
        }
        if (ex instanceof MethodArgumentNotValidException e) {
            List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                    .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList();
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
        if (ex instanceof ServletRequestBindingException) {
            return Described.of("请求有误", "请求缺少必需的参数或请求头", null);
        }
        return Described.of("请求无法处理", "请求无法处理（HTTP " + status.value() + "）", null);
    }

    /** Malformed JSON, a missing body, or a value of the wrong JSON type, with the path of the field. */
    private static Described unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        JsonParseException syntax = syntaxError(cause);
        if (syntax != null) {
            JsonLocation at = syntax.getLocation();
            String where = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近）";
            return Described.of("请求体不是合法的 JSON", "请求体不是合法的 JSON" + where + "，未保存", "body");
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            String field = pathOf(mapping);
            return Described.of("请求内容有误，未保存", "字段 " + field + " 的数值超出范围", field);
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            String expected = mapping instanceof MismatchedInputException mi && mi.getTargetType() != null
                    ? jsonKind(mi.getTargetType()) : "其他类型";
            String got = mapping instanceof InvalidFormatException inv ? "“" + inv.getValue() + "”" : "给出的值";
            String detail = "字段 " + field + " 的类型不对：" + got + "不能作为" + expected;
            return new Described("请求内容有误，未保存", detail, List.of(new FieldError(field, detail)));
        }
        if (cause instanceof JsonProcessingException) {
            return Described.of("请求体不是合法的 JSON", "请求体无法按 JSON 读取，未保存", "body");
        }
        return Described.of("缺少请求体", "缺少请求体：本接口需要一个 JSON 对象", "body");
    }

    /** Jackson wraps a syntax error met inside a nested value in a mapping exception carrying its path. */
    private static JsonParseException syntaxError(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return parse;
            }
            if (t.getCause() == t) {
                break;
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
            return "整数";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "数组";
        }
        return "对象";
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String title, String detail,
                                                         List<FieldError> errors, HttpServletRequest request) {
        return ResponseEntity.status(status).body(Problems.of(status, title, detail, errors, request.getRequestURI()));
    }
}
