package finacct.importer;

/** A line of the document the importer saw inside a table but could not turn into cells, and why. */
public record Unplaced(int lineNumber, String text, String reason) {
}
