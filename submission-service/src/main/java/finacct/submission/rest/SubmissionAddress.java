package finacct.submission.rest;

import finacct.kernel.events.SubmissionIds;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.kernel.template.ReportTemplates;
import finacct.submission.api.FieldError;
import finacct.submission.api.InputRejectedException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The {dept}/{year} of a request path, checked against the department registry and the shipped templates. */
record SubmissionAddress(String departmentCode, int fiscalYear) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    String submissionId() {
        return SubmissionIds.of(departmentCode, fiscalYear);
    }

    static SubmissionAddress resolve(String dept, String year, DepartmentRegistry registry) {
        List<FieldError> errors = new ArrayList<>();
        if (registry.byCode(dept).isEmpty()) {
            errors.add(new FieldError("departmentCode", "部门名录中没有编码为“" + dept + "”的部门"));
        }
        int fiscalYear = 0;
        if (!YEAR.matcher(year).matches()) {
            errors.add(new FieldError("fiscalYear", "年度“" + year + "”应为四位数字年份，如 2020"));
        } else {
            fiscalYear = Integer.parseInt(year);
            if (ReportTemplates.defaultOrNearestFor(fiscalYear).isEmpty()) {
                errors.add(new FieldError("fiscalYear", "没有 " + fiscalYear + " 年度的报表模板（现有模板："
                        + String.join("、", ReportTemplates.versions()) + "）"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors.get(0).message(), errors);
        }
        return new SubmissionAddress(dept, fiscalYear);
    }
}
