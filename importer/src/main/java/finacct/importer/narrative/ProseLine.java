package finacct.importer.narrative;

/** A line of the document's prose with its line number (1-based), as printed. */
public record ProseLine(int number, String text) {
}
