package finacct.validation.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import finacct.kernel.results.SubmissionValidated;
import finacct.service.mongo.BsonJson;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The latest published validation result of each submission, keyed by submission id. */
@Component
public class ValidationResults {

    static final String COLLECTION = "validation_results";
    private static final Bson SUMMARY = Projections.include("basedOnSequence", "fingerprint",
            "result.ruleSetVersion", "result.templateVersion");

    /**
     * What decides whether a new result is worth publishing: the event it is based on, the rule set that made
     * it, and a fingerprint of its content ({@code null} for results stored before fingerprints existed).
     */
    public record Published(String submissionId, long basedOnSequence, String ruleSetVersion,
                            String templateVersion, String fingerprint) {
    }

    private final MongoCollection<Document> results;
    private final ObjectMapper json;

    public ValidationResults(MongoDatabase database, ObjectMapper json) {
        this.results = database.getCollection(COLLECTION);
        this.json = json;
    }

    /** The event sequence the held result is based on; empty when there is none. */
    public Optional<Long> basedOnSequence(String submissionId) {
        return published(submissionId).map(Published::basedOnSequence);
    }

    public Optional<Published> published(String submissionId) {
        return Optional.ofNullable(results.find(Filters.eq("_id", submissionId)).projection(SUMMARY).first())
                .map(ValidationResults::summary);
    }

    /** Every held result's summary, by submission id. */
    public Map<String, Published> allPublished() {
        Map<String, Published> all = new HashMap<>();
        for (Document d : results.find().projection(SUMMARY)) {
            Published p = summary(d);
            all.put(p.submissionId(), p);
        }
        return all;
    }

    public void save(SubmissionValidated result, String fingerprint) {
        Document doc = new Document("_id", result.submissionId())
                .append("departmentCode", result.departmentCode())
                .append("fiscalYear", result.fiscalYear())
                .append("basedOnSequence", result.basedOnSequence())
                .append("fingerprint", fingerprint)
                .append("result", BsonJson.toDocument(json, result));
        results.replaceOne(Filters.eq("_id", result.submissionId()), doc, new ReplaceOptions().upsert(true));
    }

    public Optional<SubmissionValidated> find(String submissionId) {
        Document d = results.find(Filters.eq("_id", submissionId)).first();
        return Optional.ofNullable(d)
                .map(doc -> doc.get("result", Document.class))
                .map(r -> BsonJson.fromDocument(json, r, SubmissionValidated.class));
    }

    private static Published summary(Document d) {
        Document result = d.get("result", Document.class);
        return new Published(d.getString("_id"), d.get("basedOnSequence", Number.class).longValue(),
                result == null ? null : result.getString("ruleSetVersion"),
                result == null ? null : result.getString("templateVersion"),
                d.getString("fingerprint"));
    }
}
