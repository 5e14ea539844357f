package finacct.submission.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import finacct.submission.config.SubmissionProperties;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The highest sequence number of each submission that Kafka has acknowledged. It lets the forwarder notice a gap
 * in what the tracking processor hands it (axon-mongo's timestamp tokens can skip an event committed more than
 * the look-back window after its timestamp) and fill it from the exact per-submission stream. It is only ever
 * raised after an ack, so it never claims more than Kafka has. Resetting the forwarder's token to re-publish
 * everything means dropping this collection too.
 */
@Component
public class ForwardedSequences {

    static final String COLLECTION = "forwardedsequences";

    private final MongoCollection<Document> collection;
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    public ForwardedSequences(MongoClient client, SubmissionProperties properties) {
        this.collection = client.getDatabase(properties.mongoDatabase()).getCollection(COLLECTION);
    }

    /** The last sequence forwarded for the submission, -1 when none was. */
    public long last(String submissionId) {
        return known.computeIfAbsent(submissionId, this::load);
    }

    public void record(String submissionId, long sequence) {
        collection.updateOne(Filters.eq("_id", submissionId), Updates.max("last", sequence),
                new UpdateOptions().upsert(true));
        known.merge(submissionId, sequence, Math::max);
    }

    private long load(String submissionId) {
        Document d = collection.find(Filters.eq("_id", submissionId)).first();
        return d == null ? -1L : ((Number) d.get("last")).longValue();
    }
}
