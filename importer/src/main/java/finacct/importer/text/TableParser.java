package finacct.importer.text;

import finacct.kernel.template.TableDefinition;

/** Turns the lines of one table into cells, the way that table's rows are keyed. */
interface TableParser {
    void parse(TableDefinition table, TableSection section, ParseSink sink);

    static TableParser forTable(TableDefinition table) {
        return switch (table.rowKind()) {
            case LINES -> new LineTableParser();
            case FUNCTION_SUBJECT -> new SubjectTableParser();
            case ECONOMIC_SUBJECT -> new EconomicTableParser();
            case FIXED -> new FixedRowTableParser();
        };
    }

    /** Header lines: column captions and 栏次 / 行次 numbering, never figures. */
    static boolean isHeader(TableSection.Line line) {
        String c = TextNormalizer.compact(line.text());
        if (c.contains("栏次") || c.contains("行次") || c.startsWith("单位") || c.startsWith("部门:")) {
            return true;
        }
        // a row of 栏次 numbers 1 2 3 … printed under the captions
        var numbers = line.tokens().stream().filter(t -> !t.isEmpty()).toList();
        if (numbers.size() < 2 || !numbers.stream().allMatch(Token::isWholeNumber)) {
            return false;
        }
        for (int i = 0; i < numbers.size(); i++) {
            if (Integer.parseInt(numbers.get(i).value()) != Integer.parseInt(numbers.get(0).value()) + i) {
                return false;
            }
        }
        return true;
    }
}
