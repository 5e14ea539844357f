package finacct.importer.text;

import finacct.kernel.template.ColumnDefinition;
import finacct.kernel.template.RowDefinition;
import finacct.kernel.template.TableDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables keyed by the function classification (表2, 3, 5, 8, 9): "code name values…" or a fixed row such as
 * 合计. A code may be printed whole (2010350), split over the 类 / 款 / 项 columns (a 款 or 项 cell holding only
 * its own two digits takes the rest from the rows above; "201 | 03 | 50" on one row is joined), or run into
 * its name ("2010350事业运行"). The values go under the header's columns when the header's positions are
 * consistent with the rows ({@link ColumnLayout}); otherwise they are the table's columns in order from the
 * first figure after the name (the blank 栏次 cell between them skipped).
 */
final class SubjectTableParser implements TableParser {

    private static final Pattern CODE_AND_NAME = Pattern.compile("^(\\d{3}|\\d{5}|\\d{7})(\\D.*)$");
    /** The cells of a header's last line: the code columns' captions. */
    private static final Pattern HEADER_CELL = Pattern.compile("^(类|款|项|类款项|栏次|项目|科目编码|科目名称|功能分类科目编码|功能分类|科目)$");

    @Override
    public void parse(TableDefinition table, TableSection section, ParseSink sink) {
        List<String> columns = table.columns().stream().map(ColumnDefinition::key).toList();
        List<Page> pages = new ArrayList<>();
        Page page = new Page();
        pages.add(page);
        String currentClass = null;
        String currentSection = null;
        boolean afterRow = false;
        String labelAbove = null;
        for (TableSection.Line line : section.lines()) {
            boolean captions = !line.hasAmount() && ColumnLayout.captionCount(table, line) >= 2;
            if (TableParser.isHeader(line) || (captions && !page.rows.isEmpty())) {
                if (!page.rows.isEmpty()) {
                    page = new Page(); // a continuation page with its own header: its own column layout
                    pages.add(page);
                }
                page.headers.add(line);
                afterRow = false;
                labelAbove = fixedRowLabel(table, line).orElse(null);
                continue;
            }
            KeyedRow row = line.hasAmount() ? key(table, line, currentClass, currentSection) : null;
            if (row == null && line.hasAmount() && labelAbove != null && unlabelled(line)) {
                // "合计 | | 合计 | 基本支出 | 项目支出" then the figures alone: the label went to the header's line
                row = new KeyedRow(line, line.tokens(), labelAbove, null, 0);
            }
            labelAbove = null;
            if (row == null) {
                if (line.hasAmount()) {
                    sink.unplaced(line, unkeyedReason(table, line));
                } else if (page.rows.isEmpty()) {
                    page.headers.add(line); // a caption line of the header
                    labelAbove = fixedRowLabel(table, line).orElse(null);
                } else if (afterRow && nameContinuation(line).isPresent()) {
                    KeyedRow last = page.rows.remove(page.rows.size() - 1);
                    page.rows.add(last.withNameContinued(nameContinuation(line).get()));
                    continue;
                }
                afterRow = false;
                continue;
            }
            if (row.key.length() == 3 && row.key.matches("\\d+")) {
                currentClass = row.key;
                currentSection = null;
            } else if (row.key.length() == 5 && row.key.matches("\\d+")) {
                currentSection = row.key;
            }
            page.rows.add(row);
            afterRow = row.name != null && row.key.matches("\\d+");
        }
        RowFigures placed = new RowFigures(table);
        List<TableSection.Line> firstHeaders = pages.get(0).headers;
        for (Page p : pages) {
            List<ColumnLayout.Row> layoutRows = p.rows.stream().map(KeyedRow::layoutRow).toList();
            Optional<Integer> start = ColumnLayout.firstColumn(table, p.headers, layoutRows)
                    .or(() -> ColumnLayout.firstColumn(table, firstHeaders, layoutRows));
            for (KeyedRow row : p.rows) {
                if (start.isPresent() && ColumnLayout.consistent(table, start.get(), List.of(row.layoutRow()))) {
                    aligned(columns, row, start.get(), placed);
                } else {
                    sequential(table, columns, row, placed, sink);
                }
            }
        }
        placed.emit(sink);
    }

    /** The fixed row (合计) whose label begins a header line, the extraction having merged the two. */
    private static Optional<String> fixedRowLabel(TableDefinition table, TableSection.Line line) {
        return line.tokens().stream().filter(t -> !t.isEmpty()).findFirst().filter(Token::isText)
                .flatMap(first -> table.rows().stream()
                        .filter(r -> TextNormalizer.label(r.label()).equals(TextNormalizer.label(first.value())))
                        .map(RowDefinition::key).findFirst());
    }

    private static boolean unlabelled(TableSection.Line line) {
        return line.tokens().stream().noneMatch(Token::isText);
    }

    /** The rows of one page of the table and the header printed above them. */
    private static final class Page {
        final List<TableSection.Line> headers = new ArrayList<>();
        final List<KeyedRow> rows = new ArrayList<>();
    }

    /**
     * The rest of a name wrapped in its cell, which the text extraction printed on a line of its own under its
     * row: one cell of text, no code, no figure.
     */
    private static Optional<String> nameContinuation(TableSection.Line line) {
        List<Token> cells = line.tokens().stream().filter(t -> !t.isEmpty()).toList();
        if (cells.size() != 1 || !cells.get(0).isText()) {
            return Optional.empty();
        }
        String text = cells.get(0).value();
        return HEADER_CELL.matcher(text).matches() || text.startsWith("注") ? Optional.empty() : Optional.of(text);
    }

    private static String unkeyedReason(TableDefinition table, TableSection.Line line) {
        Token first = line.tokens().stream().filter(t -> !t.isEmpty()).findFirst().orElse(null);
        return first != null && first.isText()
                ? "表" + table.number() + " 中此行没有科目编码，也不是合计行"
                : "表" + table.number() + " 中此行没有科目编码";
    }

    /** The row a line is (its code or fixed row key, its name, where its values begin), or null. */
    private static KeyedRow key(TableDefinition table, TableSection.Line line, String currentClass,
                                String currentSection) {
        List<Token> tokens = line.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).isEmpty()) {
            i++;
        }
        if (i >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(i);
        String rowKey;
        String name = null;
        if (first.isWholeNumber() && table.isSubjectCode(first.value())) {
            StringBuilder code = new StringBuilder(first.value());
            i++;
            // "201 | 03 | 50 | 事业运行": the 款 and 项 parts on the same row, before the name
            int j = i;
            while (code.length() < 7 && j < tokens.size() && j <= i + 2) {
                Token t = tokens.get(j);
                if (t.isWholeNumber() && t.value().length() == 2 && hasTextAfter(tokens, j)) {
                    code.append(t.value());
                    i = j + 1;
                } else if (!t.isEmpty()) {
                    break;
                }
                j++;
            }
            rowKey = code.toString();
        } else if (first.isWholeNumber() && first.value().length() == 2 && currentClass != null) {
            // split code: the 款 (position 1) or 项 (position 2) column holds two digits
            boolean item = i >= 2 && currentSection != null;
            rowKey = (item ? currentSection : currentClass) + first.value();
            i++;
        } else if (first.isText() && CODE_AND_NAME.matcher(first.value()).matches()) {
            Matcher m = CODE_AND_NAME.matcher(first.value());
            m.matches();
            rowKey = m.group(1);
            name = m.group(2);
            i++;
        } else if (first.isText()) {
            // "类 | 款 | 项 | 合计 | 1234.56 …": the extraction put the 合计 row on the header's last line
            while (i < tokens.size() && (tokens.get(i).isEmpty()
                    || tokens.get(i).isText() && HEADER_CELL.matcher(tokens.get(i).value()).matches())) {
                i++;
            }
            StringBuilder label = new StringBuilder();
            while (i < tokens.size() && tokens.get(i).isText()) {
                label.append(tokens.get(i++).value());
            }
            Optional<RowDefinition> fixed = table.rows().stream()
                    .filter(r -> TextNormalizer.label(r.label()).equals(TextNormalizer.label(label.toString())))
                    .findFirst();
            if (fixed.isEmpty()) {
                return null;
            }
            rowKey = fixed.get().key();
        } else {
            return null;
        }
        if (name == null && rowKey.matches("\\d+")) {
            int k = i;
            while (k < tokens.size() && tokens.get(k).isEmpty()) {
                k++;
            }
            StringBuilder nameText = new StringBuilder();
            while (k < tokens.size() && tokens.get(k).isText()) {
                nameText.append(tokens.get(k++).value());
            }
            if (!nameText.isEmpty()) {
                name = nameText.toString();
                i = k;
            }
        }
        return new KeyedRow(line, tokens, rowKey, name, i);
    }

    private static boolean hasTextAfter(List<Token> tokens, int j) {
        for (int k = j + 1; k < tokens.size(); k++) {
            if (tokens.get(k).isText()) {
                return true;
            }
            if (tokens.get(k).isAmount() && !tokens.get(k).isWholeNumber()) {
                return false;
            }
        }
        return false;
    }

    private static void aligned(List<String> columns, KeyedRow row, int start, RowFigures placed) {
        for (int p = 0; p < columns.size(); p++) {
            int cell = start + p;
            if (cell < row.tokens.size() && row.tokens.get(cell).isAmount()) {
                placed.add(row, columns.get(p), row.tokens.get(cell).value());
            }
        }
    }

    private static void sequential(TableDefinition table, List<String> columns, KeyedRow row, RowFigures placed,
                                   ParseSink sink) {
        List<Token> tokens = row.tokens;
        int i = row.valuesFrom;
        while (i < tokens.size() && tokens.get(i).isEmpty()) {
            i++;
        }
        int column = 0;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isText()) {
                sink.unplaced(row.line, "表" + table.number() + " 科目 " + row.key + " 的数值中夹有文字“" + t.value() + "”");
                break;
            }
            if (column >= columns.size()) {
                if (t.isAmount()) {
                    sink.unplaced(row.line, "表" + table.number() + " 科目 " + row.key + " 的数值多于 " + columns.size() + " 栏");
                }
                break;
            }
            if (t.isAmount()) {
                placed.add(row, columns.get(column), t.value());
            }
            column++;
        }
    }

    /** A keyed row with its tokens; {@code valuesFrom} is the first cell after its code and name. */
    static final class KeyedRow {
        final TableSection.Line line;
        final List<Token> tokens;
        final String key;
        final String name;
        final int valuesFrom;

        KeyedRow(TableSection.Line line, List<Token> tokens, String key, String name, int valuesFrom) {
            this.line = line;
            this.tokens = tokens;
            this.key = key;
            this.name = name;
            this.valuesFrom = valuesFrom;
        }

        KeyedRow withNameContinued(String rest) {
            return new KeyedRow(line, tokens, key, name + rest, valuesFrom);
        }

        ColumnLayout.Row layoutRow() {
            List<Integer> figures = new ArrayList<>();
            List<Integer> texts = new ArrayList<>();
            for (int i = valuesFrom; i < tokens.size(); i++) {
                if (tokens.get(i).isAmount()) {
                    figures.add(i);
                } else if (tokens.get(i).isText()) {
                    texts.add(i);
                }
            }
            return new ColumnLayout.Row(valuesFrom, figures, texts);
        }
    }
}
