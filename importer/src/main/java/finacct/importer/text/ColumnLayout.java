package finacct.importer.text;

import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.TableDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a table's first column sits in its tab-separated rows, from the header: each caption that names a
 * column, and each 栏次 number, votes for a position. A position is used only when it is consistent with the
 * data: every row's figures fall inside the table's columns, after the row's code and name, and a total
 * column (one the template sums from others) is never blank where one of its parts has a figure. With the
 * position known, a row whose leading columns are blank still puts each figure under its own caption.
 */
final class ColumnLayout {

    private ColumnLayout() {
    }

    /** A row as the layout sees it: where its code/name end, and the cells holding figures. */
    record Row(int valuesFrom, List<Integer> figureCells, List<Integer> textCells) {
    }

    static Optional<Integer> firstColumn(TableDefinition table, List<TableSection.Line> headers, List<Row> rows) {
        int n = table.columns().size();
        for (int start : candidates(table, headers)) {
            if (consistent(table, start, rows)) {
                return Optional.of(start);
            }
        }
        // no header to go by: the data's own first figure column, if every row agrees with it
        int dataStart = rows.stream().filter(r -> !r.figureCells().isEmpty())
                .mapToInt(r -> r.figureCells().get(0)).min().orElse(-1);
        if (dataStart >= 0 && n > 0 && consistent(table, dataStart, rows)) {
            return Optional.of(dataStart);
        }
        return Optional.empty();
    }

    /** Header positions, most votes first. */
    private static List<Integer> candidates(TableDefinition table, List<TableSection.Line> headers) {
        List<ColumnDefinition> columns = table.columns();
        Map<Integer, Integer> votes = new LinkedHashMap<>();
        for (TableSection.Line line : headers) {
            List<Token> tokens = line.tokens();
            boolean numbering = TextNormalizer.compact(line.text()).contains("栏次") || TableParser.isHeader(line);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                int position = -1;
                if (t.isWholeNumber() && numbering) {
                    position = indexOfKey(columns, t.value());
                } else if (t.isText()) {
                    position = indexOfCaption(columns, t.value());
                }
                if (position >= 0 && i - position >= 0) {
                    votes.merge(i - position, 1, Integer::sum);
                }
            }
        }
        List<Integer> ordered = new ArrayList<>(votes.keySet());
        ordered.sort(Comparator.comparing((Integer s) -> votes.get(s)).reversed());
        return ordered;
    }

    /** How many cells of a line are captions of the table's columns: two or more make it a header line. */
    static int captionCount(TableDefinition table, TableSection.Line line) {
        return (int) line.tokens().stream().filter(Token::isText)
                .filter(t -> indexOfCaption(table.columns(), t.value()) >= 0).count();
    }

    private static int indexOfKey(List<ColumnDefinition> columns, String key) {
        for (int p = 0; p < columns.size(); p++) {
            if (columns.get(p).key().equals(key)) {
                return p;
            }
        }
        return -1;
    }

    /** The column a caption names: its label exactly, else the one label ending with it ("小计"). */
    private static int indexOfCaption(List<ColumnDefinition> columns, String caption) {
        String c = TextNormalizer.compact(caption);
        int endsWith = -1;
        int endsWithCount = 0;
        for (int p = 0; p < columns.size(); p++) {
            String label = TextNormalizer.compact(columns.get(p).label());
            if (label.equals(c)) {
                return p;
            }
            if (c.length() >= 2 && label.endsWith(c)) {
                endsWith = p;
                endsWithCount++;
            }
        }
        return endsWithCount == 1 ? endsWith : -1;
    }

    static boolean consistent(TableDefinition table, int start, List<Row> rows) {
        List<ColumnDefinition> columns = table.columns();
        int n = columns.size();
        for (Row row : rows) {
            if (row.valuesFrom() > start) {
                if (!row.figureCells().isEmpty()) {
                    return false; // the name runs into the figures
                }
                continue;
            }
            for (int cell : row.figureCells()) {
                if (cell < start || cell >= start + n) {
                    return false;
                }
            }
            for (int cell : row.textCells()) {
                if (cell >= start && cell < start + n) {
                    return false;
                }
            }
            for (int p = 0; p < n; p++) {
                ColumnDefinition total = columns.get(p);
                if (total.sumOf().isEmpty() || row.figureCells().contains(start + p)) {
                    continue;
                }
                for (String part : total.sumOf()) {
                    int partIndex = indexOfKey(columns, part);
                    if (partIndex >= 0 && row.figureCells().contains(start + partIndex)) {
                        return false; // a total left blank while its part has a figure: not this alignment
                    }
                }
            }
        }
        return true;
    }
}
