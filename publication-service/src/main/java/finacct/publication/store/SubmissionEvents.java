package finacct.publication.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import finacct.kernel.events.EventEnvelope;
import finacct.service.mongo.BsonJson;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every submission's events as they came off the topic, one document per event (id = submission id + sequence,
 * so a duplicate delivery stores nothing). The read models fold from here: an event ahead of its turn waits here
 * until the gap fills, and a document as of an earlier point, or a cell's history, is folded from here.
 */
@Component
public class SubmissionEvents {

    static final String COLLECTION = "submission_events";

    private final MongoCollection<Document> events;
    private final ObjectMapper json;

    public SubmissionEvents(MongoDatabase database, ObjectMapper json) {
        this.events = database.getCollection(COLLECTION);
        this.json = json;
        this.events.createIndex(Indexes.ascending("submissionId", "sequence"));
    }

    private static String idOf(String submissionId, long sequence) {
        return submissionId + "#" + sequence;
    }

    /** Stores the event unless it is there already (the same event delivered twice). */
    public void store(EventEnvelope envelope) {
        try {
            events.insertOne(new Document("_id", idOf(envelope.submissionId(), envelope.sequence()))
                    .append("submissionId", envelope.submissionId())
                    .append("sequence", envelope.sequence())
                    .append("envelope", BsonJson.toDocument(json, envelope)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    public Optional<EventEnvelope> find(String submissionId, long sequence) {
        return Optional.ofNullable(events.find(Filters.eq("_id", idOf(submissionId, sequence))).first())
                .map(this::envelopeOf);
    }

    /** The submission's events from sequence 0 up to the first gap, in order. */
    public List<EventEnvelope> stream(String submissionId) {
        List<EventEnvelope> found = new ArrayList<>();
        for (Document d : events.find(Filters.eq("submissionId", submissionId)).sort(Sorts.ascending("sequence"))) {
            EventEnvelope e = envelopeOf(d);
            if (e.sequence() != found.size()) {
                break;
            }
            found.add(e);
        }
        return found;
    }

    public long count() {
        return events.countDocuments();
    }

    private EventEnvelope envelopeOf(Document d) {
        return BsonJson.fromDocument(json, d.get("envelope", Document.class), EventEnvelope.class);
    }
}
