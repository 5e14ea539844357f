package finacct.publication.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.events.CellRef;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.events.EventTypes;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.kernel.results.FindingCounts;
import finacct.kernel.results.RecomputedCell;
import finacct.kernel.results.RecomputedTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionProjectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DepartmentRegistry registry = DepartmentRegistry.loadDefault();
    private final SubmissionProjection projection = new SubmissionProjection(registry);

    @Test
    void eventsBuildCellsStatusAndHistory() {
        String id = "420112-SFJ:2020";
        ReadModel model = projection.empty(id);
        model = projection.apply(model, envelope(0, new SubmissionOpened(id, "420112-SFJ", 2020, "MOF-2020", "万元")));
        model = projection.apply(model, envelope(1, new FiguresReported(id, "b1", List.of(
                new Figure("T1", "1", "1", "352.60", null), new Figure("T3", "2010350", "3", "5.00", "事业运行")))));
        model = projection.apply(model, envelope(2, new FiguresWithdrawn(id, "b2", List.of(new CellRef("T1", "1", "1")))));
        model = projection.apply(model, envelope(3, new SubmissionSubmitted(id)));

        assertThat(model.departmentName()).isEqualTo("武汉市东西湖区司法局");
        assertThat(model.version()).isEqualTo(4);
        assertThat(model.status()).isEqualTo("SUBMITTED");
        assertThat(model.cells()).containsExactly(new Figure("T3", "2010350", "3", "5.00", "事业运行"));
        assertThat(model.history()).extracting(HistoryEntry::type).containsExactly(
                "SubmissionOpened", "FiguresReported", "FiguresWithdrawn", "SubmissionSubmitted");
        assertThat(model.history().get(3).actor()).isEqualTo("科员甲");
    }

    @Test
    void theOverviewListsEveryRegisteredDepartmentAndTotalsTheSubmittedOnes() {
        ReadModel submitted = opened("420112-SFJ", "SUBMITTED", List.of(new Figure("T1", "27", "1", "377.55", null)),
                new ValidationSummary(3, "MOF-2020/skeleton", "t", "SUBMITTED", new FindingCounts(1, 2, 0), List.of(),
                        List.of(new RecomputedTable("T1", "收入支出决算总表",
                                List.of(new RecomputedCell("57", "2", "本年支出合计", null, "400.00"))))));
        ReadModel draft = opened("420112-MZJ", "DRAFT", List.of(new Figure("T1", "27", "1", "1000.00", null)), null);

        Overview overview = OverviewBuilder.build(2020, registry.all(), List.of(submitted, draft));

        assertThat(overview.departments()).hasSize(registry.all().size());
        assertThat(overview.departments()).filteredOn(d -> d.departmentCode().equals("420112-SFJ")).singleElement()
                .satisfies(d -> {
                    assertThat(d.status()).isEqualTo("SUBMITTED");
                    assertThat(d.errors()).isEqualTo(1);
                    assertThat(d.warnings()).isEqualTo(2);
                });
        assertThat(overview.departments()).filteredOn(d -> d.departmentCode().equals("420112-CZJ")).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("NOT_OPENED"));
        assertThat(overview.totals().openedDepartments()).isEqualTo(2);
        assertThat(overview.totals().submittedDepartments()).isEqualTo(1);
        assertThat(overview.totals().incomeTotal()).isEqualTo("377.55");
        // not stated, so taken as the validation recomputed it
        assertThat(overview.totals().expenditureTotal()).isEqualTo("400.00");
        assertThat(overview.totals().errors()).isEqualTo(1);
    }

    private ReadModel opened(String department, String status, List<Figure> cells, ValidationSummary validation) {
        return new ReadModel(department + ":2020", department, null, 2020, "MOF-2020", "万元", status, 3, cells,
                null, null, null, null, validation);
    }

    static EventEnvelope envelope(long sequence, SubmissionEvent event) {
        return new EventEnvelope("evt-" + sequence, EventTypes.nameOf(event.getClass()), EventTypes.SCHEMA_VERSION,
                event.submissionId(), sequence, "2021-03-01T08:00:0" + sequence + "Z", "科员甲", JSON.valueToTree(event));
    }
}
