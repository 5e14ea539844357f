package finacct.importer.narrative;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one form the narrative's patterns are written against: NFKC-folded (full-width digits and letters become
 * plain), no white space (a PDF's text extraction puts spaces and line breaks anywhere, even inside "123.45
 * 万元"), Chinese punctuation (，；：（）) whichever form was printed, a comma kept only as a thousands separator,
 * and the markup some extractions leave (**bold**, $\geq 90\%$) reduced to its text.
 */
public final class ProseText {

    private static final Pattern WHITE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b]+");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

    private ProseText() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = t.replace("**", "")
                .replace("\\geq", "≥").replace("\\leq", "≤").replace("\\ge", "≥").replace("\\le", "≤")
                .replace("\\%", "%").replace("$", "");
        t = WHITE.matcher(t).replaceAll("");
        t = THOUSANDS.matcher(t).replaceAll("\u0001");
        t = t.replace(',', '，').replace(';', '；').replace(':', '：').replace('(', '（').replace(')', '）')
                .replace('\u0001', ',');
        return t;
    }

    /** A printed number as a decimal string: thousands separators dropped, a full-width minus made plain. */
    public static String number(String printed) {
        return printed.replace(",", "").replace('－', '-');
    }
}
