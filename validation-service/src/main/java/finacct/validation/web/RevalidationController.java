package finacct.validation.web;

import finacct.service.web.ApiProblem;
import finacct.validation.revalidation.RevalidationRun;
import finacct.validation.revalidation.Revalidations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Re-validation of every stored submission with the loaded rule set ({@code ./finacct revalidate}). The answer
 * comes at once (202) with the number of submissions; the run's progress is at its {@code Location}. While a
 * requested run is queued or running, another request answers 200 with that run (one at a time).
 */
@RestController
@RequestMapping("/api/v1/validation/revalidations")
public class RevalidationController {

    private static final Logger log = LoggerFactory.getLogger(RevalidationController.class);

    private final Revalidations revalidations;

    public RevalidationController(Revalidations revalidations) {
        this.revalidations = revalidations;
    }

    @PostMapping
    public ResponseEntity<RevalidationRun.View> revalidateAll(
            java.security.Principal caller) {
        String actor = caller.getName();
        Revalidations.Requested requested = revalidations.requestAll();
        RevalidationRun run = requested.run();
        URI location = URI.create("/api/v1/validation/revalidations/" + run.id());
        if (!requested.isNew()) {
            // one requested run at a time: the caller follows the one already under way
            log.info("revalidation requested by {} while {} is {}: answered with it", actor, run.id(),
                    run.view().state());
            return ResponseEntity.ok().location(location).body(run.view());
        }
        log.info("revalidation {} of {} submissions requested by {}", run.id(), run.view().submissions(), actor);
        return ResponseEntity.accepted().location(location).body(run.view());
    }

    @GetMapping("/{id}")
    public RevalidationRun.View progress(@PathVariable String id) {
        return revalidations.find(id).map(RevalidationRun::view)
                .orElseThrow(() -> ApiProblem.notFound("没有编号为“" + id + "”的重新审核（本实例只保留最近 20 次）"));
    }
}
