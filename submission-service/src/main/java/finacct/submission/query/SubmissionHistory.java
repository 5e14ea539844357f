package finacct.submission.query;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The audit trail: every event of the submission's stream, who caused it and when. */
public record SubmissionHistory(String submissionId, List<Entry> events) {

    public record Entry(long sequence, String type, String timestamp, String actor, JsonNode payload) {
    }
}
