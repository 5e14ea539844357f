package finacct.publication.web;

import finacct.kernel.events.SubmissionIds;
import finacct.publication.core.PublicDocument;
import finacct.publication.core.ReadModel;
import finacct.publication.store.ReadModels;
import finacct.service.web.ApiProblem;
import finacct.service.web.FiscalYears;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public portal's read: published final accounts only. */
@RestController
@RequestMapping("/public/v1")
public class PublicController {

    private final ReadModels models;

    public PublicController(ReadModels models) {
        this.models = models;
    }

    @GetMapping("/departments/{dept}/years/{year}")
    public PublicDocument published(@PathVariable String dept, @PathVariable String year) {
        int fiscalYear = FiscalYears.parse("year", year);
        // absent and unpublished answer alike, so the public cannot tell a draft exists
        return models.find(SubmissionIds.of(dept, fiscalYear))
                .filter(m -> "PUBLISHED".equals(m.status()))
                .map(PublicDocument::of)
                .orElseThrow(() -> ApiProblem.notFound("部门“" + dept + "”" + fiscalYear + " 年度的决算尚未公开"));
    }
}
