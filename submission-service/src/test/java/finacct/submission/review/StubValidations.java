package finacct.submission.review;

import finacct.kernel.results.Finding;
import finacct.kernel.results.FindingCounts;
import finacct.submission.validation.LatestValidation;
import finacct.submission.validation.ValidationResultsClient;
import finacct.submission.validation.ValidationUnavailableException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** validation-service as the tests set it: per department, its latest result, none, or unreachable. */
final class StubValidations implements ValidationResultsClient {

    private final Map<String, Optional<LatestValidation>> latest = new ConcurrentHashMap<>();
    private final Map<String, Boolean> down = new ConcurrentHashMap<>();

    void validated(String dept, long basedOnSequence, Finding... findings) {
        down.remove(dept);
        List<Finding> all = List.of(findings);
        latest.put(dept, Optional.of(new LatestValidation(dept + ":2021", basedOnSequence, "MOF-2021-rules-test",
                "2026-11-29T10:00:00Z", FindingCounts.of(all), all)));
    }

    void unreachable(String dept) {
        down.put(dept, true);
    }

    @Override
    public Optional<LatestValidation> latest(String departmentCode, int fiscalYear) {
        if (down.containsKey(departmentCode)) {
            throw new ValidationUnavailableException("connection refused (test)");
        }
        return latest.getOrDefault(departmentCode, Optional.empty());
    }
}
