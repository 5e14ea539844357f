package finacct.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tables printed without rules, found by the positions of their columns: consecutive lines cut by wide gaps,
 * at least two of them with figures, are one table. The pieces of the lines with figures give the columns
 * (pieces one above another that overlap across are one column: figures are aligned), and every line of the
 * table puts each piece in the column it overlaps, so a blank cell stays blank instead of the next figure
 * moving into it. A name wrapped around its row's figures is rejoined as in a ruled table.
 */
final class UnruledTables {

    private UnruledTables() {
    }

    /** The page's lines outside ruled tables, each as text (tab-separated where it is a table row). */
    static List<String> text(List<TextLines.Line> lines) {
        List<List<TextLines.Line>> pieces = lines.stream().map(TextLines::pieces).toList();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = blockEnd(pieces, i);
            if (end > i) {
                out.addAll(table(pieces.subList(i, end)));
                i = end;
            } else {
                out.add(lines.get(i).text(true));
                i++;
            }
        }
        return out;
    }

    /**
     * The end (exclusive) of the table starting at line {@code start}, or {@code start}: lines of two or more
     * pieces, one or two single-piece lines allowed between two of them (wrapped names), at least two lines
     * with figures.
     */
    private static int blockEnd(List<List<TextLines.Line>> pieces, int start) {
        if (pieces.get(start).size() < 2) {
            return start;
        }
        int end = start + 1;
        while (end < pieces.size()) {
            if (pieces.get(end).size() >= 2) {
                end++;
            } else if (end + 1 < pieces.size() && pieces.get(end).size() == 1 && pieces.get(end + 1).size() >= 2) {
                end += 2;
            } else if (end + 2 < pieces.size() && pieces.get(end).size() == 1 && pieces.get(end + 1).size() == 1
                    && pieces.get(end + 2).size() >= 2) {
                end += 3; // the end of one wrapped name and the start of the next
            } else {
                break;
            }
        }
        long withFigures = pieces.subList(start, end).stream().filter(p -> TableGrid.figureLines(p) > 0).count();
        return withFigures >= 2 ? end : start;
    }

    private static List<String> table(List<List<TextLines.Line>> rows) {
        List<double[]> columns = columns(rows);
        List<List<List<TextLines.Line>>> grid = new ArrayList<>();
        for (List<TextLines.Line> row : rows) {
            List<List<TextLines.Line>> cells = new ArrayList<>();
            columns.forEach(c -> cells.add(new ArrayList<>()));
            for (TextLines.Line piece : row) {
                cells.get(column(columns, piece)).add(piece);
            }
            grid.add(cells);
        }
        TableGrid.rejoinWrappedNames(grid);
        List<String> out = new ArrayList<>();
        for (List<List<TextLines.Line>> cells : grid) {
            List<String> row = cells.stream().map(TextLines::joined).toList();
            if (row.stream().anyMatch(s -> !s.isEmpty())) {
                out.add(String.join("\t", row));
            }
        }
        return out;
    }

    /**
     * Column extents across: the pieces of the rows with figures, overlapping ones merged; then a caption of the
     * header that stands over none of them is a column of its own (one left blank in every row).
     */
    private static List<double[]> columns(List<List<TextLines.Line>> rows) {
        List<double[]> spans = new ArrayList<>();
        for (List<TextLines.Line> row : rows) {
            if (TableGrid.figureLines(row) > 0) {
                row.forEach(p -> spans.add(new double[] {p.left(), p.right()}));
            }
        }
        List<double[]> figureColumns = merged(spans);
        for (List<TextLines.Line> row : rows) {
            if (TableGrid.figureLines(row) == 0) {
                row.stream().filter(p -> figureColumns.stream().noneMatch(c -> c[0] <= p.right() && p.left() <= c[1]))
                        .forEach(p -> spans.add(new double[] {p.left(), p.right()}));
            }
        }
        return merged(spans);
    }

    private static List<double[]> merged(List<double[]> unsorted) {
        List<double[]> spans = new ArrayList<>(unsorted);
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] s : spans) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new double[] {s[0], s[1]});
            }
        }
        return merged;
    }

    /** The column a piece overlaps most, or the nearest one. */
    private static int column(List<double[]> columns, TextLines.Line piece) {
        int best = 0;
        double bestScore = -Double.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            double[] col = columns.get(c);
            double overlap = Math.min(col[1], piece.right()) - Math.max(col[0], piece.left());
            if (overlap > bestScore) {
                best = c;
                bestScore = overlap;
            }
        }
        return best;
    }
}
