package finacct.kernel.fold;

import java.util.List;

/**
 * One step of the submission's way through review (submitted, withdrawn, returned, approved, published,
 * reopened): when, by whom, with the words given. {@code version} is the submission's version the step acted on
 * (its number of events before the step, so the version an approval names: "审核通过第 3 版"); {@code approvedVersion}
 * the version the bureau approved and {@code publishedVersion} the public version made, on the steps that have them
 * (null otherwise).
 */
public record ReviewEntry(long sequence, String type, String at, String actor, long version, String comment,
                          List<String> reasons, Long approvedVersion, Integer publishedVersion) {
    public ReviewEntry {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
