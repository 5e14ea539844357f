package finacct.importer.text;

import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tables of numbered lines (表1, 表4). A printed row holds one or two groups "label [行次] value…"; a group's
 * row is found by its 行次 when printed, otherwise by its label (the first line of that label not yet seen,
 * so 总计 on the income side comes before 总计 on the expenditure side). The number of values a group takes
 * is the number of columns the template gives that row. Where no 行次 is printed (Shanghai), a group with
 * figures but no label continues the rows of its side: it is the row after the one that side had on the line
 * above, when that row bears the label of the group to its left (表4's 年末结转和结余 rows, printed beside the
 * 年初 rows whose label names both).
 */
final class LineTableParser implements TableParser {

    /** How many rows below the last one of its side an unlabelled group may continue to. */
    private static final int CONTINUATION_REACH = 3;

    @Override
    public void parse(TableDefinition table, TableSection section, ParseSink sink) {
        Set<String> seen = new HashSet<>();
        Map<Integer, String> rowOfGroup = new HashMap<>();
        for (TableSection.Line line : section.lines()) {
            if (TableParser.isHeader(line)) {
                continue;
            }
            parseLine(table, line, seen, rowOfGroup, sink);
        }
    }

    private void parseLine(TableDefinition table, TableSection.Line line, Set<String> seen,
                           Map<Integer, String> rowOfGroup, ParseSink sink) {
        List<Token> tokens = line.tokens();
        int i = 0;
        int group = -1;
        String previousLabel = null;
        while (i < tokens.size()) {
            StringBuilder label = new StringBuilder();
            while (i < tokens.size() && tokens.get(i).isText()) {
                label.append(tokens.get(i++).value());
            }
            Optional<RowDefinition> continued = Optional.empty();
            if (label.isEmpty()) {
                if (i < tokens.size() && tokens.get(i).isWholeNumber() && table.row(tokens.get(i).value()).isPresent()) {
                    // a numbered line with no label printed (the blank lines of 表1 / 表4)
                } else if (i < tokens.size() && tokens.get(i).isAmount()
                        && (continued = continuation(table, rowOfGroup.get(group + 1), previousLabel)).isPresent()) {
                    // the unlabelled next row of this side
                } else {
                    if (i < tokens.size() && tokens.get(i).isAmount()) {
                        sink.unplaced(line, "数值 " + tokens.get(i).value() + " 前没有项目名称或行次");
                    }
                    i++;
                    continue;
                }
            }
            group++;
            Optional<RowDefinition> row = continued;
            if (row.isEmpty() && i < tokens.size() && tokens.get(i).isWholeNumber()) {
                Optional<RowDefinition> numbered = table.row(tokens.get(i).value());
                if (numbered.isPresent() && (label.isEmpty() || sameLabel(numbered.get(), label.toString()))) {
                    row = numbered;
                    i++;
                }
            }
            if (row.isEmpty()) {
                row = byLabel(table, label.toString(), seen);
            }
            previousLabel = label.isEmpty() ? previousLabel : label.toString();
            List<String> columns = row.map(r -> r.columns().isEmpty()
                    ? table.columns().stream().map(ColumnDefinition::key).toList() : r.columns()).orElse(List.of());
            int taken = 0;
            while (i < tokens.size() && !tokens.get(i).isText() && (row.isEmpty() || taken < columns.size())) {
                Token t = tokens.get(i++);
                if (row.isPresent()) {
                    if (t.isAmount()) {
                        sink.figure(table.id(), row.get().key(), columns.get(taken), t.value(), null, line);
                    }
                    taken++;
                } else if (t.isAmount()) {
                    sink.unplaced(line, "表" + table.number() + " 中找不到项目“" + label + "”，其数值 " + t.value() + " 未导入");
                }
            }
            row.ifPresent(r -> seen.add(r.key()));
            int g = group;
            row.ifPresent(r -> rowOfGroup.put(g, r.key()));
        }
    }

    /**
     * The first of the few rows after {@code above} in the template that bears the label printed to the left
     * (rows whose group was left blank on the lines between are skipped).
     */
    private static Optional<RowDefinition> continuation(TableDefinition table, String above, String leftLabel) {
        if (above == null || leftLabel == null) {
            return Optional.empty();
        }
        List<RowDefinition> rows = table.rows();
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).key().equals(above)) {
                for (int next = k + 1; next < rows.size() && next <= k + CONTINUATION_REACH; next++) {
                    RowDefinition candidate = rows.get(next);
                    if (!candidate.label().isEmpty() && sameLabel(candidate, leftLabel)) {
                        return Optional.of(candidate);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean sameLabel(RowDefinition row, String label) {
        return row.label().isEmpty() || TextNormalizer.label(row.label()).equals(TextNormalizer.label(label));
    }

    private static Optional<RowDefinition> byLabel(TableDefinition table, String label, Set<String> seen) {
        String wanted = TextNormalizer.label(label);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<RowDefinition> candidates = table.rows().stream()
                .filter(r -> !r.label().isEmpty() && TextNormalizer.label(r.label()).equals(wanted)).toList();
        return candidates.stream().filter(r -> !seen.contains(r.key())).findFirst()
                .or(() -> candidates.stream().findFirst());
    }
}
