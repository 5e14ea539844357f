package finacct.importer.text;

import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;

import java.util.List;
import java.util.Optional;

/**
 * 表6: several "code name amount" panes side by side (人员经费 | 公用经费 …), and the 人员经费合计 / 公用经费合计
 * lines, whose amount is the next figure after the label.
 */
final class EconomicTableParser implements TableParser {

    @Override
    public void parse(TableDefinition table, TableSection section, ParseSink sink) {
        String column = table.columns().get(0).key();
        for (TableSection.Line line : section.lines()) {
            if (TableParser.isHeader(line)) {
                continue;
            }
            List<Token> tokens = line.tokens();
            int i = 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (t.isWholeNumber() && table.isSubjectCode(t.value())
                        && i + 1 < tokens.size() && tokens.get(i + 1).isText()) {
                    String name = tokens.get(i + 1).value();
                    if (i + 2 < tokens.size() && tokens.get(i + 2).isAmount()) {
                        sink.figure(table.id(), t.value(), column, tokens.get(i + 2).value(), name, line);
                        i += 3;
                    } else {
                        i += 2;
                    }
                } else if (t.isText()) {
                    StringBuilder label = new StringBuilder();
                    while (i < tokens.size() && tokens.get(i).isText()) {
                        label.append(tokens.get(i++).value());
                    }
                    Optional<RowDefinition> fixed = table.rows().stream()
                            .filter(r -> TextNormalizer.label(r.label()).equals(TextNormalizer.label(label.toString())))
                            .findFirst();
                    while (i < tokens.size() && tokens.get(i).isEmpty()) {
                        i++;
                    }
                    if (i < tokens.size() && tokens.get(i).isAmount()) {
                        if (fixed.isPresent()) {
                            sink.figure(table.id(), fixed.get().key(), column, tokens.get(i).value(), null, line);
                        } else {
                            sink.unplaced(line, "表" + table.number() + " 中找不到项目“" + label + "”，其数值 "
                                    + tokens.get(i).value() + " 未导入");
                        }
                        i++;
                    }
                } else {
                    if (t.isAmount()) {
                        sink.unplaced(line, "表" + table.number() + " 中数值 " + t.value() + " 前没有科目编码和名称");
                    }
                    i++;
                }
            }
        }
    }
}
