package finacct.publication.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import finacct.publication.core.PublicDocument;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every published version's public document, kept as the exact JSON bytes it was first written as (so its ETag
 * never changes) and never overwritten: a later correction makes a new version beside it.
 */
@Component
public class PublishedVersions {

    static final String COLLECTION = "published_versions";

    /** One kept version: where it belongs, its number and time, and its JSON. */
    public record Kept(String submissionId, String departmentCode, String departmentName, int fiscalYear,
                       int publishedVersion, String publishedAt, byte[] json) {
    }

    private final MongoCollection<Document> versions;
    private final ObjectMapper json;

    public PublishedVersions(MongoDatabase database, ObjectMapper json) {
        this.versions = database.getCollection(COLLECTION);
        this.json = json;
        this.versions.createIndex(Indexes.ascending("fiscalYear", "departmentCode", "publishedVersion"));
    }

    /** Keeps the document of a publication unless that version is kept already (the event folded again). */
    public void keep(String submissionId, PublicDocument document) {
        String text;
        try {
            text = json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        try {
            versions.insertOne(new Document("_id", submissionId + "#" + document.publishedVersion())
                    .append("submissionId", submissionId)
                    .append("departmentCode", document.departmentCode())
                    .append("departmentName", document.departmentName())
                    .append("fiscalYear", document.fiscalYear())
                    .append("publishedVersion", document.publishedVersion())
                    .append("publishedAt", document.publishedAt())
                    .append("json", text));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    public Optional<Kept> find(String submissionId, int publishedVersion) {
        return Optional.ofNullable(versions.find(Filters.eq("_id", submissionId + "#" + publishedVersion)).first())
                .map(PublishedVersions::kept);
    }

    /** The latest version of the submission published at or before {@code moment} (ISO-8601), with its document. */
    public Optional<Kept> latestAtOrBefore(String submissionId, String moment) {
        Instant until;
        try {
            until = Instant.parse(moment);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Optional<Kept> found = Optional.empty();
        for (Kept k : versionsOf(submissionId)) {
            try {
                if (!Instant.parse(k.publishedAt()).isAfter(until)) {
                    found = Optional.of(k);
                }
            } catch (RuntimeException unreadable) {
                // a version without a readable time cannot be placed before or after: leave it out
            }
        }
        return found.flatMap(k -> find(submissionId, k.publishedVersion()));
    }

    /** Every kept version of the submission, oldest first, without the documents. */
    public List<Kept> versionsOf(String submissionId) {
        List<Kept> found = new ArrayList<>();
        versions.find(Filters.eq("submissionId", submissionId)).projection(Projections.exclude("json"))
                .sort(Sorts.ascending("publishedVersion")).forEach(d -> found.add(kept(d)));
        return found;
    }

    /** The latest version of every department that published in the year, by department code, without documents. */
    public List<Kept> latestOfYear(int fiscalYear) {
        List<Kept> found = new ArrayList<>();
        for (Document d : versions.find(Filters.eq("fiscalYear", fiscalYear)).projection(Projections.exclude("json"))
                .sort(Sorts.orderBy(Sorts.ascending("departmentCode"), Sorts.descending("publishedVersion")))) {
            Kept k = kept(d);
            if (found.isEmpty() || !found.get(found.size() - 1).departmentCode().equals(k.departmentCode())) {
                found.add(k);
            }
        }
        return found;
    }

    private static Kept kept(Document d) {
        String text = d.getString("json");
        return new Kept(d.getString("submissionId"), d.getString("departmentCode"), d.getString("departmentName"),
                d.getInteger("fiscalYear"), d.getInteger("publishedVersion"), d.getString("publishedAt"),
                text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }
}
