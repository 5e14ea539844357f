package finacct.submission.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import finacct.kernel.registry.Department;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry in submission-service's MongoDB, one document per department (id = code). A department is never
 * deleted, only retired. Each document carries {@code unsent: true} until {@link RegistryPublisher} has seen Kafka
 * acknowledge its current revision: the stored mark is the outbox.
 */
class DepartmentStore {

    static final String COLLECTION = "registry";
    static final String UNSENT = "unsent";

    private final MongoCollection<Document> collection;

    DepartmentStore(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    boolean isEmpty() {
        return collection.find().limit(1).first() == null;
    }

    List<RegistryRecord> all() {
        List<RegistryRecord> all = new ArrayList<>();
        for (Document d : collection.find().sort(Sorts.ascending("_id"))) {
            all.add(toRecord(d));
        }
        return all;
    }

    Optional<RegistryRecord> find(String code) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", code)).first()).map(DepartmentStore::toRecord);
    }

    /**
     * Stores {@code next} if the stored revision is still {@code next.revision() - 1} (or, for revision 1, nothing is
     * stored yet); false when another writer got there first.
     */
    boolean save(RegistryRecord next) {
        Document d = toDocument(next).append(UNSENT, true);
        if (next.revision() == 1) {
            UpdateResult r = collection.updateOne(Filters.eq("_id", next.code()), new Document("$setOnInsert", d),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
            return r.getUpsertedId() != null;
        }
        return collection.replaceOne(Filters.and(Filters.eq("_id", next.code()),
                Filters.eq("revision", next.revision() - 1)), d, new ReplaceOptions()).getMatchedCount() == 1;
    }

    List<RegistryRecord> unsent() {
        List<RegistryRecord> unsent = new ArrayList<>();
        for (Document d : collection.find(Filters.eq(UNSENT, true)).sort(Sorts.ascending("_id"))) {
            unsent.add(toRecord(d));
        }
        return unsent;
    }

    /** Only the revision Kafka acknowledged: a change stored meanwhile stays unsent. */
    void markSent(String code, long revision) {
        collection.updateOne(Filters.and(Filters.eq("_id", code), Filters.eq("revision", revision)),
                Updates.set(UNSENT, false));
    }

    private static Document toDocument(RegistryRecord r) {
        Department d = r.department();
        List<Document> history = new ArrayList<>();
        for (RegistryRecord.Change c : r.history()) {
            history.add(new Document("revision", c.revision()).append("action", c.action()).append("at", c.at())
                    .append("by", c.by()));
        }
        return new Document("_id", d.code()).append("name", d.name()).append("otherNames", d.otherNames())
                .append("district", d.district()).append("districtName", d.districtName())
                .append("retired", d.retired()).append("revision", r.revision()).append("changedAt", r.changedAt())
                .append("changedBy", r.changedBy()).append("history", history);
    }

    private static RegistryRecord toRecord(Document d) {
        List<RegistryRecord.Change> history = new ArrayList<>();
        for (Document c : d.getList("history", Document.class, List.of())) {
            history.add(new RegistryRecord.Change(((Number) c.get("revision")).longValue(), c.getString("action"),
                    c.getString("at"), c.getString("by")));
        }
        Department department = new Department(d.getString("_id"), d.getString("name"),
                d.getList("otherNames", String.class, List.of()), d.getString("district"), d.getString("districtName"),
                Boolean.TRUE.equals(d.getBoolean("retired")));
        return new RegistryRecord(department, ((Number) d.get("revision")).longValue(), d.getString("changedAt"),
                d.getString("changedBy"), history);
    }
}
