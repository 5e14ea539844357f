package finacct.kernel.results;

import java.util.List;

public record FindingCounts(int errors, int warnings, int infos) {
    public static FindingCounts of(List<Finding> findings) {
        int e = 0;
        int w = 0;
        int i = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
        }
        return new FindingCounts(e, w, i);
    }
}
