package finacct.kernel.template;

/**
 * One sign that a published document follows a template's layout (family), as the importer can see it in the
 * text: the table's header {@code has} or {@code lacks} a caption (compared without spaces), or the table is
 * printed under the title {@code title}. A sign about a table the document does not contain counts neither
 * way. {@code weight} says how telling the sign is (default 1).
 */
public record DetectionSign(String table, String has, String lacks, String title, Integer weight) {

    public int weightOrOne() {
        return weight == null ? 1 : weight;
    }
}
