package finacct.submission.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import finacct.submission.config.SubmissionProperties;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored events the topic will never accept (too large for it): recorded here, by event id, so an operator can see
 * what the other services are missing and re-send it once the topic allows it. The event itself stays in the event
 * store, where the submission's history still shows it.
 */
@Component
public class SetAsideEvents {

    static final String COLLECTION = "setasideevents";

    public record SetAside(String eventId, String submissionId, long sequence, String type, String reason,
                           String at) {
    }

    private final MongoCollection<Document> collection;

    public SetAsideEvents(MongoClient client, SubmissionProperties properties) {
        this.collection = client.getDatabase(properties.mongoDatabase()).getCollection(COLLECTION);
    }

    void record(SetAside event) {
        Document d = new Document("_id", event.eventId())
                .append("submissionId", event.submissionId())
                .append("sequence", event.sequence())
                .append("type", event.type())
                .append("reason", event.reason())
                .append("at", event.at());
        collection.replaceOne(Filters.eq("_id", event.eventId()), d, new ReplaceOptions().upsert(true));
    }

    public List<SetAside> all() {
        List<SetAside> all = new ArrayList<>();
        for (Document d : collection.find()) {
            all.add(new SetAside(d.getString("_id"), d.getString("submissionId"),
                    ((Number) d.get("sequence")).longValue(), d.getString("type"), d.getString("reason"),
                    d.getString("at")));
        }
        return all;
    }

    static String now() {
        return Instant.now().toString();
    }
}
