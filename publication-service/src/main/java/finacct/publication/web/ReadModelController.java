package finacct.publication.web;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.SubmissionIds;
import finacct.publication.config.RegisteredDepartments;
import finacct.publication.core.CellHistory;
import finacct.publication.core.DepartmentYearDocument;
import finacct.publication.core.DocumentAssembler;
import finacct.publication.core.Overview;
import finacct.publication.core.OverviewBuilder;
import finacct.publication.core.ReadModel;
import finacct.publication.live.OverviewStreams;
import finacct.publication.store.ReadModels;
import finacct.publication.store.SubmissionEvents;
import finacct.service.web.ApiProblem;
import finacct.service.web.FiscalYears;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

/** The bureau's reads: one department's year (as it stands or as of a point, a cell's history), the district's year. */
@RestController
@RequestMapping("/api/v1")
public class ReadModelController {

    private final ReadModels models;
    private final SubmissionEvents events;
    private final RegisteredDepartments departments;
    private final OverviewStreams streams;

    public ReadModelController(ReadModels models, SubmissionEvents events, RegisteredDepartments departments,
                               OverviewStreams streams) {
        this.models = models;
        this.events = events;
        this.departments = departments;
        this.streams = streams;
    }

    @GetMapping("/read-models/{dept}/{year}")
    public DepartmentYearDocument readModel(@PathVariable String dept, @PathVariable String year,
                                            @RequestParam(required = false) String asOf) {
        ReadModel model = opened(dept, year);
        if (asOf == null) {
            return DocumentAssembler.current(model);
        }
        DocumentAssembler.AsOf point = DocumentAssembler.AsOf.parse(asOf).orElseThrow(() -> ApiProblem.badField("asOf",
                "asOf 应为版本号（事件数，如 5）或 ISO-8601 时刻（如 2021-03-01T08:00:00Z）"));
        return DocumentAssembler.asOf(model, events.stream(model.submissionId()), point)
                .orElseThrow(() -> ApiProblem.notFound("部门“" + dept + "”的决算在 " + asOf + " 时尚未建立"));
    }

    @GetMapping("/read-models/{dept}/{year}/cells/{table}/{row}/{column}/history")
    public List<CellHistory.Change> cellHistory(@PathVariable String dept, @PathVariable String year,
                                                @PathVariable String table, @PathVariable String row,
                                                @PathVariable String column) {
        ReadModel model = opened(dept, year);
        return CellHistory.of(events.stream(model.submissionId()), new CellRef(table, row, column));
    }

    @GetMapping("/overview/{year}")
    public Overview overview(@PathVariable String year, @RequestParam(defaultValue = "all") String over) {
        int fiscalYear = FiscalYears.parse("year", year);
        OverviewBuilder.Over chosen = OverviewBuilder.Over.parse(over).orElseThrow(() -> ApiProblem.badField("over",
                "over 应为 all（全部已建立的部门）、submitted（已提交）或 approved（已审核）"));
        List<ReadModel> ofYear = models.ofYear(fiscalYear);
        return OverviewBuilder.build(fiscalYear,
                departments.listedFor(ofYear.stream().map(ReadModel::departmentCode).toList()), ofYear, chosen);
    }

    @GetMapping(path = "/overview/{year}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter overviewEvents(@PathVariable String year) {
        return streams.open(FiscalYears.parse("year", year));
    }

    private ReadModel opened(String dept, String year) {
        int fiscalYear = FiscalYears.parse("year", year);
        return models.find(SubmissionIds.of(dept, fiscalYear))
                .filter(ReadModel::opened)
                .map(m -> m.named(departments.nameOf(dept).orElse(null)))
                .orElseThrow(() -> ApiProblem.notFound("部门“" + dept + "”还没有 " + fiscalYear + " 年度的决算"));
    }
}
