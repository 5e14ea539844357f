package finacct.validation.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import finacct.kernel.results.SubmissionValidated;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The latest validation result of each submission, keyed by submission id. */
@Component
public class ValidationResults {

    static final String COLLECTION = "validation_results";

    private final MongoCollection<Document> results;
    private final ObjectMapper json;

    public ValidationResults(MongoDatabase database, ObjectMapper json) {
        this.results = database.getCollection(COLLECTION);
        this.json = json;
    }

    /** The event sequence the held result is based on; empty when there is none. */
    public Optional<Long> basedOnSequence(String submissionId) {
        Document d = results.find(Filters.eq("_id", submissionId))
                .projection(Projections.include("basedOnSequence")).first();
        return d == null ? Optional.empty() : Optional.of(d.get("basedOnSequence", Number.class).longValue());
    }

    public void save(SubmissionValidated result) {
        Document doc = new Document("_id", result.submissionId())
                .append("departmentCode", result.departmentCode())
                .append("fiscalYear", result.fiscalYear())
                .append("basedOnSequence", result.basedOnSequence())
                .append("result", BsonJson.toDocument(json, result));
        results.replaceOne(Filters.eq("_id", result.submissionId()), doc, new ReplaceOptions().upsert(true));
    }

    public Optional<SubmissionValidated> find(String submissionId) {
        Document d = results.find(Filters.eq("_id", submissionId)).first();
        return Optional.ofNullable(d)
                .map(doc -> doc.get("result", Document.class))
                .map(r -> BsonJson.fromDocument(json, r, SubmissionValidated.class));
    }
}
