package finacct.importer.text;

import finacct.kernel.template.TableDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a table parser read, held until the whole table is read, so that a stray 栏次 number can be told
 * from a figure: a whole number from 1 to the number of columns, alone on its row, in a table whose other
 * figures all carry decimals (or that has no other figure), is a column number the text extraction moved into
 * a row (a PDF often prints "5 6" under a table's last captions). It is listed as not placed, never stored.
 */
final class RowFigures {

    private record Placed(TableSection.Line line, String rowKey, String name, String column, String value) {
    }

    private final TableDefinition table;
    private final List<Placed> placed = new ArrayList<>();

    RowFigures(TableDefinition table) {
        this.table = table;
    }

    void add(SubjectTableParser.KeyedRow row, String column, String value) {
        placed.add(new Placed(row.line, row.key, row.name, column, value));
    }

    void add(TableSection.Line line, String rowKey, String column, String value) {
        placed.add(new Placed(line, rowKey, null, column, value));
    }

    void emit(ParseSink sink) {
        Map<Integer, Integer> perLine = new LinkedHashMap<>();
        placed.forEach(p -> perLine.merge(p.line().number(), 1, Integer::sum));
        for (Placed p : placed) {
            if (isStrayColumnNumber(p, perLine)) {
                sink.unplaced(p.line(), "表" + table.number() + " 中的整数 " + p.value()
                        + " 独占一行且表内其他数值都带小数，疑为错位的栏次编号，未导入");
            } else {
                sink.figure(table.id(), p.rowKey(), p.column(), p.value(), p.name(), p.line());
            }
        }
    }

    private boolean isStrayColumnNumber(Placed p, Map<Integer, Integer> perLine) {
        if (!p.value().matches("\\d+") || perLine.get(p.line().number()) != 1) {
            return false;
        }
        int v = Integer.parseInt(p.value());
        if (v < 1 || v > table.columns().size()) {
            return false;
        }
        return placed.stream().filter(o -> o != p).allMatch(o -> o.value().contains("."));
    }
}
