package finacct.importer;

import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tables of numbered lines (表1, 表4). A printed row holds one or two groups "label [行次] value…"; a group's
 * row is found by its 行次 when printed, otherwise by its label (the first line of that label not yet seen,
 * so 总计 on the income side comes before 总计 on the expenditure side). The number of values a group takes
 * is the number of columns the template gives that row.
 */
final class LineTableParser implements TableParser {

    @Override
    public void parse(TableDefinition table, TableSection section, ParseSink sink) {
        Set<String> seen = new HashSet<>();
        for (TableSection.Line line : section.lines()) {
            if (TableParser.isHeader(line)) {
                continue;
            }
            parseLine(table, line, seen, sink);
        }
    }

    private void parseLine(TableDefinition table, TableSection.Line line, Set<String> seen, ParseSink sink) {
        List<Token> tokens = line.tokens();
        int i = 0;
        while (i < tokens.size()) {
            StringBuilder label = new StringBuilder();
            while (i < tokens.size() && tokens.get(i).isText()) {
                label.append(tokens.get(i++).value());
            }
            if (label.isEmpty()) {
                if (i < tokens.size() && tokens.get(i).isWholeNumber() && table.row(tokens.get(i).value()).isPresent()) {
                    // a numbered line with no label printed (the blank lines of 表1 / 表4)
                } else {
                    if (i < tokens.size() && tokens.get(i).isAmount()) {
                        sink.unplaced(line, "数值 " + tokens.get(i).value() + " 前没有项目名称或行次");
                    }
                    i++;
                    continue;
                }
            }
            Optional<RowDefinition> row = Optional.empty();
            if (i < tokens.size() && tokens.get(i).isWholeNumber()) {
                Optional<RowDefinition> numbered = table.row(tokens.get(i).value());
                if (numbered.isPresent() && (label.isEmpty() || sameLabel(numbered.get(), label.toString()))) {
                    row = numbered;
                    i++;
                }
            }
            if (row.isEmpty()) {
                row = byLabel(table, label.toString(), seen);
            }
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
        }
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
