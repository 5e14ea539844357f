package finacct.importer.text;

import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 表6: several "code name amount" panes side by side (人员经费 | 公用经费 …), and the 人员经费合计 / 公用经费合计
 * lines, whose amount is the next figure after the label. A code may be printed whole (30101, or "301 01" with a
 * space inside), split over two cells ("301 | 01 | 基本工资"), run into its name ("30101基本工资"), or split over
 * the 类 / 款 columns, the 款 cell holding only its two digits: those take their class from the pane they stand
 * in, i.e. the last class code printed at or left of their column.
 */
final class EconomicTableParser implements TableParser {

    private static final Pattern CODE_AND_NAME = Pattern.compile("^(\\d{3}|\\d{5})(\\D.*)$");

    /** {@code printed}: the whole code stood in the cell (not its 款 digits alone), so it marks its pane's class. */
    private record Code(String code, String name, int next, boolean printed) {
    }

    @Override
    public void parse(TableDefinition table, TableSection section, ParseSink sink) {
        String column = table.columns().get(0).key();
        TreeMap<Integer, String> classAtColumn = new TreeMap<>();
        for (TableSection.Line line : section.lines()) {
            if (TableParser.isHeader(line)) {
                continue;
            }
            List<Token> tokens = line.tokens();
            int i = 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                Code code = code(table, tokens, i, classAtColumn);
                if (code != null) {
                    if (code.printed()) {
                        classAtColumn.put(i, code.code().substring(0, 3));
                    }
                    i = code.next();
                    if (i < tokens.size() && tokens.get(i).isAmount()) {
                        sink.figure(table.id(), code.code(), column, tokens.get(i).value(), code.name(), line);
                        i++;
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

    /** The code starting at cell {@code i} with its name, or null when none starts there. */
    private static Code code(TableDefinition table, List<Token> tokens, int i, TreeMap<Integer, String> classAtColumn) {
        Token t = tokens.get(i);
        if (t.isText()) {
            Matcher m = CODE_AND_NAME.matcher(t.value());
            return m.matches() && table.isSubjectCode(m.group(1)) ? new Code(m.group(1), m.group(2), i + 1, true) : null;
        }
        if (!t.isWholeNumber()) {
            return null;
        }
        if (table.isSubjectCode(t.value())) {
            // "301 | 01 | 基本工资": the 款 digits in the next cell
            if (t.value().length() == 3 && i + 2 < tokens.size() && isTwoDigits(tokens.get(i + 1))
                    && tokens.get(i + 2).isText() && table.isSubjectCode(t.value() + tokens.get(i + 1).value())) {
                return new Code(t.value() + tokens.get(i + 1).value(), tokens.get(i + 2).value(), i + 3, true);
            }
            return named(t.value(), tokens, i, true);
        }
        Map.Entry<Integer, String> pane = classAtColumn.floorEntry(i);
        if (isTwoDigits(t) && pane != null && table.isSubjectCode(pane.getValue() + t.value())) {
            return named(pane.getValue() + t.value(), tokens, i, false);
        }
        return null;
    }

    /** A code whose name follows in the next cell, or after one blank cell (an empty 款 column). */
    private static Code named(String code, List<Token> tokens, int i, boolean printed) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).isText()) {
            return new Code(code, tokens.get(i + 1).value(), i + 2, printed);
        }
        if (i + 2 < tokens.size() && tokens.get(i + 1).isEmpty() && tokens.get(i + 2).isText()) {
            return new Code(code, tokens.get(i + 2).value(), i + 3, printed);
        }
        return null;
    }

    private static boolean isTwoDigits(Token t) {
        return t.isWholeNumber() && t.value().length() == 2;
    }
}
