package finacct.importer.pdf;

import finacct.importer.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Characters into lines: characters that share most of their height are on one line, whatever their font or
 * baseline (a sentence's figures set in another font sit a little higher or lower, and must stay with their
 * words); a line reads left to right.
 */
final class TextLines {

    /** Wider than this many character heights, a gap between words separates cells of an unruled table. */
    private static final double CELL_GAP = 2.0;
    /** Wider than this share of a character's height, a gap is a space. */
    private static final double WORD_GAP = 0.3;

    private TextLines() {
    }

    /** One line: its characters left to right, and its band down the page. */
    record Line(List<Glyph> glyphs, double top, double bottom) {

        double left() {
            return glyphs.get(0).x0();
        }

        double right() {
            return glyphs.stream().mapToDouble(Glyph::x1).max().orElse(left());
        }

        double height() {
            return bottom - top;
        }

        /**
         * The line's text. With {@code cells} set (a line outside any ruled table), wide gaps split it into the
         * cells of an unruled table row, tab-separated, when the line looks like one (a figure beside a gap, or
         * three or more pieces); a heading spaced out across the page stays one line of words.
         */
        String text(boolean cells) {
            List<String> pieces = new ArrayList<>();
            StringBuilder out = new StringBuilder();
            Glyph previous = null;
            boolean spaced = false;
            for (Glyph g : glyphs) {
                if (g.isSpace()) {
                    spaced = previous != null;
                    continue;
                }
                if (previous != null) {
                    double gap = g.x0() - previous.x1();
                    double size = Math.max(Math.min(g.height(), previous.height()), 1);
                    if (cells && gap > CELL_GAP * size) {
                        pieces.add(out.toString());
                        out.setLength(0);
                    } else if (spaced || gap > WORD_GAP * size) {
                        out.append(' ');
                    }
                }
                out.append(g.text());
                previous = g;
                spaced = false;
            }
            pieces.add(out.toString());
            boolean row = pieces.size() >= 3 || pieces.size() == 2 && pieces.stream().anyMatch(p -> Token.of(p).isAmount());
            return String.join(row ? "\t" : " ", pieces);
        }
    }

    /** The line cut at its wide gaps: the cells of an unruled table row, each with its own extent across. */
    static List<Line> pieces(Line line) {
        List<Line> pieces = new ArrayList<>();
        List<Glyph> piece = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) {
                continue;
            }
            if (previous != null && g.x0() - previous.x1() > CELL_GAP * Math.max(Math.min(g.height(), previous.height()), 1)) {
                pieces.add(new Line(piece, line.top(), line.bottom()));
                piece = new ArrayList<>();
            }
            piece.add(g);
            previous = g;
        }
        if (!piece.isEmpty()) {
            pieces.add(new Line(piece, line.top(), line.bottom()));
        }
        return pieces;
    }

    static List<Line> group(List<Glyph> glyphs) {
        List<Glyph> byCenter = new ArrayList<>(glyphs);
        byCenter.sort(Comparator.comparingDouble(Glyph::centerY));
        List<Band> bands = new ArrayList<>();
        for (Glyph g : byCenter) {
            Band best = null;
            double bestOverlap = 0;
            for (int i = bands.size() - 1; i >= 0 && i >= bands.size() - 4; i--) {
                Band b = bands.get(i);
                double overlap = Math.min(b.bottom(), g.bottom()) - Math.max(b.top(), g.top());
                double needed = 0.5 * Math.min(b.bottom() - b.top(), g.height());
                if (overlap >= needed && overlap > bestOverlap) {
                    best = b;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                best = new Band();
                bands.add(best);
            }
            best.add(g);
        }
        List<Line> lines = new ArrayList<>();
        for (Band b : bands) {
            if (b.glyphs.stream().allMatch(Glyph::isSpace)) {
                continue;
            }
            List<Glyph> ordered = new ArrayList<>(b.glyphs);
            ordered.sort(Comparator.comparingDouble(Glyph::x0));
            lines.add(new Line(ordered, b.top(), b.bottom()));
        }
        lines.sort(Comparator.comparingDouble(Line::top));
        return lines;
    }

    /** Lines of one cell joined: no space where a line ends or the next starts with a Chinese character. */
    static String joined(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            String text = line.text(false).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !isWide(out.charAt(out.length() - 1)) && !isWide(text.charAt(0))) {
                out.append(' ');
            }
            out.append(text);
        }
        return out.toString();
    }

    private static boolean isWide(char c) {
        return c >= 0x2E80;
    }

    /** The band of a line being gathered: the mean top and bottom of its characters. */
    private static final class Band {
        final List<Glyph> glyphs = new ArrayList<>();
        double topSum;
        double bottomSum;
        int counted;

        void add(Glyph g) {
            glyphs.add(g);
            if (!g.isSpace()) {
                topSum += g.top();
                bottomSum += g.bottom();
                counted++;
            }
        }

        double top() {
            return counted == 0 ? glyphs.get(0).top() : topSum / counted;
        }

        double bottom() {
            return counted == 0 ? glyphs.get(0).bottom() : bottomSum / counted;
        }
    }
}
