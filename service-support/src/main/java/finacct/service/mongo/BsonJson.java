package finacct.service.mongo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.io.UncheckedIOException;

/** Records go to MongoDB as the same JSON they travel as on Kafka; amounts are strings, so nothing is lost. */
public final class BsonJson {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private BsonJson() {
    }

    public static Document toDocument(ObjectMapper json, Object value) {
        try {
            return Document.parse(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T fromDocument(ObjectMapper json, Document document, Class<T> type) {
        try {
            return json.readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode toTree(ObjectMapper json, Document document) {
        try {
            return json.readTree(document.toJson(RELAXED));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
