package finacct.submission.rest;

import finacct.importer.workbook.WorkbookWriter;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.service.web.ProblemHandling;
import finacct.submission.api.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/templates/{version}}: the template as data (what a page needs to lay out the tables).
 * {@code GET /api/v1/templates/{version}/workbook}: the blank Excel workbook of a template version, the one
 * {@code POST …/import} reads back as is once filled. {@code ?year=} sets the 年度 it names (a version serving
 * several years names its first), {@code ?department=} its 部门.
 */
@RestController
public class TemplateController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorkbookWriter writer = new WorkbookWriter();

    /** The template itself (tables, rows, columns and their keys), for laying out a submission's tables. */
    @GetMapping("/api/v1/templates/{version}")
    public ResponseEntity<?> template(@PathVariable String version, HttpServletRequest request) {
        Optional<ReportTemplate> template = ReportTemplates.find(version);
        if (template.isEmpty()) {
            return unknown(version, request);
        }
        return ResponseEntity.ok().body(template.get());
    }

    @GetMapping("/api/v1/templates/{version}/workbook")
    public ResponseEntity<?> workbook(@PathVariable String version,
                                      @RequestParam(name = "year", required = false) Integer year,
                                      @RequestParam(name = "department", required = false) String department,
                                      HttpServletRequest request) {
        Optional<ReportTemplate> template = ReportTemplates.find(version);
        if (template.isEmpty()) {
            return unknown(version, request);
        }
        int fiscalYear = year != null ? year : template.get().fiscalYears().get(0);
        byte[] xlsx = writer.blank(template.get(), fiscalYear, department);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("部门决算-" + version + "-" + fiscalYear + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }

    private static ResponseEntity<?> unknown(String version, HttpServletRequest request) {
        String detail = "没有报表模板版本“" + version + "”，现有：" + String.join("、", ReportTemplates.versions());
        return ProblemHandling.respond(HttpStatus.NOT_FOUND, "报表模板不存在", detail,
                List.of(new FieldError("version", detail)), request);
    }
}
