package finacct.submission.rest;

import finacct.kernel.registry.DepartmentRegistry;
import finacct.submission.api.ApproveSubmission;
import finacct.submission.api.CommandOutcome;
import finacct.submission.api.InputRejectedException;
import finacct.submission.api.PublishSubmission;
import finacct.submission.api.ReturnSubmission;
import finacct.submission.query.SubmissionReader;
import finacct.submission.query.SubmissionState;
import finacct.submission.validation.LatestValidation;
import finacct.submission.validation.ValidationResultsClient;
import finacct.submission.validation.ValidationUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * The bureau's review of one department's final accounts (the {@code reviews} area is the bureau's only). An approval
 * takes the latest validation from validation-service at the moment of the request and lets the aggregate decide:
 * the validation must be of the very version approved, without ERROR findings.
 */
@RestController
@RequestMapping("/api/v1/reviews/{dept}/{year}")
public class ReviewController {

    private static final Logger log = LoggerFactory.getLogger(ReviewController.class);

    private final CommandGateway commands;
    private final SubmissionReader reader;
    private final DepartmentRegistry registry;
    private final ValidationResultsClient validations;

    public ReviewController(CommandGateway commands, SubmissionReader reader, DepartmentRegistry registry,
                            ValidationResultsClient validations) {
        this.commands = commands;
        this.reader = reader;
        this.registry = registry;
        this.validations = validations;
    }

    @GetMapping
    public ResponseEntity<ReviewState> state(@PathVariable String dept, @PathVariable String year) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        SubmissionState state = reader.state(at.submissionId())
                .orElseThrow(() -> new AggregateNotFoundException(at.submissionId(), "no events"));
        ReviewState.Validation validation = null;
        String note = null;
        try {
            Optional<LatestValidation> latest = validations.latest(at.departmentCode(), at.fiscalYear());
            if (latest.isPresent()) {
                LatestValidation v = latest.get();
                validation = new ReviewState.Validation(v.basedOnSequence(), v.validatedVersion(),
                        v.validatedVersion() == state.version(), v.counts().errors(), v.counts().warnings(),
                        v.counts().infos(), v.ruleSetVersion(), v.validatedAt());
            } else {
                note = "尚无校验结果";
            }
        } catch (ValidationUnavailableException e) {
            log.warn("review state of {} without validation: {}", at.submissionId(), e.getMessage());
            note = "暂时无法取得校验结果";
        }
        ReviewState review = new ReviewState(state.submissionId(), state.departmentCode(), state.fiscalYear(),
                state.templateVersion(), state.status(), state.version(), state.publishedVersion(), validation, note,
                state.reviewHistory(), state.publishedVersions());
        return ResponseEntity.ok().eTag(etag(state.version())).body(review);
    }

    @PostMapping("/approve")
    public ResponseEntity<CommandOutcome> approve(@PathVariable String dept, @PathVariable String year,
                                                  @RequestBody(required = false) Requests.Approve body,
                                                  HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        Long version = requireVersion(body == null ? null : body.version());
        Optional<LatestValidation> latest = validations.latest(at.departmentCode(), at.fiscalYear());
        ApproveSubmission command = new ApproveSubmission(at.submissionId(), version,
                latest.map(LatestValidation::basedOnSequence).orElse(null),
                latest.map(LatestValidation::errors).orElse(List.of()), body.comment());
        return outcome(send(command, caller));
    }

    @PostMapping("/return")
    public ResponseEntity<CommandOutcome> returnToDepartment(@PathVariable String dept, @PathVariable String year,
                                                             @RequestBody(required = false) Requests.Return body,
                                                             HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        Long version = requireVersion(body == null ? null : body.version());
        return outcome(send(new ReturnSubmission(at.submissionId(), version, body.reasons()), caller));
    }

    @PostMapping("/publish")
    public ResponseEntity<CommandOutcome> publish(@PathVariable String dept, @PathVariable String year,
                                                  @RequestBody(required = false) Requests.Publish body,
                                                  HttpServletRequest request) {
        SubmissionAddress at = SubmissionAddress.resolve(dept, year, registry);
        CallerContext caller = CallerContext.of(request);
        Long version = requireVersion(body == null ? null : body.version());
        return outcome(send(new PublishSubmission(at.submissionId(), version), caller));
    }

    /** Checked here too, so that a request without it is told so before validation-service is asked anything. */
    private static Long requireVersion(Long version) {
        if (version == null) {
            throw InputRejectedException.of("version", "缺少 version：请写明审核的是第几版（查看时的 version）");
        }
        return version;
    }

    private CommandOutcome send(Object command, CallerContext caller) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(caller.metaData()));
    }

    private static ResponseEntity<CommandOutcome> outcome(CommandOutcome outcome) {
        return ResponseEntity.ok().eTag(etag(outcome.version())).body(outcome);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
