package finacct.importer;

/** A line of the document's prose with its line number (1-based), as printed. */
record ProseLine(int number, String text) {
}
