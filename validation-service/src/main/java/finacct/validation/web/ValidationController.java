package finacct.validation.web;

import finacct.kernel.events.SubmissionIds;
import finacct.kernel.results.SubmissionValidated;
import finacct.service.web.ApiProblem;
import finacct.service.web.FiscalYears;
import finacct.validation.store.ValidationResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/validation")
public class ValidationController {

    private final ValidationResults results;

    public ValidationController(ValidationResults results) {
        this.results = results;
    }

    /** The latest validation result of a department's submission for a year. */
    @GetMapping("/{dept}/{year}")
    public SubmissionValidated latest(@PathVariable String dept, @PathVariable String year) {
        int fiscalYear = FiscalYears.parse("year", year);
        return results.find(SubmissionIds.of(dept, fiscalYear))
                .orElseThrow(() -> ApiProblem.notFound("部门“" + dept + "”" + fiscalYear + " 年度的决算还没有审核结果"));
    }
}
