package finacct.publication.web;

import finacct.kernel.events.SubmissionIds;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.publication.core.Overview;
import finacct.publication.core.OverviewBuilder;
import finacct.publication.core.ReadModel;
import finacct.publication.store.ReadModels;
import finacct.service.web.ApiProblem;
import finacct.service.web.FiscalYears;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's reads: one department's year, and the district's year. */
@RestController
@RequestMapping("/api/v1")
public class ReadModelController {

    private final ReadModels models;
    private final DepartmentRegistry registry;

    public ReadModelController(ReadModels models, DepartmentRegistry registry) {
        this.models = models;
        this.registry = registry;
    }

    @GetMapping("/read-models/{dept}/{year}")
    public ReadModel readModel(@PathVariable String dept, @PathVariable String year) {
        int fiscalYear = FiscalYears.parse("year", year);
        return models.find(SubmissionIds.of(dept, fiscalYear))
                .filter(ReadModel::opened)
                .orElseThrow(() -> ApiProblem.notFound("部门“" + dept + "”还没有 " + fiscalYear + " 年度的决算"));
    }

    @GetMapping("/overview/{year}")
    public Overview overview(@PathVariable String year) {
        int fiscalYear = FiscalYears.parse("year", year);
        return OverviewBuilder.build(fiscalYear, registry.all(), models.ofYear(fiscalYear));
    }
}
