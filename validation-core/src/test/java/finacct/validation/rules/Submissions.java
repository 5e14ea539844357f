package finacct.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import finacct.kernel.events.Figure;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.kernel.template.ReportTemplates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small submissions built in a test: cells written {@code "T3/201/1=10.00"} (a subject name may follow after a
 * space: {@code "T3/201/1=10.00 一般公共服务支出"}), and rules written as the YAML of a rule file entry.
 */
public final class Submissions {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Submissions() {
    }

    public static Facts facts(String... cells) {
        return facts(2020, cells);
    }

    public static Facts facts(int year, String... cells) {
        return facts(year, Arrays.asList(cells));
    }

    public static Facts facts(int year, List<String> cells) {
        List<Figure> figures = new ArrayList<>();
        for (String c : cells) {
            String[] addressAndRest = c.split("=", 2);
            String[] ref = addressAndRest[0].split("/");
            String[] valueAndName = addressAndRest[1].split(" ", 2);
            figures.add(new Figure(ref[0], ref[1], ref[2], valueAndName[0], valueAndName.length > 1 ? valueAndName[1] : null));
        }
        return new Facts(ReportTemplates.get("MOF-2020"), year, figures, List.of(), List.of(), List.of());
    }

    public static Rule rule(String yaml) {
        try {
            JsonNode entry = YAML.readTree(yaml);
            return RuleSets.create(entry, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule checked as the engine checks it: in a rule set, which reports what it could not check. */
    public static List<Finding> check(String yaml, Facts facts) {
        return new RuleSet("test", List.of(rule(yaml))).check(facts);
    }

    public static List<Finding> serious(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    /** n cells of 1.00 at the given addresses, "T1/{i}/1" with i from 1. */
    public static List<String> ones(String pattern, int from, int n) {
        List<String> cells = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            cells.add(pattern.replace("{i}", String.valueOf(i)) + "=1.00");
        }
        return cells;
    }
}
