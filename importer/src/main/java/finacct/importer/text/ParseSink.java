package finacct.importer.text;

import finacct.importer.Unplaced;
import finacct.kernel.events.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the cells a table parser places, keeping the first value of a cell, and what it could not place. */
final class ParseSink {
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<Unplaced> unplaced = new ArrayList<>();

    void figure(String table, String row, String column, String value, String name, TableSection.Line line) {
        String key = table + "/" + row + "/" + column;
        Figure existing = figures.get(key);
        if (existing == null) {
            figures.put(key, new Figure(table, row, column, value, name));
        } else if (!existing.value().equals(value)) {
            unplaced(line, "表" + table.substring(1) + " 的 " + row + " 行 " + column + " 栏已读到 " + existing.value()
                    + "，此处又出现 " + value);
        }
    }

    void unplaced(TableSection.Line line, String reason) {
        unplaced.add(new Unplaced(line.number(), line.text().replace('\t', ' ').strip(), reason));
    }

    List<Figure> figures() {
        return List.copyOf(figures.values());
    }

    List<Unplaced> unplaced() {
        return List.copyOf(unplaced);
    }
}
