package finacct.importer.text;

import java.util.List;

/**
 * The lines of the document that belong to one table (a table broken across pages is one section), with
 * their line numbers (1-based); {@code title} is the title line as printed, {@code notes} the lines printed
 * under the table (its 注 and 说明), where a document says a table has no data.
 */
record TableSection(String table, String title, List<Line> lines, List<Line> notes) {

    TableSection(String table, List<Line> lines) {
        this(table, table, lines, List.of());
    }

    record Line(int number, String text) {
        List<Token> tokens() {
            return java.util.Arrays.stream(text.split("\t", -1)).map(Token::of).toList();
        }

        boolean hasAmount() {
            return tokens().stream().anyMatch(Token::isAmount);
        }
    }
}
