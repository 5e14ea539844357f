package finacct.submission.rest;

import finacct.service.web.ProblemHandling;
import finacct.submission.api.FieldError;
import finacct.submission.registry.RegistryChangedMeanwhileException;
import finacct.submission.registry.RegistryFileReader;
import finacct.submission.registry.UnknownDepartmentException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** The registry's refusals in the shared problem shape. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RegistryProblemHandler {

    @ExceptionHandler(RegistryFileReader.BadFileException.class)
    public ResponseEntity<ProblemDetail> badFile(RegistryFileReader.BadFileException e, HttpServletRequest request) {
        List<FieldError> errors = e.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList();
        return ProblemHandling.respond(HttpStatus.BAD_REQUEST, "部门名录有误，未保存", e.getMessage(), errors, request);
    }

    @ExceptionHandler(UnknownDepartmentException.class)
    public ResponseEntity<ProblemDetail> unknown(UnknownDepartmentException e, HttpServletRequest request) {
        return ProblemHandling.respond(HttpStatus.NOT_FOUND, "部门不存在", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(RegistryChangedMeanwhileException.class)
    public ResponseEntity<ProblemDetail> meanwhile(RegistryChangedMeanwhileException e, HttpServletRequest request) {
        return ProblemHandling.respond(HttpStatus.CONFLICT, "并发修改，未保存", e.getMessage(), List.of(), request);
    }
}
