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
import finacct.kernel.events.SubmissionReopened;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.kernel.results.Finding;
import finacct.submission.api.ApprovalRefusedException;
import finacct.submission.api.ApproveSubmission;
import finacct.submission.api.CommandOutcome;
import finacct.submission.api.ImportDocument;
import finacct.submission.api.ImportOutcome;
import finacct.submission.api.InputRejectedException;
import finacct.submission.api.OpenSubmission;
import finacct.submission.api.PublishSubmission;
import finacct.submission.api.ReopenSubmission;
import finacct.submission.api.ReportFigures;
import finacct.submission.api.ReportNarrative;
import finacct.submission.api.ReportPerformanceEvaluation;
import finacct.submission.api.ReturnSubmission;
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
    private static final int MAX_RETURN_REASONS = 100;
    /** How many ERROR findings a refused approval spells out in its detail (the problem lists them all). */
    private static final int FINDINGS_IN_DETAIL = 3;

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
    private int publishedVersion;
    /** The version the last approval was taken on, and the last return's reasons: to know a retried decision. */
    private long approvedVersion = -1;
    private List<String> returnReasons = List.of();

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

    // ---- review: the bureau approves, returns, publishes; the department reopens a published one ----

    /**
     * Approval of exactly the version the reviewer looked at, on the validation of that very version (its
     * basedOnSequence is the version's last event), and only without ERROR findings.
     */
    @CommandHandler
    public CommandOutcome handle(ApproveSubmission cmd) {
        if (retried(SubmissionStatus.APPROVED, cmd.version()) && approvedVersion == cmd.version()) {
            return outcome(false); // the same approval again (a retry, a second click): nothing new happens
        }
        long reviewed = requireReviewedVersion(cmd.version());
        requireStatus(SubmissionStatus.SUBMITTED, "审核通过", "只有已报送（SUBMITTED）的决算可以审核通过");
        Violations v = new Violations();
        Checks.maxLength(cmd.comment(), MAX_REASON, "comment", v);
        v.throwIfAny("审核意见有误，未保存");
        long lastEvent = reviewed - 1;
        if (cmd.validatedSequence() == null) {
            throw new ApprovalRefusedException("第 " + reviewed + " 版还没有校验结果，不能审核通过；校验完成后（通常几秒内）"
                    + "请重新查看再审核", List.of());
        }
        if (cmd.validatedSequence() != lastEvent) {
            throw new ApprovalRefusedException("最新的校验结果针对第 " + (cmd.validatedSequence() + 1) + " 版，不是审核的第 "
                    + reviewed + " 版；请待第 " + reviewed + " 版校验完成后重新查看再审核", List.of());
        }
        if (!cmd.errors().isEmpty()) {
            throw new ApprovalRefusedException(errorsDetail(reviewed, cmd.errors()), cmd.errors());
        }
        apply(new SubmissionApproved(submissionId, reviewed, lastEvent, Checks.blank(cmd.comment()) ? null
                : cmd.comment().strip()));
        return outcome(true);
    }

    private static String errorsDetail(long reviewed, List<Finding> errors) {
        StringBuilder detail = new StringBuilder("第 " + reviewed + " 版的校验结果有 " + errors.size()
                + " 处错误（ERROR），不能审核通过：");
        for (int i = 0; i < Math.min(FINDINGS_IN_DETAIL, errors.size()); i++) {
            Finding f = errors.get(i);
            detail.append(i == 0 ? "" : "；").append(f.ruleId()).append(" ").append(f.message());
        }
        if (errors.size() > FINDINGS_IN_DETAIL) {
            detail.append("；另有 ").append(errors.size() - FINDINGS_IN_DETAIL).append(" 处，见 findings");
        }
        return detail.append("。请退回部门更正").toString();
    }

    /**
     * A reviewer returns what was submitted, or what was approved but not yet published (an approval found wrong
     * before it went public is taken back the same way), always with at least one reason the department reads.
     */
    @CommandHandler
    public CommandOutcome handle(ReturnSubmission cmd) {
        if (retried(SubmissionStatus.RETURNED, cmd.version()) && cmd.reasons() != null
                && cmd.reasons().stream().map(r -> r == null ? null : r.strip()).toList().equals(returnReasons)) {
            return outcome(false);
        }
        requireReviewedVersion(cmd.version());
        if (status != SubmissionStatus.SUBMITTED && status != SubmissionStatus.APPROVED) {
            throw new SubmissionConflictException("申报“" + submissionId + "”当前状态为" + status.label()
                    + "，不能退回：只有已报送（SUBMITTED）或已审核通过而未公开（APPROVED）的决算可以退回");
        }
        Violations v = new Violations();
        List<String> reasons = cmd.reasons() == null ? List.of() : cmd.reasons();
        if (reasons.isEmpty()) {
            v.add("reasons", "请至少写明一条退回原因，部门据此更正");
        } else if (reasons.size() > MAX_RETURN_REASONS) {
            v.add("reasons", "退回原因有 " + reasons.size() + " 条，超过上限 " + MAX_RETURN_REASONS + " 条");
        }
        for (int i = 0; i < reasons.size() && i < MAX_RETURN_REASONS; i++) {
            if (Checks.blank(reasons.get(i))) {
                v.add("reasons[" + i + "]", "退回原因不能为空");
            } else {
                Checks.maxLength(reasons.get(i), MAX_REASON, "reasons[" + i + "]", v);
            }
        }
        v.throwIfAny("退回原因有误，未退回");
        apply(new SubmissionReturned(submissionId, reasons.stream().map(String::strip).toList()));
        return outcome(true);
    }

    @CommandHandler
    public CommandOutcome handle(PublishSubmission cmd) {
        if (retried(SubmissionStatus.PUBLISHED, cmd.version())) {
            return outcome(false);
        }
        requireReviewedVersion(cmd.version());
        requireStatus(SubmissionStatus.APPROVED, "公开", "只有已审核通过（APPROVED）的决算可以公开");
        apply(new SubmissionPublished(submissionId, publishedVersion + 1));
        return outcome(true);
    }

    /** A correction after publication starts from a draft again; what was published stays published. */
    @CommandHandler
    public CommandOutcome handle(ReopenSubmission cmd) {
        requireVersion(cmd.expectedVersion());
        requireStatus(SubmissionStatus.PUBLISHED, "重新打开更正", "只有已公开（PUBLISHED）的决算可以重新打开更正");
        Violations v = new Violations();
        if (Checks.blank(cmd.reason())) {
            v.add("reason", "请写明更正原因（公开后的更正会留下记录）");
        }
        Checks.maxLength(cmd.reason(), MAX_REASON, "reason", v);
        v.throwIfAny("不能重新打开");
        apply(new SubmissionReopened(submissionId, cmd.reason().strip()));
        return outcome(true);
    }

    /**
     * Whether the decision that led to {@code status} was the last event and was taken on {@code reviewed}: the same
     * decision sent again then changes nothing, rather than being refused as made on a stale version.
     */
    private boolean retried(SubmissionStatus result, Long reviewed) {
        return reviewed != null && status == result && version == reviewed + 1;
    }

    /** A reviewer's decision names the version it was taken on; any other version than the current is stale. */
    private long requireReviewedVersion(Long reviewed) {
        if (reviewed == null) {
            throw InputRejectedException.of("version", "缺少 version：请写明审核的是第几版（查看时的 version）");
        }
        if (reviewed != version) {
            throw StaleVersionException.ofReview(reviewed, version);
        }
        return reviewed;
    }

    private void requireStatus(SubmissionStatus required, String action, String rule) {
        if (status != required) {
            throw new SubmissionConflictException("申报“" + submissionId + "”当前状态为" + status.label() + "，不能"
                    + action + "：" + rule);
        }
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
        approvedVersion = e.approvedVersion();
        at(sequence);
    }

    @EventSourcingHandler
    void on(SubmissionReturned e, @SequenceNumber long sequence) {
        status = SubmissionStatus.RETURNED;
        returnReasons = e.reasons();
        at(sequence);
    }

    @EventSourcingHandler
    void on(SubmissionPublished e, @SequenceNumber long sequence) {
        status = SubmissionStatus.PUBLISHED;
        publishedVersion = e.publishedVersion();
        at(sequence);
    }

    @EventSourcingHandler
    void on(SubmissionReopened e, @SequenceNumber long sequence) {
        status = SubmissionStatus.DRAFT;
        at(sequence);
    }

    private void at(long sequence) {
        version = sequence + 1;
    }
}
