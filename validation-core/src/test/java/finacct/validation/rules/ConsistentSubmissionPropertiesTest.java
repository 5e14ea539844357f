package finacct.validation.rules;

import finacct.kernel.events.CellRef;
import finacct.kernel.events.Figure;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.kernel.template.RowDefinition;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated consistent submissions: random 项 of 表3 (basic and project expenditure) with a random part of each
 * paid from the general public budget (表5), a random split of 表5's basic expenditure over 表6 items; every
 * total, every level of the hierarchy and every copy in 表1, 表2 and 表4 computed exactly. Such a submission has
 * no ERROR (nor WARNING); moving one detail cell by more than rounding can explain gives an ERROR naming it.
 */
class ConsistentSubmissionPropertiesTest {

    private static final ReportTemplate TEMPLATE = ReportTemplates.get("MOF-2020");
    private static final RuleSet RULES = RuleSets.forTemplate("MOF-2020").orElseThrow();
    private static final Classification FUNCTION = Classification.of("function", 2020);
    private static final Classification ECONOMIC = Classification.of("economic", 2020);
    /** 表1's expenditure line of each function class. */
    private static final Map<String, String> T1_LINE = linesByClass("T1");
    private static final Map<String, String> T4_LINE = linesByClass("T4");
    /** 表6 classes the template groups into 人员经费 / 公用经费. */
    private static final Set<String> PERSONNEL = Set.of("301", "303");
    private static final Set<String> PUBLIC = Set.of("302", "307", "310", "312", "399");
    /** Items 表7 also reports (三公): left out, so an empty 表7 stays consistent. */
    private static final Set<String> THREE_PUBLIC = Set.of("30212", "30217", "30231", "31013");

    /** One 项 of 表3: basic and project expenditure in cents, and the percentage of each paid by 表5's budget. */
    record Line(String code, long basic, long project, int basicFiscalPercent, int projectFiscalPercent) {
        long fiscalBasic() {
            return basic * basicFiscalPercent / 100;
        }

        long fiscalProject() {
            return project * projectFiscalPercent / 100;
        }
    }

    /** A generated submission: the lines of 表3/表5 and the 表6 items with their weights. */
    record Generated(List<Line> lines, List<String> items, List<Integer> weights) {
    }

    /** A submission as figures, and the cells a person types in (the rest are totals and copies). */
    record Built(List<Figure> figures, List<CellRef> details) {
    }

    @Provide
    Arbitrary<Generated> submissions() {
        List<String> items = FUNCTION.codes().stream()
                .filter(c -> c.length() == 7 && FUNCTION.knows(c.substring(0, 5)) && FUNCTION.knows(c.substring(0, 3))
                        && T1_LINE.containsKey(c.substring(0, 3)) && T4_LINE.containsKey(c.substring(0, 3)))
                .toList();
        Arbitrary<Line> line = Combinators.combine(
                Arbitraries.of(items),
                Arbitraries.longs().between(0, 5_000_000),
                Arbitraries.longs().between(0, 5_000_000),
                Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100)).as(Line::new);
        List<String> economic = ECONOMIC.codes().stream()
                .filter(c -> c.length() == 5 && !THREE_PUBLIC.contains(c)
                        && (PERSONNEL.contains(c.substring(0, 3)) || PUBLIC.contains(c.substring(0, 3))))
                .toList();
        return Combinators.combine(
                line.list().ofMinSize(1).ofMaxSize(10).uniqueElements(Line::code),
                Arbitraries.of(economic).list().ofMinSize(1).ofMaxSize(8).uniqueElements(),
                Arbitraries.integers().between(1, 100).list().ofSize(8)).as(Generated::new);
    }

    @Property(tries = 300)
    void aConsistentSubmissionHasNoError(@ForAll("submissions") Generated generated) {
        List<Finding> findings = RULES.check(facts(build(generated).figures()));
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @Property(tries = 300)
    void movingOneDetailCellBeyondRoundingGivesAnErrorNamingIt(@ForAll("submissions") Generated generated,
                                                              @ForAll("anyIndex") int which,
                                                              @ForAll("moves") long moveCents) {
        Built built = build(generated);
        CellRef moved = built.details().get(which % built.details().size());
        List<Figure> figures = new ArrayList<>();
        for (Figure f : built.figures()) {
            if (f.cell().equals(moved)) {
                BigDecimal value = new BigDecimal(f.value()).add(BigDecimal.valueOf(moveCents, 2));
                figures.add(new Figure(f.table(), f.row(), f.column(), value.toPlainString(), f.name()));
            } else {
                figures.add(f);
            }
        }
        List<Finding> findings = RULES.check(facts(figures));
        assertThat(findings).as("moved %s by %s", moved, BigDecimal.valueOf(moveCents, 2))
                .anySatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.cells()).anySatisfy(c -> assertThat(new CellRef(c.table(), c.row(), c.column()))
                            .isEqualTo(moved));
                });
    }

    @Provide
    Arbitrary<Integer> anyIndex() {
        return Arbitraries.integers().between(0, 10_000);
    }

    /** At least 0.20 either way: more than any rule of these tables lets rounding explain. */
    @Provide
    Arbitrary<Long> moves() {
        return Arbitraries.longs().between(20, 1_000_000).flatMap(c -> Arbitraries.of(c, -c));
    }

    private static Facts facts(List<Figure> figures) {
        return new Facts(TEMPLATE, 2020, figures, List.of(), List.of(), List.of());
    }

    private static Built build(Generated g) {
        Map<String, long[]> t3 = new TreeMap<>();   // code or total -> {1, 2, 3}
        Map<String, long[]> t5 = new TreeMap<>();
        for (Line line : g.lines()) {
            for (String key : keys(line.code())) {
                add(t3, key, line.basic(), line.project());
                add(t5, key, line.fiscalBasic(), line.fiscalProject());
            }
        }
        List<Figure> figures = new ArrayList<>();
        List<CellRef> details = new ArrayList<>();
        t3.forEach((code, v) -> {
            for (int c = 0; c < 3; c++) {
                figures.add(figure("T3", code, c + 1, v[c]));
                figures.add(figure("T5", code, c + 1, t5.get(code)[c]));
                if (code.length() == 7) {
                    details.add(new CellRef("T3", code, String.valueOf(c + 1)));
                    details.add(new CellRef("T5", code, String.valueOf(c + 1)));
                }
            }
            // 表2: the fiscal part of each subject is 财政拨款收入, the rest 事业收入
            figures.add(figure("T2", code, 1, v[0]));
            figures.add(figure("T2", code, 2, t5.get(code)[0]));
            figures.add(figure("T2", code, 4, v[0] - t5.get(code)[0]));
        });
        long total = t3.get("total")[0];
        long fiscal = t5.get("total")[0];
        figures.add(line("T1", "1", "1", fiscal));
        figures.add(line("T1", "5", "1", total - fiscal));
        for (String line : List.of("27", "30")) {
            figures.add(line("T1", line, "1", total));
        }
        for (String line : List.of("57", "60")) {
            figures.add(line("T1", line, "2", total));
        }
        for (String line : List.of("1", "27", "32")) {
            figures.add(line("T4", line, "1", fiscal));
        }
        for (String line : List.of("59", "64")) {
            figures.add(line("T4", line, "2", fiscal));
            figures.add(line("T4", line, "3", fiscal));
        }
        t3.forEach((code, v) -> {
            if (code.length() == 3) {
                figures.add(line("T1", T1_LINE.get(code), "2", v[0]));
                figures.add(line("T4", T4_LINE.get(code), "2", t5.get(code)[0]));
                figures.add(line("T4", T4_LINE.get(code), "3", t5.get(code)[0]));
            }
        });
        table6(g, t5.get("total")[1], figures, details);
        return new Built(figures, details);
    }

    /** 表5's basic expenditure split over the items by weight, the classes and 人员/公用经费 summed exactly. */
    private static void table6(Generated g, long basic, List<Figure> figures, List<CellRef> details) {
        int weights = 0;
        for (int i = 0; i < g.items().size(); i++) {
            weights += g.weights().get(i);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        long left = basic;
        for (int i = 0; i < g.items().size(); i++) {
            String item = g.items().get(i);
            long cents = i == g.items().size() - 1 ? left : basic * g.weights().get(i) / weights;
            left -= cents;
            rows.merge(item, cents, Long::sum);
            rows.merge(item.substring(0, 3), cents, Long::sum);
            rows.merge(PERSONNEL.contains(item.substring(0, 3)) ? "personnel_total" : "public_total", cents, Long::sum);
            details.add(new CellRef("T6", item, "1"));
        }
        rows.putIfAbsent("personnel_total", 0L);
        rows.putIfAbsent("public_total", 0L);
        rows.forEach((row, cents) -> figures.add(new Figure("T6", row, "1", money(cents),
                ECONOMIC.officialName(row).orElse(null))));
    }

    private static List<String> keys(String code) {
        return List.of("total", code.substring(0, 3), code.substring(0, 5), code);
    }

    private static void add(Map<String, long[]> table, String key, long basic, long project) {
        long[] v = table.computeIfAbsent(key, k -> new long[3]);
        v[0] += basic + project;
        v[1] += basic;
        v[2] += project;
    }

    private static Figure figure(String table, String code, int column, long cents) {
        return new Figure(table, code, String.valueOf(column), money(cents), FUNCTION.officialName(code).orElse(null));
    }

    private static Figure line(String table, String line, String column, long cents) {
        return new Figure(table, line, column, money(cents), null);
    }

    private static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static Map<String, String> linesByClass(String table) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (RowDefinition row : TEMPLATE.table(table).orElseThrow().rows()) {
            if (row.functionClass() != null) {
                lines.put(row.functionClass(), row.key());
            }
        }
        return lines;
    }
}
