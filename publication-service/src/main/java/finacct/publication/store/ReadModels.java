package finacct.publication.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import finacct.kernel.results.SubmissionValidated;
import finacct.publication.core.ReadModel;
import finacct.publication.core.ValidationSummary;
import finacct.service.mongo.BsonJson;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One document per submission (department + year), keyed by submission id. The events' side and the validations'
 * side each set only their own fields and never overwrite the other's, whichever arrives first.
 */
@Component
public class ReadModels {

    static final String COLLECTION = "read_models";
    private static final String VALIDATION = "validation";

    private final MongoCollection<Document> models;
    private final ObjectMapper json;

    public ReadModels(MongoDatabase database, ObjectMapper json) {
        this.models = database.getCollection(COLLECTION);
        this.json = json;
        this.models.createIndex(Indexes.ascending("fiscalYear"));
    }

    public Optional<ReadModel> find(String submissionId) {
        return Optional.ofNullable(models.find(Filters.eq("_id", submissionId)).first()).map(this::toModel);
    }

    /** Everything but the validation. */
    public void saveEventState(ReadModel model) {
        Document fields = BsonJson.toDocument(json, model);
        fields.remove(VALIDATION);
        models.updateOne(Filters.eq("_id", model.submissionId()), new Document("$set", fields),
                new UpdateOptions().upsert(true));
    }

    public Optional<Long> validationSequence(String submissionId) {
        Document d = models.find(Filters.eq("_id", submissionId))
                .projection(Projections.include(VALIDATION + ".basedOnSequence")).first();
        if (d == null || d.get(VALIDATION, Document.class) == null) {
            return Optional.empty();
        }
        Number sequence = d.get(VALIDATION, Document.class).get("basedOnSequence", Number.class);
        return Optional.ofNullable(sequence).map(Number::longValue);
    }

    public void saveValidation(SubmissionValidated result) {
        Document fields = new Document(VALIDATION, BsonJson.toDocument(json, ValidationSummary.of(result)))
                .append("submissionId", result.submissionId())
                .append("departmentCode", result.departmentCode())
                .append("fiscalYear", result.fiscalYear());
        models.updateOne(Filters.eq("_id", result.submissionId()), new Document("$set", fields),
                new UpdateOptions().upsert(true));
    }

    /**
     * The year's read models without the heavy parts (the fold's cells, narrative and evaluations, the history,
     * the findings): what the overview needs.
     */
    public List<ReadModel> ofYear(int fiscalYear) {
        List<ReadModel> found = new ArrayList<>();
        for (Document d : models.find(Filters.eq("fiscalYear", fiscalYear)).projection(Projections.exclude(
                "history", "fold.cells", "fold.narrative", "fold.evaluations", "fold.reviewHistory",
                VALIDATION + ".findings", VALIDATION + ".yearOnYear"))) {
            found.add(toModel(d));
        }
        return found;
    }

    private ReadModel toModel(Document d) {
        d.remove("_id");
        return BsonJson.fromDocument(json, d, ReadModel.class);
    }
}
