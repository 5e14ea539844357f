package finacct.importer.evaluation;

import finacct.importer.Unplaced;
import finacct.importer.narrative.NarrativeVocabulary;
import finacct.importer.narrative.ProseText;
import finacct.kernel.events.Indicator;
import finacct.kernel.events.PerformanceEvaluationReported;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the self-evaluation tables (部门整体绩效自评表, 项目自评表) of a document: the name, the budget row
 * (预算数, 执行数, 执行率, 得分, with the weight its header prints, "(20 分)"), every indicator (levels, name,
 * target, actual, score) and the 总分. A PDF's text extraction shifts cells left or right from row to row, so
 * an indicator row is read from its right end: [score], actual, target, name, then its levels; a trailing plain
 * number is a score when the table has a 得分 column or the number stands right of the 实际完成值 column.
 */
public final class EvaluationTableReader {

    /** A figure of a table's header that the event has no field for (基本支出总额 …), read as a claim instead. */
    public record HeaderFigure(int line, String subject, String value, String text) {
    }

    /** One table: its lines (first and last, 1-based), what it says, and what could not be read. */
    public record Block(int firstLine, int lastLine, PerformanceEvaluationReported evaluation, List<HeaderFigure> figures,
                 List<Unplaced> unplaced) {
        public boolean contains(int line) {
            return line >= firstLine && line <= lastLine;
        }
    }

    private static final Pattern TITLE = Pattern.compile("^(附件\\d*[：]?)?(?<title>.*自评表)$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?(%|分)?$");
    private static final Pattern PLAIN = Pattern.compile("^\\d+(\\.\\d+)?$");
    private static final Pattern WEIGHT = Pattern.compile("（(\\d+(\\.\\d+)?)分");
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分|附件).*");
    private static final Pattern SUMMARY = Pattern.compile("^\\d+[.、].*绩效自评(综述|结果|情况).*");
    private static final Pattern REMARK = Pattern.compile("^([-•·]|\\d+[.、]|（\\d+）).*");

    private final NarrativeVocabulary vocabulary;

    public EvaluationTableReader(NarrativeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public List<Block> read(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            if (raw.contains("\t") || !isTitle(raw) || !tableFollows(lines, n)) {
                continue;
            }
            int end = endOf(lines, n);
            blocks.add(parse(lines, n, end, blocks.size() + 1));
            n = end - 1;
        }
        return blocks;
    }

    private static boolean isTitle(String raw) {
        String c = ProseText.fold(raw);
        return c.length() <= 60 && TITLE.matcher(c).matches();
    }

    private static boolean tableFollows(List<String> lines, int title) {
        for (int n = title + 1; n < Math.min(lines.size(), title + 10); n++) {
            if (lines.get(n).contains("\t")) {
                return true;
            }
        }
        return false;
    }

    /** Index after the table's last line: its rows, the lines around them, and the 备注 printed under it. */
    private static int endOf(List<String> lines, int title) {
        boolean totalSeen = false;
        boolean remarks = false;
        for (int n = title + 1; n < lines.size(); n++) {
            String raw = lines.get(n);
            if (raw.isBlank()) {
                continue;
            }
            if (raw.contains("\t")) {
                if (ProseText.fold(raw.split("\t", -1)[0]).startsWith("总分")) {
                    totalSeen = true;
                }
                continue;
            }
            String c = ProseText.fold(raw);
            if (isTitle(raw) || HEADING.matcher(c).matches() || SUMMARY.matcher(c).matches()) {
                return n;
            }
            if (c.startsWith("备注")) {
                remarks = true;
                continue;
            }
            if (totalSeen && !(remarks && REMARK.matcher(c).matches())) {
                return n;
            }
        }
        return lines.size();
    }

    private Block parse(List<String> lines, int title, int end, int index) {
        String titleText = ProseText.fold(lines.get(title));
        Matcher tm = TITLE.matcher(titleText);
        String bareTitle = tm.matches() ? tm.group("title") : titleText;
        String scope = vocabulary.isDepartmentEvaluationTitle(bareTitle) ? "department" : "project";
        String name = null;
        String budget = null;
        String executed = null;
        String rate = null;
        String weight = null;
        String score = null;
        String total = null;
        int[] budgetColumns = null;
        boolean indicatorsOpen = false;
        boolean hasScoreColumn = false;
        int actualColumn = Integer.MAX_VALUE;
        List<IndicatorRow> rows = new ArrayList<>();
        List<HeaderFigure> figures = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (int n = title + 1; n < end; n++) {
            String raw = lines.get(n);
            if (!raw.contains("\t") || total != null) {
                continue;
            }
            String[] cells = raw.split("\t", -1);
            for (int k = 0; k < cells.length; k++) {
                cells[k] = ProseText.fold(cells[k]);
            }
            List<Integer> filled = new ArrayList<>();
            for (int k = 0; k < cells.length; k++) {
                if (!cells[k].isEmpty()) {
                    filled.add(k);
                }
            }
            if (filled.isEmpty()) {
                continue;
            }
            String first = cells[filled.get(0)];
            if (first.startsWith("总分")) {
                total = firstNumber(cells, filled, 1);
                continue;
            }
            if ((first.equals("项目名称") || first.equals("单位名称")) && filled.size() > 1) {
                if (name == null || first.equals("项目名称")) {
                    name = cells[filled.get(1)];
                }
                continue;
            }
            if (indexContaining(cells, "预算数") >= 0 && indexContaining(cells, "执行数") >= 0) {
                budgetColumns = new int[] {indexContaining(cells, "预算数"), indexContaining(cells, "执行数"),
                        indexContaining(cells, "执行率"), indexContaining(cells, "得分")};
                weight = weightOf(cells);
                continue;
            }
            if (indexContaining(cells, "一级指标") >= 0 && indexContaining(cells, "三级指标") >= 0) {
                indicatorsOpen = true;
                hasScoreColumn = indexContaining(cells, "得分") >= 0;
                int actual = indexContaining(cells, "实际完成");
                actualColumn = actual < 0 ? Integer.MAX_VALUE : actual;
                continue;
            }
            if (budgetColumns != null && budget == null && countNumbers(cells, filled) >= 2) {
                String[] v = budgetRow(cells, filled, budgetColumns);
                budget = v[0];
                executed = v[1];
                rate = v[2];
                score = v[3];
                continue;
            }
            if (!indicatorsOpen) {
                List<HeaderFigure> found = headerFigures(cells, filled, n + 1, raw);
                if (!found.isEmpty()) {
                    figures.addAll(found);
                } else if (countNumbers(cells, filled) > 0) {
                    unplaced.add(new Unplaced(n + 1, raw, "自评表表头中的数字未能读入：" + String.join(" ", texts(cells, filled))));
                }
                continue;
            }
            if (filled.size() >= 3) { // fewer: a goal heading (年度绩效目标1：（20分）), a broken label, a "……" row
                rows.add(new IndicatorRow(cells, filled, hasScoreColumn, actualColumn));
            }
        }
        List<Indicator> indicators = indicators(rows);
        if (name == null) {
            name = bareTitle.replaceFirst("^.*?\\d{4}年度?", "").replaceFirst("(项目)?(绩效)?自评表$", "");
        }
        PerformanceEvaluationReported evaluation = new PerformanceEvaluationReported(null, "evaluation-" + index,
                scope, name, budget, executed, rate, weight, score, indicators, total);
        return new Block(title + 1, end, evaluation, figures, unplaced);
    }

    private record IndicatorRow(String[] cells, List<Integer> filled, boolean scoreColumn, int actualColumn) {
        boolean endsRightOfActual() {
            int last = filled.get(filled.size() - 1);
            return last > actualColumn && PLAIN.matcher(cells[last]).matches();
        }
    }

    /**
     * The indicators, read from each row's right end. A table scores its indicators when its header has a 得分
     * column or some row prints a number right of the 实际完成值 column; in such a table a trailing plain number
     * of a row of four or more cells is that row's score, wherever the extraction shifted it.
     */
    private List<Indicator> indicators(List<IndicatorRow> rows) {
        boolean scored = rows.stream().anyMatch(r -> r.scoreColumn() || r.endsRightOfActual());
        List<Indicator> out = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        for (IndicatorRow row : rows) {
            String[] cells = row.cells();
            List<Integer> rest = new ArrayList<>(row.filled());
            String score = null;
            int last = rest.get(rest.size() - 1);
            if (scored && rest.size() >= 4 && PLAIN.matcher(cells[last]).matches()) {
                score = cells[last];
                rest.remove(rest.size() - 1);
            }
            String actual = cells[rest.remove(rest.size() - 1)];
            String target = cells[rest.remove(rest.size() - 1)];
            String name = cells[rest.remove(rest.size() - 1)];
            for (int k : rest) {
                if (vocabulary.isLevel1(cells[k])) {
                    level1 = cells[k];
                    level2 = null;
                } else {
                    level2 = cells[k];
                }
            }
            out.add(new Indicator(level1, level2, name, target, actual, null, score));
        }
        return out;
    }

    private List<HeaderFigure> headerFigures(String[] cells, List<Integer> filled, int line, String raw) {
        List<HeaderFigure> out = new ArrayList<>();
        for (int i = 0; i + 1 < filled.size(); i++) {
            String label = cells[filled.get(i)];
            String value = cells[filled.get(i + 1)];
            var concept = vocabulary.headerFigureConcept(label);
            if (concept.isPresent() && PLAIN.matcher(value).matches()) {
                out.add(new HeaderFigure(line, concept.get(), value, label + " " + value));
            }
        }
        return out;
    }

    /** 预算数, 执行数, 执行率 (without its %), 得分: by the header's columns where they hold numbers, else in order. */
    private static String[] budgetRow(String[] cells, List<Integer> filled, int[] columns) {
        String[] v = new String[4];
        boolean byColumn = true;
        for (int i = 0; i < 4; i++) {
            int col = columns[i];
            if (col >= 0 && col < cells.length && NUMBER.matcher(cells[col]).matches()) {
                v[i] = cells[col];
            } else if (col >= 0) {
                byColumn = false;
            }
        }
        if (!byColumn) {
            List<String> numbers = new ArrayList<>();
            filled.stream().map(k -> cells[k]).filter(c -> NUMBER.matcher(c).matches()).forEach(numbers::add);
            for (int i = 0; i < 4; i++) {
                v[i] = i < numbers.size() ? numbers.get(i) : null;
            }
        }
        for (int i = 0; i < 4; i++) {
            if (v[i] != null) {
                v[i] = ProseText.number(v[i].replace("%", "").replace("分", ""));
            }
        }
        return v;
    }

    private static String weightOf(String[] cells) {
        for (String c : cells) {
            Matcher m = WEIGHT.matcher(c);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static int indexContaining(String[] cells, String word) {
        for (int k = 0; k < cells.length; k++) {
            if (cells[k].contains(word)) {
                return k;
            }
        }
        return -1;
    }

    private static int countNumbers(String[] cells, List<Integer> filled) {
        return (int) filled.stream().filter(k -> NUMBER.matcher(cells[k]).matches()).count();
    }

    private static String firstNumber(String[] cells, List<Integer> filled, int from) {
        for (int i = from; i < filled.size(); i++) {
            String c = cells[filled.get(i)];
            Matcher m = Pattern.compile("^(\\d+(\\.\\d+)?)分?$").matcher(c);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static List<String> texts(String[] cells, List<Integer> filled) {
        return filled.stream().map(k -> cells[k]).toList();
    }
}
