package finacct.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recognises a table's title line, from the titles listed in {@code finacct/importer/table-titles.json}. */
final class TableTitles {

    private static final String RESOURCE = "finacct/importer/table-titles.json";
    private final Map<String, String> tableByTitle = new LinkedHashMap<>();

    private TableTitles(Map<String, List<String>> titles) {
        titles.forEach((table, names) -> {
            if (!table.startsWith("_")) {
                names.forEach(n -> tableByTitle.put(TextNormalizer.compact(n), table));
            }
        });
    }

    static TableTitles load() {
        try (InputStream in = TableTitles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            Map<String, Object> raw = new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { });
            Map<String, List<String>> titles = new LinkedHashMap<>();
            raw.forEach((k, v) -> {
                if (v instanceof List<?> list) {
                    titles.put(k, list.stream().map(String::valueOf).toList());
                }
            });
            return new TableTitles(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The table a line is the title of. A title may carry the department and year before it and "(表N)" or
     * "(续)" after it; a contents line ("一、收入支出决算总表") is not a title.
     */
    Optional<String> tableOf(String line) {
        String c = TextNormalizer.compact(line);
        if (c.length() > 80) {
            return Optional.empty();
        }
        c = c.replaceFirst("^.*?\\d{4}年度?", "")
                .replaceFirst("(\\(表\\d+\\))?(\\(续(表)?\\)|续表)?$", "")
                .replaceFirst("\\(表\\d+\\)$", "");
        return Optional.ofNullable(tableByTitle.get(c));
    }
}
