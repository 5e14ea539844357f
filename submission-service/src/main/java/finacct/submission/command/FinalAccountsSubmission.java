package finacct.submission.command;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.events.FiguresReported;
import finacct.kernel.events.FiguresWithdrawn;
import finacct.kernel.events.NarrativeReported;
import finacct.kernel.events.PerformanceEvaluationReported;
import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionOpened;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.submission.api.CommandOutcome;
import finacct.submission.api.ImportDocument;
import finacct.submission.api.ImportOutcome;
import finacct.submission.api.OpenSubmission;
import finacct.submission.api.ReportFigures;
import finacct.submission.api.ReportNarrative;
import finacct.submission.api.ReportPerformanceEvaluation;
import finacct.submission.api.StaleVersionException;
import finacct.submission.api.SubmissionConflictException;
import finacct.submission.api.SubmissionStatus;
import finacct.submission.api.SubmitSubmission;
import finacct.submission.api.WithdrawFigures;
import finacct.submission.api.WithdrawSubmission;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The final accounts (部门决算) of one department for one fiscal year, id {@code dept:year}. Every command is
 * checked completely before anything is applied, so a rejected command leaves no event behind.
 * <p>
 * {@code version} is the number of events in the stream (open -> 1): what clients see and send back as
 * {@code expectedVersion}. It is kept here (from each event's sequence number) rather than taken from Axon's
 * aggregate version, which counts from 0.
 */
@Aggregate(cache = "submissionCache")
public class FinalAccountsSubmission {

    private static final int MAX_REASON = 2000;

    @AggregateIdentifier
    private String submissionId;
    private String departmentCode;
    private int fiscalYear;
    private String templateVersion;
    private String unit;
    private SubmissionStatus status;
    private long version;
    private final Set<CellRef> reportedCells = new HashSet<>();
    private final Set<String> figureBatches = new HashSet<>();
    private final Set<String> withdrawalBatches = new HashSet<>();
    private NarrativeReported narrative;
    private final Map<String, PerformanceEvaluationReported> evaluations = new HashMap<>();

    protected FinalAccountsSubmission() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandOutcome handle(OpenSubmission cmd, DepartmentRegistry registry) {
        if (submissionId != null) {
            throw new SubmissionConflictException("部门“" + departmentCode + "”的 " + fiscalYear
                    + " 年度决算已开立（当前第 " + version + " 版，状态" + status.label() + "），不能重复开立");
        }
        Violations v = new Violations();
        Registration.checkMayOpen(registry, cmd.departmentCode(), cmd.fiscalYear(), v);
        Optional<ReportTemplate> template = resolveTemplate(cmd, v);
        v.throwIfAny("不能开立申报");
        String chosenUnit = Checks.blank(cmd.unit()) ? template.orElseThrow().unit() : cmd.unit();
        apply(new SubmissionOpened(cmd.submissionId(), cmd.departmentCode(), cmd.fiscalYear(),
                template.orElseThrow().version(), chosenUnit));
        return outcome(true);
    }

    private static Optional<ReportTemplate> resolveTemplate(OpenSubmission cmd, Violations v) {
        boolean named = !Checks.blank(cmd.templateVersion());
        Optional<ReportTemplate> template = named
                ? ReportTemplates.find(cmd.templateVersion())
                : ReportTemplates.defaultOrNearestFor(cmd.fiscalYear());
        if (template.isEmpty()) {
            if (named) {
                v.add("templateVersion", "没有报表模板版本“" + cmd.templateVersion() + "”（现有："
                        + String.join("、", ReportTemplates.versions()) + "）");
            } else {
                v.add("fiscalYear", "没有 " + cmd.fiscalYear() + " 年度的报表模板（现有模板："
                        + String.join("、", ReportTemplates.versions()) + "）");
            }
            return template;
        }
        ReportTemplate t = template.get();
        if (!ReportTemplates.serves(t, cmd.fiscalYear())) {
            v.add("templateVersion", "报表模板 " + t.version() + " 不适用于 " + cmd.fiscalYear() + " 年度（适用年度："
                    + t.fiscalYears() + "）");
        }
        if (!Checks.blank(cmd.unit()) && !cmd.unit().equals(t.unit())) {
            v.add("unit", "金额单位应为“" + t.unit() + "”（报表模板 " + t.version() + " 的规定），不能是“" + cmd.unit() + "”");
        }
        return template;
    }

    @CommandHandler
    public CommandOutcome handle(ReportFigures cmd) {
        Violations v = new Violations();
        FigureRules.checkBatchId(cmd.batchId(), v);
        v.throwIfAny("不能保存本批单元格");
        if (figureBatches.contains(cmd.batchId())) {
            return outcome(false); // a retry of a batch already stored: nothing new happens
        }
        requireVersion(cmd.expectedVersion());
        requireEditable();
        FigureRules.checkFigures(cmd.figures(), template(), unit, v);
        v.throwIfAny("本批单元格有 " + v.size() + " 处错误，整批未保存");
        apply(new FiguresReported(submissionId, cmd.batchId(), cmd.figures()));
        return outcome(true);
    }

    @CommandHandler
    public CommandOutcome handle(WithdrawFigures cmd) {
        Violations v = new Violations();
        FigureRules.checkBatchId(cmd.batchId(), v);
        v.throwIfAny("不能撤回本批单元格");
        if (withdrawalBatches.contains(cmd.batchId())) {
            return outcome(false);
        }
        requireVersion(cmd.expectedVersion());
        requireEditable();
        FigureRules.checkWithdrawals(cmd.cells(), template(), reportedCells, v);
        v.throwIfAny("本批撤回有 " + v.size() + " 处错误，整批未撤回");
        apply(new FiguresWithdrawn(submissionId, cmd.batchId(), cmd.cells()));
        return outcome(true);
    }

    @CommandHandler
    public CommandOutcome handle(ReportNarrative cmd) {
        NarrativeReported reported = new NarrativeReported(submissionId, cmd.sections(), cmd.claims());
        if (reported.equals(narrative)) {
            return outcome(false); // the same narrative again: nothing new happens
        }
        requireVersion(cmd.expectedVersion());
        requireEditable();
        Violations v = new Violations();
        NarrativeRules.check(cmd.sections(), cmd.claims(), v);
        v.throwIfAny("情况说明有 " + v.size() + " 处错误，未保存");
        apply(reported);
        return outcome(true);
    }

    @CommandHandler
    public CommandOutcome handle(ReportPerformanceEvaluation cmd) {
        PerformanceEvaluationReported reported = new PerformanceEvaluationReported(submissionId,
                EvaluationRules.evaluationId(cmd), cmd.scope(), cmd.name(), cmd.budget(), cmd.executed(), cmd.rate(),
                cmd.weight(), cmd.score(), cmd.indicators(), cmd.totalScore());
        if (reported.equals(evaluations.get(reported.evaluationId()))) {
            return outcome(false); // the same evaluation again: nothing new happens
        }
        requireVersion(cmd.expectedVersion());
        requireEditable();
        Violations v = new Violations();
        EvaluationRules.check(cmd, unit, v);
        v.throwIfAny("绩效自评有 " + v.size() + " 处错误，未保存");
        apply(reported);
        return outcome(true);
    }

    /**
     * An imported document: everything it says is checked first (opening included, for a submission not yet
     * opened), then only what is new is stored, in one go.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ImportOutcome handle(ImportDocument cmd, DepartmentRegistry registry) {
        boolean opening = submissionId == null;
        Violations v = new Violations();
        ReportTemplate template;
        String chosenUnit;
        if (opening) {
            OpenSubmission open = new OpenSubmission(cmd.submissionId(), cmd.departmentCode(), cmd.fiscalYear(),
                    cmd.templateVersion(), null);
            Registration.checkMayOpen(registry, cmd.departmentCode(), cmd.fiscalYear(), v);
            Optional<ReportTemplate> resolved = resolveTemplate(open, v);
            v.throwIfAny("不能开立申报");
            template = resolved.orElseThrow();
            chosenUnit = template.unit();
        } else {
            if (!Checks.blank(cmd.templateVersion()) && !cmd.templateVersion().equals(templateVersion)) {
                throw new SubmissionConflictException("申报“" + submissionId + "”已按报表模板 " + templateVersion
                        + " 开立，文档按报表模板 " + cmd.templateVersion() + " 读入，两者的表式不同，不能导入");
            }
            requireVersion(cmd.expectedVersion());
            template = template();
            chosenUnit = unit;
        }
        List<ImportDocument.Batch> newBatches = cmd.batches().stream()
                .filter(b -> !figureBatches.contains(b.batchId())).toList();
        NarrativeReported newNarrative = cmd.sections().isEmpty() && cmd.claims().isEmpty() ? null
                : new NarrativeReported(cmd.submissionId(), cmd.sections(), cmd.claims());
        boolean narrativeNew = newNarrative != null && !newNarrative.equals(narrative);
        List<PerformanceEvaluationReported> newEvaluations = new ArrayList<>();
        List<ImportOutcome.Stored> evaluationOutcomes = new ArrayList<>();
        for (ImportDocument.Evaluation e : cmd.evaluations()) {
            ReportPerformanceEvaluation asCommand = new ReportPerformanceEvaluation(cmd.submissionId(), null,
                    e.evaluationId(), e.scope(), e.name(), e.budget(), e.executed(), e.rate(), e.weight(), e.score(),
                    e.indicators(), e.totalScore());
            PerformanceEvaluationReported reported = new PerformanceEvaluationReported(cmd.submissionId(),
                    EvaluationRules.evaluationId(asCommand), e.scope(), e.name(), e.budget(), e.executed(), e.rate(),
                    e.weight(), e.score(), e.indicators(), e.totalScore());
            boolean isNew = !reported.equals(evaluations.get(reported.evaluationId()));
            if (isNew) {
                EvaluationRules.check(asCommand, chosenUnit, v);
                newEvaluations.add(reported);
            }
            evaluationOutcomes.add(new ImportOutcome.Stored(reported.evaluationId(), null,
                    reported.indicators().size(), isNew));
        }
        boolean anythingNew = !newBatches.isEmpty() || narrativeNew || !newEvaluations.isEmpty();
        if (!opening && anythingNew) {
            requireEditable();
        }
        for (ImportDocument.Batch b : newBatches) {
            FigureRules.checkBatchId(b.batchId(), v);
            FigureRules.checkFigures(b.figures(), template, chosenUnit, v);
        }
        if (narrativeNew) {
            NarrativeRules.check(cmd.sections(), cmd.claims(), v);
        }
        List<CellRef> stale = staleCells(cmd);
        if (!opening && !stale.isEmpty()) {
            requireEditable();
        }
        v.throwIfAny("导入的文档有 " + v.size() + " 处错误，未保存任何内容");

        int stored = 0;
        if (opening) {
            apply(new SubmissionOpened(cmd.submissionId(), cmd.departmentCode(), cmd.fiscalYear(),
                    template.version(), chosenUnit));
            stored++;
        }
        List<ImportOutcome.Stored> batchOutcomes = new ArrayList<>();
        for (ImportDocument.Batch b : cmd.batches()) {
            boolean isNew = newBatches.contains(b);
            if (isNew) {
                apply(new FiguresReported(submissionId, b.batchId(), b.figures()));
                stored++;
            }
            batchOutcomes.add(new ImportOutcome.Stored(b.batchId(), b.table(), b.figures().size(), isNew));
        }
        ImportOutcome.Stored withdrawn = null;
        if (!stale.isEmpty()) {
            String batchId = "import-withdraw-" + Integer.toHexString(stale.hashCode()) + "-v" + version;
            apply(new FiguresWithdrawn(submissionId, batchId, stale));
            stored++;
            withdrawn = new ImportOutcome.Stored(batchId, null, stale.size(), true);
        }
        if (narrativeNew) {
            apply(new NarrativeReported(submissionId, cmd.sections(), cmd.claims()));
            stored++;
        }
        for (PerformanceEvaluationReported e : newEvaluations) {
            apply(e);
            stored++;
        }
        return new ImportOutcome(submissionId, version, opening, batchOutcomes, withdrawn,
                newNarrative == null ? null : narrativeNew, evaluationOutcomes, stored);
    }

    /** Cells stored in the tables the document contains that the document no longer has, in a stable order. */
    private List<CellRef> staleCells(ImportDocument cmd) {
        Set<CellRef> imported = new HashSet<>();
        cmd.batches().forEach(b -> b.figures().forEach(f -> imported.add(f.cell())));
        return reportedCells.stream()
                .filter(c -> cmd.tables().contains(c.table()) && !imported.contains(c))
                .sorted(java.util.Comparator.comparing(CellRef::table).thenComparing(CellRef::row)
                        .thenComparing(CellRef::column))
                .toList();
    }

    @CommandHandler
    public CommandOutcome handle(SubmitSubmission cmd) {
        requireVersion(cmd.expectedVersion());
        if (!status.editable()) {
            throw new SubmissionConflictException("申报“" + submissionId + "”当前状态为" + status.label() + "，不能再次报送");
        }
        if (reportedCells.isEmpty()) {
            throw new SubmissionConflictException("申报“" + submissionId + "”尚未填报任何单元格，不能报送");
        }
        apply(new SubmissionSubmitted(submissionId));
        return outcome(true);
    }

    @CommandHandler
    public CommandOutcome handle(WithdrawSubmission cmd) {
        requireVersion(cmd.expectedVersion());
        if (status != SubmissionStatus.SUBMITTED) {
            throw new SubmissionConflictException("申报“" + submissionId + "”当前状态为" + status.label()
                    + "，只有已报送（SUBMITTED）的申报可以撤回");
        }
        Violations v = new Violations();
        Checks.maxLength(cmd.reason(), MAX_REASON, "reason", v);
        v.throwIfAny("撤回原因有误");
        apply(new SubmissionWithdrawn(submissionId, cmd.reason()));
        return outcome(true);
    }

    private void requireVersion(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != version) {
            throw new StaleVersionException(submissionId, expectedVersion, version);
        }
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new SubmissionConflictException("申报“" + submissionId + "”当前状态为" + status.label()
                    + "，不能修改；已报送的申报请先撤回（POST …/withdraw）");
        }
    }

    private ReportTemplate template() {
        return ReportTemplates.get(templateVersion);
    }

    private CommandOutcome outcome(boolean storedEvent) {
        return new CommandOutcome(submissionId, version, storedEvent);
    }

    // ---- state, rebuilt from the stream ----

    @EventSourcingHandler
    void on(SubmissionOpened e, @SequenceNumber long sequence) {
        submissionId = e.submissionId();
        departmentCode = e.departmentCode();
        fiscalYear = e.fiscalYear();
        templateVersion = e.templateVersion();
        unit = e.unit();
        status = SubmissionStatus.DRAFT;
        at(sequence);
    }

    @EventSourcingHandler
    void on(FiguresReported e, @SequenceNumber long sequence) {
        figureBatches.add(e.batchId());
        e.figures().stream().map(Figure::cell).forEach(reportedCells::add);
        at(sequence);
    }

    @EventSourcingHandler
    void on(FiguresWithdrawn e, @SequenceNumber long sequence) {
        withdrawalBatches.add(e.batchId());
        e.cells().forEach(reportedCells::remove);
        at(sequence);
    }

    @EventSourcingHandler
    void on(NarrativeReported e, @SequenceNumber long sequence) {
        narrative = e;
        at(sequence);
    }

    @EventSourcingHandler
    void on(PerformanceEvaluationReported e, @SequenceNumber long sequence) {
        evaluations.put(e.evaluationId(), e);
        at(sequence);
    }

    @EventSourcingHandler
    void on(SubmissionSubmitted e, @SequenceNumber long sequence) {
        status = SubmissionStatus.SUBMITTED;
        at(sequence);
    }

    @EventSourcingHandler
    void on(SubmissionWithdrawn e, @SequenceNumber long sequence) {
        status = SubmissionStatus.DRAFT;
        at(sequence);
    }

    @EventSourcingHandler
    void on(SubmissionApproved e, @SequenceNumber long sequence) {
        status = SubmissionStatus.APPROVED;
        at(sequence);
    }

    @EventSourcingHandler
    void on(SubmissionReturned e, @SequenceNumber long sequence) {
        status = SubmissionStatus.RETURNED;
        at(sequence);
    }

    @EventSourcingHandler
    void on(SubmissionPublished e, @SequenceNumber long sequence) {
        status = SubmissionStatus.PUBLISHED;
        at(sequence);
    }

    private void at(long sequence) {
        version = sequence + 1;
    }
}
