package finacct.submission.rest;

import finacct.kernel.events.SubmissionIds;
import finacct.service.web.ProblemHandling;
import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCell;
import finacct.submission.api.ApprovalRefusedException;
import finacct.submission.api.EventTooLargeException;
import finacct.submission.api.FieldError;
import finacct.submission.importing.ImportBusyException;
import finacct.submission.importing.ImportTooComplexException;
import finacct.submission.api.InputRejectedException;
import finacct.submission.api.StaleVersionException;
import finacct.submission.api.SubmissionConflictException;
import finacct.submission.validation.ValidationUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * This service's own exceptions in the shared problem shape ({@link ProblemHandling}, which answers everything
 * else: Spring MVC's errors and the unexpected). Bad input is always a 4xx; a 5xx means a bug or an unavailable
 * store.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InputRejectedException.class)
    public ResponseEntity<ProblemDetail> inputRejected(InputRejectedException e, HttpServletRequest request) {
        return ProblemHandling.respond(HttpStatus.BAD_REQUEST, "请求内容有误，未保存", e.getMessage(), e.errors(), request);
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
        return ProblemHandling.respond(HttpStatus.PAYLOAD_TOO_LARGE, "内容过大，未保存", detail,
                List.of(new FieldError("body", detail)), request);
    }

    @ExceptionHandler(ImportTooComplexException.class)
    public ResponseEntity<ProblemDetail> tooComplex(ImportTooComplexException e, HttpServletRequest request) {
        String detail = "文档未能在 " + e.limit().toSeconds() + " 秒内读完（内容过长或结构异常），未导入。"
                + "请检查文档是否为正常的决算文本，或分表导入。";
        return ProblemHandling.respond(HttpStatus.UNPROCESSABLE_ENTITY, "文档无法在限定时间内读完，未导入", detail,
                List.of(new FieldError("body", detail)), request);
    }

    @ExceptionHandler(ImportBusyException.class)
    public ResponseEntity<ProblemDetail> importBusy(ImportBusyException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = ProblemHandling.respond(HttpStatus.TOO_MANY_REQUESTS, "导入繁忙",
                "其他文档正在导入，本次未导入，请稍后重试。", List.of(), request);
        return ResponseEntity.status(answer.getStatusCode()).header("Retry-After", "5").body(answer.getBody());
    }

    @ExceptionHandler(StaleVersionException.class)
    public ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) {
        return ProblemHandling.respond(HttpStatus.CONFLICT, "版本冲突，未保存", e.getMessage(),
                List.of(new FieldError(e.field(), "当前版本为 " + e.actual() + "，不是 " + e.expected())), request);
    }

    @ExceptionHandler(SubmissionConflictException.class)
    public ResponseEntity<ProblemDetail> conflict(SubmissionConflictException e, HttpServletRequest request) {
        return ProblemHandling.respond(HttpStatus.CONFLICT, "与申报的当前状态冲突，未保存", e.getMessage(), List.of(), request);
    }

    /**
     * An approval refused on the validation at hand: every ERROR finding with its rule, message and cells (also as
     * {@code findings}, in the shape the validation result gives them), or why the validation is not the right one.
     */
    @ExceptionHandler(ApprovalRefusedException.class)
    public ResponseEntity<ProblemDetail> approvalRefused(ApprovalRefusedException e, HttpServletRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < e.findings().size(); i++) {
            Finding f = e.findings().get(i);
            errors.add(new FieldError("findings[" + i + "]", f.ruleId() + "：" + f.message() + cellsOf(f)));
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError("version", e.getMessage()));
        }
        ResponseEntity<ProblemDetail> answer = ProblemHandling.respond(HttpStatus.UNPROCESSABLE_ENTITY,
                "不能审核通过，未保存", e.getMessage(), errors, request);
        answer.getBody().setProperty("findings", e.findings());
        return answer;
    }

    private static String cellsOf(Finding f) {
        if (f.cells().isEmpty()) {
            return "";
        }
        return f.cells().stream().map(ProblemHandler::cell).collect(Collectors.joining("、", "（单元格：", "）"));
    }

    private static String cell(FindingCell c) {
        return c.table() + " " + c.row() + " 行 " + c.column() + " 栏" + (c.value() == null ? "" : " = " + c.value());
    }

    /** validation-service could not be asked: an honest dependency failure, nothing was decided or stored. */
    @ExceptionHandler(ValidationUnavailableException.class)
    public ResponseEntity<ProblemDetail> validationUnavailable(ValidationUnavailableException e,
                                                               HttpServletRequest request) {
        log.warn("validation-service unavailable for {}: {}", request.getRequestURI(), e.getMessage());
        ResponseEntity<ProblemDetail> answer = ProblemHandling.respond(HttpStatus.SERVICE_UNAVAILABLE,
                "校验服务暂不可用", "暂时无法取得校验结果，请稍后再审核", List.of(), request);
        return ResponseEntity.status(answer.getStatusCode()).header("Retry-After", "10").body(answer.getBody());
    }

    /** Another writer (another instance, or a racing request) stored the same sequence number first. */
    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class,
            AggregateStreamCreationException.class})
    public ResponseEntity<ProblemDetail> concurrent(Exception e, HttpServletRequest request) {
        log.info("concurrent modification rejected: {}", e.getMessage());
        return ProblemHandling.respond(HttpStatus.CONFLICT, "并发修改，未保存",
                "申报刚刚被另一个请求修改，本次请求未保存。请重新读取申报后再提交。", List.of(), request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e, HttpServletRequest request) {
        String id = String.valueOf(e.getAggregateIdentifier());
        String detail = id.contains(":")
                ? "部门“" + SubmissionIds.departmentOf(id) + "”的 " + id.substring(id.lastIndexOf(':') + 1)
                  + " 年度决算尚未开立（先 POST 开立申报）"
                : "申报“" + id + "”不存在";
        return ProblemHandling.respond(HttpStatus.NOT_FOUND, "申报不存在", detail, List.of(), request);
    }

    @ExceptionHandler({EventStoreException.class, com.mongodb.MongoException.class})
    public ResponseEntity<ProblemDetail> storeUnavailable(Exception e, HttpServletRequest request) {
        log.error("event store unavailable", e);
        return ProblemHandling.respond(HttpStatus.SERVICE_UNAVAILABLE, "存储暂不可用",
                "事件存储暂时不可用，本次请求未保存，请稍后重试。", List.of(), request);
    }

    private static String megabytes(long bytes) {
        return new BigDecimal(bytes).divide(new BigDecimal(1024 * 1024), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
