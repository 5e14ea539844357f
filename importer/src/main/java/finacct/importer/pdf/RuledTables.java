package finacct.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the ruled tables of a page: ruling lines that cross or touch one another form one table, and a group
 * with at least two horizontal and two vertical lines is a table of cells.
 */
final class RuledTables {

    /** Lines closer than this on the same row or column are one line; ends closer than this touch. */
    static final double TOLERANCE = 2.0;

    private RuledTables() {
    }

    static List<TableGrid> find(List<Segment> raw) {
        List<Segment> lines = merge(raw);
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(lines.get(i), lines.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<TableGrid> tables = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                continue;
            }
            int r = root(parent, i);
            List<Segment> group = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (root(parent, j) == r) {
                    group.add(lines.get(j));
                    done[j] = true;
                }
            }
            long horizontal = group.stream().filter(Segment::horizontal).count();
            if (horizontal >= 2 && group.size() - horizontal >= 2) {
                TableGrid.of(group).ifPresent(tables::add);
            }
        }
        tables.sort(Comparator.comparingDouble(TableGrid::top));
        return tables;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean touch(Segment a, Segment b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.at() - b.at()) <= TOLERANCE && a.from() <= b.to() + TOLERANCE && b.from() <= a.to() + TOLERANCE;
        }
        Segment h = a.horizontal() ? a : b;
        Segment v = a.horizontal() ? b : a;
        return h.covers(v.at(), TOLERANCE) && v.covers(h.at(), TOLERANCE);
    }

    /** Collinear pieces that overlap or nearly meet become one line (a border drawn cell by cell). */
    static List<Segment> merge(List<Segment> raw) {
        List<Segment> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing(Segment::horizontal).thenComparingDouble(Segment::at)
                .thenComparingDouble(Segment::from));
        List<Segment> merged = new ArrayList<>();
        List<Segment> band = new ArrayList<>();
        for (Segment s : sorted) {
            if (!band.isEmpty() && (band.get(0).horizontal() != s.horizontal()
                    || s.at() - band.get(0).at() > TOLERANCE)) {
                mergeBand(band, merged);
                band.clear();
            }
            band.add(s);
        }
        mergeBand(band, merged);
        return merged;
    }

    private static void mergeBand(List<Segment> band, List<Segment> out) {
        if (band.isEmpty()) {
            return;
        }
        double at = band.stream().mapToDouble(Segment::at).average().orElseThrow();
        List<Segment> byStart = new ArrayList<>(band);
        byStart.sort(Comparator.comparingDouble(Segment::from));
        double from = byStart.get(0).from();
        double to = byStart.get(0).to();
        for (Segment s : byStart.subList(1, byStart.size())) {
            if (s.from() <= to + TOLERANCE) {
                to = Math.max(to, s.to());
            } else {
                out.add(new Segment(band.get(0).horizontal(), at, from, to));
                from = s.from();
                to = s.to();
            }
        }
        out.add(new Segment(band.get(0).horizontal(), at, from, to));
    }
}
