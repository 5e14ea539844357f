package finacct.importer.text;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a table's title line, from the titles listed in {@code finacct/importer/table-titles.json}, and
 * the notes by which a document says a table has no data ({@code _emptyTableNotes} there).
 */
public final class TableTitles {

    private static final String RESOURCE = "finacct/importer/table-titles.json";
    private static final String EMPTY_NOTES = "_emptyTableNotes";
    private final Map<String, String> tableByTitle = new LinkedHashMap<>();
    private final List<String> emptyNotes = new ArrayList<>();

    private TableTitles(Map<String, List<String>> titles) {
        titles.forEach((table, names) -> {
            if (table.equals(EMPTY_NOTES)) {
                names.forEach(n -> emptyNotes.add(TextNormalizer.compact(n)));
            } else if (!table.startsWith("_")) {
                names.forEach(n -> tableByTitle.put(bare(n), table));
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
    public Optional<String> tableOf(String line) {
        if (TextNormalizer.compact(line).length() > 80) {
            return Optional.empty();
        }
        return Optional.ofNullable(tableByTitle.get(bare(line)));
    }

    /** Whether a note printed under a table says the table has no data ("本部门没有…", "故本表无数据"). */
    boolean declaresEmpty(String line) {
        String c = TextNormalizer.compact(line);
        return emptyNotes.stream().anyMatch(c::contains);
    }

    /** A title as compared: no spaces, quotes or full-width forms, without year prefix and (表N)/(续) suffix. */
    static String bare(String line) {
        return TextNormalizer.compact(line)
                .replaceAll("[\"'“”‘’「」『』]", "")
                .replaceFirst("^.*?\\d{4}年度?", "")
                .replaceFirst("(\\(表\\d+\\))?(\\(续(表)?\\d*\\)|续表\\d*)?$", "")
                .replaceFirst("\\(表\\d+\\)$", "");
    }
}
