package finacct.submission.rest;

import finacct.kernel.registry.DepartmentRegistry;
import finacct.submission.api.CommandOutcome;
import finacct.submission.api.OpenSubmission;
import finacct.submission.api.ReportFigures;
import finacct.submission.api.ReportNarrative;
import finacct.submission.api.ReopenSubmission;
import finacct.submission.api.ReportPerformanceEvaluation;
import finacct.submission.api.SubmitSubmission;
import finacct.submission.api.WithdrawFigures;
import finacct.submission.api.WithdrawSubmission;
import finacct.submission.query.SubmissionHistory;
import finacct.submission.query.SubmissionReader;
import finacct.submission.query.SubmissionState;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The submission API: commands go through Axon; reads fold the submission's own event stream. */
@RestController
@RequestMapping("/api/v1/departments/{dept}/submissions/{year}")
public class SubmissionController {

    private final CommandGateway commands;
    private final SubmissionReader reader;
    private final DepartmentRegistry registry;

    public SubmissionController(CommandGateway commands, SubmissionReader reader, DepartmentRegistry registry) {
        this.commands = commands;
        this.reader = reader;
        this.registry = registry;
    }

    @PostMapping
    public ResponseEntity<SubmissionState> open(@PathVariable String dept, @PathVariable String year,
                                                @RequestBody(required = false) Requests.Open body,
                                                HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        Requests.Open b = body == null ? new Requests.Open(null, null) : body;
        send(OpenSubmission.of(at.departmentCode(), at.fiscalYear(), b.templateVersion(), b.unit()), request);
        SubmissionState state = currentState(at);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().build().toUri())
                .eTag(etag(state.version())).body(state);
    }

    @PostMapping("/figures")
    public ResponseEntity<CommandOutcome> reportFigures(@PathVariable String dept, @PathVariable String year,
                                                        @RequestBody Requests.Figures body,
                                                        HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        return outcome(send(new ReportFigures(at.submissionId(), body.batchId(),
                caller.expectedVersion(body.expectedVersion()), body.figures()), caller));
    }

    @PostMapping("/figures/withdrawals")
    public ResponseEntity<CommandOutcome> withdrawFigures(@PathVariable String dept, @PathVariable String year,
                                                          @RequestBody Requests.Withdrawals body,
                                                          HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        return outcome(send(new WithdrawFigures(at.submissionId(), body.batchId(),
                caller.expectedVersion(body.expectedVersion()), body.cells()), caller));
    }

    @PutMapping("/narrative")
    public ResponseEntity<CommandOutcome> reportNarrative(@PathVariable String dept, @PathVariable String year,
                                                          @RequestBody Requests.Narrative body,
                                                          HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        return outcome(send(new ReportNarrative(at.submissionId(), caller.expectedVersion(body.expectedVersion()),
                body.sections(), body.claims()), caller));
    }

    @PostMapping("/evaluations")
    public ResponseEntity<CommandOutcome> reportEvaluation(@PathVariable String dept, @PathVariable String year,
                                                           @RequestBody Requests.Evaluation body,
                                                           HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        return outcome(send(new ReportPerformanceEvaluation(at.submissionId(),
                caller.expectedVersion(body.expectedVersion()), body.evaluationId(), body.scope(), body.name(),
                body.budget(), body.executed(), body.rate(), body.weight(), body.score(), body.indicators(),
                body.totalScore()), caller));
    }

    @PostMapping("/submit")
    public ResponseEntity<CommandOutcome> submit(@PathVariable String dept, @PathVariable String year,
                                                 @RequestBody(required = false) Requests.Transition body,
                                                 HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        Long bodyVersion = body == null ? null : body.expectedVersion();
        return outcome(send(new SubmitSubmission(at.submissionId(), caller.expectedVersion(bodyVersion)), caller));
    }

    @PostMapping("/withdraw")
    public ResponseEntity<CommandOutcome> withdraw(@PathVariable String dept, @PathVariable String year,
                                                   @RequestBody(required = false) Requests.Transition body,
                                                   HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        Long bodyVersion = body == null ? null : body.expectedVersion();
        String reason = body == null ? null : body.reason();
        return outcome(send(new WithdrawSubmission(at.submissionId(), caller.expectedVersion(bodyVersion), reason),
                caller));
    }

    /** A correction after publication: the department reopens its published final accounts (back to draft). */
    @PostMapping("/reopen")
    public ResponseEntity<CommandOutcome> reopen(@PathVariable String dept, @PathVariable String year,
                                                 @RequestBody(required = false) Requests.Transition body,
                                                 HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        Long bodyVersion = body == null ? null : body.expectedVersion();
        String reason = body == null ? null : body.reason();
        return outcome(send(new ReopenSubmission(at.submissionId(), caller.expectedVersion(bodyVersion), reason),
                caller));
    }

    @GetMapping
    public ResponseEntity<SubmissionState> state(@PathVariable String dept, @PathVariable String year) {
        SubmissionState state = currentState(SubmissionAddress.resolve(dept, year, registry));
        return ResponseEntity.ok().eTag(etag(state.version())).body(state);
    }

    @GetMapping("/history")
    public SubmissionHistory history(@PathVariable String dept, @PathVariable String year) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        return reader.history(at.submissionId())
                .orElseThrow(() -> new AggregateNotFoundException(at.submissionId(), "no events"));
    }

    private SubmissionState currentState(SubmissionAddress at) {
        return reader.state(at.submissionId())
                .orElseThrow(() -> new AggregateNotFoundException(at.submissionId(), "no events"));
    }

    private void send(Object command, HttpServletRequest request) {
        send(command, CallerContext.of(request));
    }

    private CommandOutcome send(Object command, CallerContext caller) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(caller.metaData()));
    }

    private static ResponseEntity<CommandOutcome> outcome(CommandOutcome outcome) {
        return ResponseEntity.status(HttpStatus.OK).eTag(etag(outcome.version())).body(outcome);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
