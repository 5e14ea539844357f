package finacct.importer;

import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;

import java.util.List;
import java.util.Optional;

/**
 * Tables keyed by the function classification (表2, 3, 5, 8, 9): "code name values…" or a fixed row such as
 * 合计. A code may be printed whole (2010350) or split over the 类 / 款 / 项 columns, where a 款 or 项 cell
 * holds only its own two digits and takes the rest from the rows above. The values are the table's columns
 * in order, starting at the first figure after the name (the 栏次 column between them is blank).
 */
final class SubjectTableParser implements TableParser {

    @Override
    public void parse(TableDefinition table, TableSection section, ParseSink sink) {
        List<String> columns = table.columns().stream().map(ColumnDefinition::key).toList();
        String currentClass = null;
        String currentSection = null;
        for (TableSection.Line line : section.lines()) {
            if (TableParser.isHeader(line)) {
                continue;
            }
            List<Token> tokens = line.tokens();
            int i = 0;
            while (i < tokens.size() && tokens.get(i).isEmpty()) {
                i++;
            }
            if (i >= tokens.size()) {
                continue;
            }
            String rowKey;
            String name = null;
            Token first = tokens.get(i);
            if (first.isWholeNumber() && table.isSubjectCode(first.value())) {
                rowKey = first.value();
                i++;
            } else if (first.isWholeNumber() && first.value().length() == 2 && currentClass != null) {
                // split code: the 款 (position 1) or 项 (position 2) column holds two digits
                boolean item = i >= 2 && currentSection != null;
                rowKey = (item ? currentSection : currentClass) + first.value();
                i++;
            } else if (first.isText()) {
                StringBuilder label = new StringBuilder();
                while (i < tokens.size() && tokens.get(i).isText()) {
                    label.append(tokens.get(i++).value());
                }
                Optional<RowDefinition> fixed = table.rows().stream()
                        .filter(r -> TextNormalizer.label(r.label()).equals(TextNormalizer.label(label.toString())))
                        .findFirst();
                if (fixed.isEmpty()) {
                    if (line.hasAmount()) {
                        sink.unplaced(line, "表" + table.number() + " 中此行没有科目编码，也不是合计行");
                    }
                    continue;
                }
                rowKey = fixed.get().key();
            } else {
                if (line.hasAmount()) {
                    sink.unplaced(line, "表" + table.number() + " 中此行没有科目编码");
                }
                continue;
            }
            if (rowKey.length() == 3) {
                currentClass = rowKey;
                currentSection = null;
            } else if (rowKey.length() == 5) {
                currentSection = rowKey;
            }
            if (!rowKey.matches("\\d+") || table.isSubjectCode(rowKey)) {
                // name: the text right after the code
                while (i < tokens.size() && tokens.get(i).isEmpty()) {
                    i++;
                }
                StringBuilder nameText = new StringBuilder();
                while (i < tokens.size() && tokens.get(i).isText()) {
                    nameText.append(tokens.get(i++).value());
                }
                name = nameText.isEmpty() ? null : nameText.toString();
            }
            while (i < tokens.size() && tokens.get(i).isEmpty()) {
                i++;
            }
            int column = 0;
            for (; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isText()) {
                    sink.unplaced(line, "表" + table.number() + " 科目 " + rowKey + " 的数值中夹有文字“" + t.value() + "”");
                    break;
                }
                if (column >= columns.size()) {
                    if (t.isAmount()) {
                        sink.unplaced(line, "表" + table.number() + " 科目 " + rowKey + " 的数值多于 " + columns.size() + " 栏");
                    }
                    break;
                }
                if (t.isAmount()) {
                    sink.figure(table.id(), rowKey, columns.get(column), t.value(), name, line);
                }
                column++;
            }
        }
    }
}
