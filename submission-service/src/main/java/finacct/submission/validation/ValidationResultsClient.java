package finacct.submission.validation;

import java.util.Optional;

/** validation-service's latest result of a submission, as a reviewer's request needs it (an interface: tests stub it). */
public interface ValidationResultsClient {

    /**
     * @return the latest result, or empty when validation-service has none yet for this department and year
     * @throws ValidationUnavailableException when validation-service cannot be asked or does not answer properly
     */
    Optional<LatestValidation> latest(String departmentCode, int fiscalYear);
}
