package finacct.validation.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import finacct.kernel.events.EventEnvelope;
import finacct.service.mongo.BsonJson;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every submission event this service has received, one document each, keyed "submissionId#sequence" so a
 * record delivered twice is stored once.
 */
@Component
public class EventLog {

    private static final Logger log = LoggerFactory.getLogger(EventLog.class);
    static final String COLLECTION = "submission_events";

    private final MongoCollection<Document> events;
    private final ObjectMapper json;

    public EventLog(MongoDatabase database, ObjectMapper json) {
        this.events = database.getCollection(COLLECTION);
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            events.createIndex(Indexes.ascending("submissionId", "sequence"));
        } catch (MongoException e) {
            // an index only speeds up reads; the service works without it
            log.warn("could not create the index of {}: {}", COLLECTION, e.getMessage());
        }
    }

    public static String idOf(String submissionId, long sequence) {
        return submissionId + "#" + sequence;
    }

    /** Where a stored event came from: the topic, or submission-service's history when the topic had a gap. */
    public enum Origin { TOPIC, HISTORY }

    /** True when stored now, false when this submission's event of that sequence was stored before. */
    public boolean append(EventEnvelope envelope, Origin origin) {
        Document doc = new Document("_id", idOf(envelope.submissionId(), envelope.sequence()))
                .append("origin", origin.name())
                .append("submissionId", envelope.submissionId())
                .append("sequence", envelope.sequence())
                .append("eventId", envelope.eventId())
                .append("type", envelope.type())
                .append("schemaVersion", envelope.schemaVersion())
                .append("timestamp", envelope.timestamp())
                .append("actor", envelope.actor())
                .append("payload", envelope.payload() != null && envelope.payload().isObject()
                        ? BsonJson.toDocument(json, envelope.payload()) : null);
        try {
            events.insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** The submission's stored events, in sequence order. */
    public List<EventEnvelope> streamOf(String submissionId) {
        List<EventEnvelope> stream = new ArrayList<>();
        for (Document d : events.find(Filters.eq("submissionId", submissionId)).sort(Sorts.ascending("sequence"))) {
            Document payload = d.get("payload", Document.class);
            stream.add(new EventEnvelope(d.getString("eventId"), d.getString("type"),
                    d.get("schemaVersion", Number.class).intValue(), d.getString("submissionId"),
                    d.get("sequence", Number.class).longValue(), d.getString("timestamp"), d.getString("actor"),
                    payload == null ? null : BsonJson.toTree(json, payload)));
        }
        return stream;
    }

    /** True when at least one event of the submission is stored. */
    public boolean holds(String submissionId) {
        return events.find(Filters.eq("submissionId", submissionId)).limit(1).first() != null;
    }

    /**
     * The newest stored sequence of every submission, in one pass over the sequence numbers only: what the
     * start-up check compares with the held results.
     */
    public Map<String, Long> newestSequences() {
        Map<String, Long> newest = new HashMap<>();
        for (Document d : events.find().projection(Projections.include("submissionId", "sequence"))) {
            newest.merge(d.getString("submissionId"), d.get("sequence", Number.class).longValue(), Math::max);
        }
        return newest;
    }

    public long count() {
        return events.countDocuments();
    }
}
