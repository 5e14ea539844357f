package finacct.importer.pdf;

import finacct.importer.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A ruled table: the column positions of its vertical lines and the row positions of its horizontal lines
 * make a grid; where a line between two grid cells is missing, they are one (merged) cell. Each cell's words
 * are read as its text (a name wrapped over two lines in its cell is one name), and each grid row becomes one
 * row of cells, a merged cell's text in its first row and column. A grid row with no line between its rows of
 * figures (a table ruled by columns only) is split at its text lines.
 */
final class TableGrid {

    private static final double T = RuledTables.TOLERANCE;

    private final List<Segment> lines;
    private final double[] xs;
    private final double[] ys;

    private TableGrid(List<Segment> lines, double[] xs, double[] ys) {
        this.lines = lines;
        this.xs = xs;
        this.ys = ys;
    }

    static Optional<TableGrid> of(List<Segment> group) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Segment s : group) {
            (s.horizontal() ? ys : xs).add(s.at());
            // the table's outer edge, where the document draws no side border
            (s.horizontal() ? xs : ys).add(s.from());
            (s.horizontal() ? xs : ys).add(s.to());
        }
        double[] columns = distinct(xs);
        double[] rows = distinct(ys);
        if (columns.length < 2 || rows.length < 2) {
            return Optional.empty();
        }
        return Optional.of(new TableGrid(group, columns, rows));
    }

    double top() {
        return ys[0];
    }

    double bottom() {
        return ys[ys.length - 1];
    }

    boolean contains(Glyph g) {
        return g.centerX() >= xs[0] - T && g.centerX() <= xs[xs.length - 1] + T
                && g.centerY() >= ys[0] - T && g.centerY() <= ys[ys.length - 1] + T;
    }

    /** The table's rows, each a list of cells (one per grid column), top to bottom; empty rows left out. */
    List<List<String>> rows(List<Glyph> glyphs) {
        int nr = ys.length - 1;
        int nc = xs.length - 1;
        int[] cell = mergedCells(nr, nc);
        List<List<Glyph>> inCell = new ArrayList<>();
        for (int i = 0; i < nr * nc; i++) {
            inCell.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            int r = slot(ys, g.centerY());
            int c = slot(xs, g.centerX());
            inCell.get(cell[r * nc + c]).add(g);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            List<List<TextLines.Line>> cellLines = new ArrayList<>();
            boolean split = false;
            for (int c = 0; c < nc; c++) {
                int id = cell[r * nc + c];
                boolean starts = id == r * nc + c;
                List<TextLines.Line> text = starts ? TextLines.group(inCell.get(id)) : List.of();
                cellLines.add(text);
                boolean oneRow = starts && rowOf(cell, id, nc, nr) == r;
                split |= oneRow && figureLines(text) >= 2;
            }
            if (split) {
                rows.addAll(splitRow(cellLines));
            } else {
                List<String> row = cellLines.stream().map(TextLines::joined).toList();
                if (row.stream().anyMatch(s -> !s.isEmpty())) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The last grid row a merged cell (identified by its first grid cell) reaches down to. */
    private static int rowOf(int[] cell, int id, int nc, int nr) {
        int last = id / nc;
        for (int r = id / nc + 1; r < nr; r++) {
            if (cell[r * nc + id % nc] == id) {
                last = r;
            }
        }
        return last;
    }

    static long figureLines(List<TextLines.Line> lines) {
        return lines.stream().filter(l -> Token.of(l.text(false)).isAmount()).count();
    }

    /**
     * One grid row holding several rows of figures: each text line across the row's cells is a row; a line of
     * one cell goes to the row whose band it shares most.
     */
    private static List<List<String>> splitRow(List<List<TextLines.Line>> cellLines) {
        List<TextLines.Line> all = new ArrayList<>();
        cellLines.forEach(all::addAll);
        List<double[]> bands = new ArrayList<>();
        all.sort(Comparator.comparingDouble(TextLines.Line::top));
        for (TextLines.Line l : all) {
            double[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && Math.min(last[1], l.bottom()) - Math.max(last[0], l.top()) >= 0.5 * Math.min(last[1] - last[0], l.height())) {
                last[1] = Math.max(last[1], l.bottom());
            } else {
                bands.add(new double[] {l.top(), l.bottom()});
            }
        }
        List<List<List<TextLines.Line>>> grid = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            List<List<TextLines.Line>> row = new ArrayList<>();
            cellLines.forEach(c -> row.add(new ArrayList<>()));
            grid.add(row);
        }
        for (int c = 0; c < cellLines.size(); c++) {
            for (TextLines.Line l : cellLines.get(c)) {
                int best = 0;
                double bestOverlap = -Double.MAX_VALUE;
                for (int b = 0; b < bands.size(); b++) {
                    double overlap = Math.min(bands.get(b)[1], l.bottom()) - Math.max(bands.get(b)[0], l.top());
                    if (overlap > bestOverlap) {
                        best = b;
                        bestOverlap = overlap;
                    }
                }
                grid.get(best).get(c).add(l);
            }
        }
        rejoinWrappedNames(grid);
        return grid.stream().map(row -> row.stream().map(TextLines::joined).toList())
                .filter(row -> row.stream().anyMatch(s -> !s.isEmpty())).toList();
    }

    /**
     * A name wrapped in its cell, centred on its row, prints one line above and one below the row's figures:
     * when a row with figures has nothing in a column, and the rows just above and below hold no figures and
     * nothing but a line in that column, those two lines are that row's name.
     */
    static void rejoinWrappedNames(List<List<List<TextLines.Line>>> grid) {
        for (int b = 1; b + 1 < grid.size(); b++) {
            List<List<TextLines.Line>> row = grid.get(b);
            if (!hasFigure(row)) {
                continue;
            }
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).isEmpty() && onlyIn(grid.get(b - 1), c) && onlyIn(grid.get(b + 1), c)) {
                    row.get(c).addAll(grid.get(b - 1).get(c));
                    row.get(c).addAll(grid.get(b + 1).get(c));
                    grid.get(b - 1).get(c).clear();
                    grid.get(b + 1).get(c).clear();
                }
            }
        }
    }

    private static boolean hasFigure(List<List<TextLines.Line>> row) {
        return row.stream().anyMatch(cell -> figureLines(cell) > 0);
    }

    private static boolean onlyIn(List<List<TextLines.Line>> row, int column) {
        for (int c = 0; c < row.size(); c++) {
            if (c != column && !row.get(c).isEmpty()) {
                return false;
            }
        }
        return !row.get(column).isEmpty() && !hasFigure(row);
    }

    /** For each grid cell, the index of the first grid cell of the merged cell it belongs to. */
    private int[] mergedCells(int nr, int nc) {
        int[] parent = new int[nr * nc];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (c + 1 < nc && !hasLine(false, xs[c + 1], ys[r], ys[r + 1])) {
                    union(parent, r * nc + c, r * nc + c + 1);
                }
                if (r + 1 < nr && !hasLine(true, ys[r + 1], xs[c], xs[c + 1])) {
                    union(parent, r * nc + c, (r + 1) * nc + c);
                }
            }
        }
        int[] first = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            first[i] = Integer.MAX_VALUE;
        }
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            first[root] = Math.min(first[root], i);
        }
        int[] cell = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            cell[i] = first[find(parent, i)];
        }
        return cell;
    }

    /** Whether a line runs at {@code at} along the middle of the span {@code from}–{@code to}. */
    private boolean hasLine(boolean horizontal, double at, double from, double to) {
        double middle = (from + to) / 2;
        double half = (to - from) / 4;
        for (Segment s : lines) {
            if (s.horizontal() == horizontal && Math.abs(s.at() - at) <= T
                    && s.covers(middle - half, T) && s.covers(middle + half, T)) {
                return true;
            }
        }
        return false;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The grid slot a position falls in (clamped to the table). */
    private static int slot(double[] edges, double position) {
        int i = Arrays.binarySearch(edges, position);
        int slot = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(edges.length - 2, slot));
    }

    private static double[] distinct(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        for (double v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > T) {
                out.add(v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
