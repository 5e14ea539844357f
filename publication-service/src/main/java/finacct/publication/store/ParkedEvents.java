package finacct.publication.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import finacct.kernel.events.EventEnvelope;
import finacct.service.mongo.BsonJson;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Optional;

/** Events that arrived ahead of their turn, kept until the events before them have been applied. */
@Component
public class ParkedEvents {

    static final String COLLECTION = "parked_events";

    private final MongoCollection<Document> parked;
    private final ObjectMapper json;

    public ParkedEvents(MongoDatabase database, ObjectMapper json) {
        this.parked = database.getCollection(COLLECTION);
        this.json = json;
    }

    private static String idOf(String submissionId, long sequence) {
        return submissionId + "#" + sequence;
    }

    public void park(EventEnvelope envelope) {
        try {
            parked.insertOne(new Document("_id", idOf(envelope.submissionId(), envelope.sequence()))
                    .append("submissionId", envelope.submissionId())
                    .append("sequence", envelope.sequence())
                    .append("envelope", BsonJson.toDocument(json, envelope)));
        } catch (MongoWriteException e) {
            // parked before: the same event delivered twice
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    public Optional<EventEnvelope> find(String submissionId, long sequence) {
        return Optional.ofNullable(parked.find(Filters.eq("_id", idOf(submissionId, sequence))).first())
                .map(d -> BsonJson.fromDocument(json, d.get("envelope", Document.class), EventEnvelope.class));
    }

    public void remove(String submissionId, Collection<Long> sequences) {
        if (!sequences.isEmpty()) {
            parked.deleteMany(Filters.in("_id", sequences.stream().map(s -> idOf(submissionId, s)).toList()));
        }
    }

    public long count() {
        return parked.countDocuments();
    }
}
