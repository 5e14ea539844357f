package finacct.submission.api;

import finacct.kernel.results.Finding;

import java.util.List;

/**
 * The submission cannot be approved on the validation at hand (422): it has ERROR findings ({@code findings} names
 * them), or it is not the validation of the version the reviewer approves. Nothing was stored.
 */
public class ApprovalRefusedException extends RuntimeException {

    private final transient List<Finding> findings;

    public ApprovalRefusedException(String detail, List<Finding> findings) {
        super(detail);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
