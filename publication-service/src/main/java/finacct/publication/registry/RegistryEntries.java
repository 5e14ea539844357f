package finacct.publication.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import finacct.kernel.registry.RegistryEntry;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/** This service's copy of the registry topic, one document per department (id = code), the highest revision kept. */
public class RegistryEntries {

    static final String COLLECTION = "registry";

    private final MongoCollection<Document> collection;

    public RegistryEntries(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    public boolean isEmpty() {
        return collection.find().limit(1).first() == null;
    }

    public List<RegistryEntry> all() {
        List<RegistryEntry> all = new ArrayList<>();
        for (Document d : collection.find().sort(Sorts.ascending("_id"))) {
            all.add(new RegistryEntry(d.getString("_id"), d.getString("name"),
                    d.getList("otherNames", String.class, List.of()), d.getString("district"),
                    d.getString("districtName"), Boolean.TRUE.equals(d.getBoolean("retired")),
                    ((Number) d.get("revision")).longValue(), d.getString("changedAt"), d.getString("changedBy")));
        }
        return all;
    }

    /** False when the stored revision is as new or newer (a repeat, or an older entry read again): idempotent. */
    public boolean save(RegistryEntry e) {
        Document d = new Document("_id", e.code()).append("name", e.name()).append("otherNames", e.otherNames())
                .append("district", e.district()).append("districtName", e.districtName())
                .append("retired", e.retired()).append("revision", e.revision()).append("changedAt", e.changedAt())
                .append("changedBy", e.changedBy());
        Document stored = collection.find(Filters.eq("_id", e.code())).first();
        if (stored != null && ((Number) stored.get("revision")).longValue() >= e.revision()) {
            return false;
        }
        collection.replaceOne(Filters.eq("_id", e.code()), d, new ReplaceOptions().upsert(true));
        return true;
    }
}
