package finacct.importer.text;

import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.TableDefinition;

import java.util.List;

/**
 * Tables of one fixed row (表7): the figures line holds the table's columns in the order the template lists
 * them (MOF: 预算数 1–6 then 决算数 7–12; Shanghai: 预算数 and 决算数 of each item side by side); a label before
 * them, if printed, is skipped.
 */
final class FixedRowTableParser implements TableParser {

    @Override
    public void parse(TableDefinition table, TableSection section, ParseSink sink) {
        List<String> columns = table.columns().stream().map(ColumnDefinition::key).toList();
        String row = table.rows().get(0).key();
        RowFigures placed = new RowFigures(table);
        boolean read = false;
        for (TableSection.Line line : section.lines()) {
            if (TableParser.isHeader(line) || !line.hasAmount()) {
                continue;
            }
            if (read) {
                sink.unplaced(line, "表" + table.number() + " 只有一行数据，此行未导入");
                continue;
            }
            List<Token> tokens = line.tokens();
            int i = 0;
            while (i < tokens.size() && tokens.get(i).isText()) {
                i++;
            }
            for (int column = 0; i < tokens.size(); i++, column++) {
                Token t = tokens.get(i);
                if (column >= columns.size() || t.isText()) {
                    if (t.isAmount() || t.isText()) {
                        sink.unplaced(line, "表" + table.number() + " 的数值多于 " + columns.size() + " 栏或夹有文字");
                    }
                    break;
                }
                if (t.isAmount()) {
                    placed.add(line, row, columns.get(column), t.value());
                }
            }
            read = true;
        }
        placed.emit(sink);
    }
}
