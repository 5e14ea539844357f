package finacct.kernel.fold;

/**
 * One publication: public version {@code publishedVersion} (1, 2, …) is the submission as of its version
 * {@code submissionVersion}, the version the bureau approved (nothing can change between approval and publication),
 * so folding that many events gives the document as it was published, whatever happened after.
 */
public record PublishedVersion(int publishedVersion, long submissionVersion, String publishedAt, String publishedBy) {
}
