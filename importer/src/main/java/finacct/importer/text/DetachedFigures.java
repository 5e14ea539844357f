package finacct.importer.text;

import finacct.importer.Unplaced;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the figures a PDF's text extraction moved off their sentence: "…年度收入支出总计 万元。与 年度相比…"
 * followed by a line "2023 1234.56 2022" holding only the figures. The figures fill the sentence's blanks (a
 * space or the line's start before 万元, 年度 or %) in order, but only where that order is unambiguous: as many
 * blanks as figures, a year (19xx/20xx, no decimals) in each 年度 blank and no year elsewhere. Otherwise the
 * lines stay as printed and the figures line is listed as not placed. Line numbers are kept (a figures line put
 * back becomes empty), so what later readers report still points at the printed line. It runs before every
 * other reader of the text: the year, the department and the narrative's claims all read the re-joined lines.
 */
public final class DetachedFigures {

    /** A line of figures only: numbers, optionally with a % or a sign, separated by white space. */
    private static final Pattern FIGURES_LINE = Pattern.compile(
            "^\\s*[-－]?[\\d,，]+(\\.\\d+)?[%％]?(\\s+[-－]?[\\d,，]+(\\.\\d+)?[%％]?)*\\s*$");
    private static final Pattern FIGURE = Pattern.compile("[-－]?[\\d,，]+(\\.\\d+)?[%％]?");
    /** A blank: start of line or white space, then the unit the removed figure stood before. */
    private static final Pattern BLANK = Pattern.compile("(^|(?<=[^\\d.%％\\s])\\s+|^\\s+)(万元|年度|[%％])");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    /** How many prose lines before a figures line its sentence may have been wrapped over. */
    private static final int REACH = 3;

    private DetachedFigures() {
    }

    public record Result(List<String> lines, List<Unplaced> unplaced) {
    }

    private record Blank(int line, int start, int end, boolean year) {
    }

    public static Result rejoin(List<String> printed) {
        List<String> lines = new ArrayList<>(printed);
        List<Unplaced> unplaced = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.contains("\t") || !FIGURES_LINE.matcher(line).matches()) {
                continue;
            }
            List<String> figures = new ArrayList<>();
            Matcher f = FIGURE.matcher(line);
            while (f.find()) {
                figures.add(f.group());
            }
            List<Blank> blanks = blanksBefore(lines, n, figures.size());
            if (blanks.isEmpty()) {
                continue; // a page number or a figure of its own, not a sentence's
            }
            if (!fits(blanks, figures)) {
                unplaced.add(new Unplaced(n + 1, line.strip(), "此行数字（" + figures.size() + " 个）与上文句中的空位（"
                        + blanks.size() + " 个）不能按顺序一一对应，未回填"));
                continue;
            }
            fill(lines, blanks, figures);
            lines.set(n, "");
        }
        return new Result(List.copyOf(lines), List.copyOf(unplaced));
    }

    /** The blanks of the prose lines just above, as many as the figures if the lines hold that many. */
    private static List<Blank> blanksBefore(List<String> lines, int figuresLine, int wanted) {
        List<Blank> blanks = new ArrayList<>();
        int taken = 0;
        for (int k = figuresLine - 1; k >= 0 && taken < REACH; k--) {
            String line = lines.get(k);
            if (line.isBlank()) {
                continue;
            }
            if (line.contains("\t")) {
                break;
            }
            List<Blank> own = blanksOf(line, k, previousText(lines, k));
            if (own.isEmpty()) {
                break;
            }
            blanks.addAll(0, own);
            taken++;
            if (blanks.size() >= wanted) {
                break;
            }
        }
        return blanks;
    }

    /** The last non-empty line above, or "". */
    private static String previousText(List<String> lines, int k) {
        for (int p = k - 1; p >= 0; p--) {
            if (!lines.get(p).isBlank()) {
                return lines.get(p).strip();
            }
        }
        return "";
    }

    private static List<Blank> blanksOf(String line, int number, String previous) {
        List<Blank> blanks = new ArrayList<>();
        Matcher m = BLANK.matcher(line);
        while (m.find()) {
            if (m.start(2) == line.length() - line.stripLeading().length() && !previous.isEmpty()
                    && Character.isDigit(previous.charAt(previous.length() - 1))) {
                continue; // "…307.82" / "万元。…": the sentence wrapped after its figure, no blank
            }
            blanks.add(new Blank(number, m.start(), m.start(2), m.group(2).equals("年度")));
        }
        return blanks;
    }

    private static boolean fits(List<Blank> blanks, List<String> figures) {
        if (blanks.size() != figures.size()) {
            return false;
        }
        for (int i = 0; i < blanks.size(); i++) {
            String figure = figures.get(i);
            boolean year = YEAR.matcher(figure).matches();
            if (blanks.get(i).year() != year) {
                return false;
            }
            if (figure.endsWith("%") || figure.endsWith("％")) {
                return false; // a figure printed with its own % would double the blank's
            }
        }
        return true;
    }

    private static void fill(List<String> lines, List<Blank> blanks, List<String> figures) {
        // right to left within a line, so the earlier blanks' offsets stay valid
        for (int i = blanks.size() - 1; i >= 0; i--) {
            Blank b = blanks.get(i);
            String line = lines.get(b.line());
            String before = line.substring(0, b.start());
            String space = b.start() == 0 ? "" : " ";
            lines.set(b.line(), before + space + figures.get(i) + " " + line.substring(b.end()));
        }
    }
}
