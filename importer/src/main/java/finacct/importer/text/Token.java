package finacct.importer.text;

import java.util.regex.Pattern;

/** One tab-separated cell of an extracted table row, classified. */
public record Token(String raw, Kind kind, String value) {

    enum Kind { EMPTY, AMOUNT, TEXT }

    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern DASH = Pattern.compile("[-—–－]+");

    public static Token of(String raw) {
        String c = TextNormalizer.compact(raw);
        if (c.isEmpty() || DASH.matcher(c).matches()) {
            return new Token(raw, Kind.EMPTY, null);
        }
        if (AMOUNT.matcher(c).matches()) {
            return new Token(raw, Kind.AMOUNT, c.replace(",", ""));
        }
        return new Token(raw, Kind.TEXT, c);
    }

    boolean isEmpty() {
        return kind == Kind.EMPTY;
    }

    public boolean isAmount() {
        return kind == Kind.AMOUNT;
    }

    boolean isText() {
        return kind == Kind.TEXT;
    }

    /** A whole number without separators or decimals: may be a 行次 or a subject code. */
    boolean isWholeNumber() {
        return isAmount() && value.matches("\\d+");
    }
}
