package finacct.importer.text;

import finacct.kernel.template.DetectionSign;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Picks the template a document was printed with: among the templates shipped for its year (the nearest
 * earlier year when none is), the one whose detection signs (data in the template files: "T1 has 行次",
 * "T7 has 预算数决算数预算数决算数", "T9's title is …") the document's tables satisfy best; the year's default
 * wins a tie. Without a year, the oldest shipped version.
 */
final class LayoutDetector {

    private static final int OLDEST_YEAR = 2000;

    ReportTemplate choose(Integer year, List<TableSection> sections) {
        List<ReportTemplate> candidates = candidates(year);
        if (candidates.isEmpty()) {
            return ReportTemplates.get(ReportTemplates.versions().get(0));
        }
        Map<String, TableSection> byTable = sections.stream()
                .collect(Collectors.toMap(TableSection::table, s -> s, (a, b) -> a));
        ReportTemplate best = candidates.get(0);
        int bestScore = score(best, byTable);
        for (ReportTemplate t : candidates.subList(1, candidates.size())) {
            int score = score(t, byTable);
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    private static List<ReportTemplate> candidates(Integer year) {
        if (year == null) {
            return List.of();
        }
        for (int y = year; y >= OLDEST_YEAR; y--) {
            List<ReportTemplate> found = ReportTemplates.candidatesFor(y);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    static int score(ReportTemplate template, Map<String, TableSection> byTable) {
        int score = 0;
        for (DetectionSign sign : template.detection()) {
            TableSection section = byTable.get(sign.table());
            if (section != null && holds(sign, section)) {
                score += sign.weightOrOne();
            }
        }
        return score;
    }

    private static boolean holds(DetectionSign sign, TableSection section) {
        if (sign.title() != null && !titleIs(section, sign.title())) {
            return false;
        }
        if (sign.has() != null && !anyLineHas(section, sign.has())) {
            return false;
        }
        return sign.lacks() == null || !anyLineHas(section, sign.lacks());
    }

    private static boolean titleIs(TableSection section, String title) {
        return TableTitles.bare(section.title()).equals(TableTitles.bare(title));
    }

    private static boolean anyLineHas(TableSection section, String text) {
        String wanted = TextNormalizer.compact(text);
        return section.lines().stream().map(l -> TextNormalizer.compact(l.text())).anyMatch(c -> c.contains(wanted));
    }
}
