package finacct.validation.rules.narrative;

import java.text.Normalizer;
import java.util.List;


/**
 * Whether two printed names are one project's: the narrative shortens and rewords ("系统运行维护费" for the
 * table's "系统运行费", "道路保洁服务外包经费及办公经费" for "某区道路保洁服务外包"). Names are folded (NFKC, no
 * spaces, quotes or punctuation) and stripped of generic words (data: 经费, 项目
 * …); two names match when their longest common subsequence covers at least {@code threshold} of the shorter
 * one, or when the data lists them as aliases.
 */
public final class ProjectNames {

    private final double threshold;
    private final List<String> genericWords;
    private final List<List<String>> aliases;

    public ProjectNames(double threshold, List<String> genericWords, List<List<String>> aliases) {
        this.threshold = threshold;
        this.genericWords = List.copyOf(genericWords);
        this.aliases = aliases.stream().map(a -> a.stream().map(this::core).toList()).toList();
    }

    /** How alike two names are, 0…1: the common subsequence of their cores over the shorter core. */
    public double similarity(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y) || aliases.stream().anyMatch(al -> al.contains(x) && al.contains(y))) {
            return 1;
        }
        return (double) lcs(x, y) / Math.min(x.length(), y.length());
    }

    public boolean same(String a, String b) {
        return similarity(a, b) >= threshold;
    }

    String core(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\p{P}“”‘’\"'《》<>]+", "");
        for (String w : genericWords) {
            s = s.replace(w, "");
        }
        return s;
    }

    private static int lcs(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length()][b.length()];
    }

}
