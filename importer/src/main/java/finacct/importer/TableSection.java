package finacct.importer;

import java.util.List;

/** The lines of the document that belong to one table, with their line numbers (1-based). */
record TableSection(String table, List<Line> lines) {

    record Line(int number, String text) {
        List<Token> tokens() {
            return java.util.Arrays.stream(text.split("\t", -1)).map(Token::of).toList();
        }

        boolean hasAmount() {
            return tokens().stream().anyMatch(Token::isAmount);
        }
    }
}
