package finacct.validation.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.kernel.results.SubmissionValidated;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything a result says except when it was made: two validations of the same events with the
 * same rules give the same fingerprint, so re-validating need not publish a copy.
 */
final class ResultFingerprint {

    private ResultFingerprint() {
    }

    static String of(ObjectMapper json, SubmissionValidated result) {
        SubmissionValidated timeless = new SubmissionValidated(result.submissionId(), result.departmentCode(),
                result.fiscalYear(), result.templateVersion(), result.basedOnSequence(), result.status(),
                result.ruleSetVersion(), null, result.tables(), result.findings(), result.counts(), result.yearOnYear());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(timeless));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
