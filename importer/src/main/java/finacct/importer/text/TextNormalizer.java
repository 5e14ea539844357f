package finacct.importer.text;

import java.text.Normalizer;

/** Folds the variants a PDF's text extraction produces: full-width forms, stray spaces, thousands separators. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** NFKC folds full-width digits, letters and punctuation to their plain forms; then all white space goes. */
    public static String compact(String s) {
        if (s == null) {
            return "";
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return folded.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }

    /** A label without its ordinal prefix (一、 (一) 1. …) for matching against the template's labels. */
    public static String label(String s) {
        String c = compact(s);
        return c.replaceFirst("^([一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+[.、])", "");
    }
}
