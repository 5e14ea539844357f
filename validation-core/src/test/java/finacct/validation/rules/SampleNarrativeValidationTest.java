package finacct.validation.rules;

import finacct.importer.ImportedDocument;
import finacct.kernel.results.Finding;
import finacct.kernel.results.Severity;
import finacct.kernel.template.ReportTemplates;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: the real documents imported (narrative and self-evaluations included) and validated with their
 * rule set. The oracle is the text: the test finds each inconsistency with its own regexes and arithmetic, and
 * expects the narrative and self-evaluation rules to report exactly those as ERROR, and no rounding difference
 * as ERROR or WARNING.
 */
class SampleNarrativeValidationTest {

    private static final MathContext MC = new MathContext(20);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static List<Finding> validate(ImportedDocument doc) {
        Facts facts = new Facts(ReportTemplates.get(doc.templateVersion()), doc.fiscalYear(), doc.figures(),
                doc.narrativeSections(), doc.claims(), doc.evaluations());
        return RuleSets.forTemplate(doc.templateVersion()).orElseThrow().check(facts).stream()
                .filter(f -> f.ruleId().startsWith("N.") || f.ruleId().startsWith("E.")).toList();
    }

    private static List<Finding> of(List<Finding> findings, Severity severity, String ruleId) {
        return findings.stream().filter(f -> f.severity() == severity && f.ruleId().equals(ruleId)).toList();
    }

    /** The narrative's prose joined: lines without tabs after the last "第三部分", white space dropped. */
    private static String prose(String text) {
        List<String> lines = text.lines().toList();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("第三部分")) {
                start = i;
            }
        }
        StringBuilder s = new StringBuilder();
        for (int i = start; i < lines.size() && !lines.get(i).strip().startsWith("第四部分"); i++) {
            if (!lines.get(i).contains("\t")) {
                s.append(lines.get(i));
            }
        }
        return s.toString().replaceAll("\\s+", "").replace(',', '，').replace(':', '：').replace(';', '；')
                .replace('(', '（').replace(')', '）');
    }

    private static Matcher find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m;
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s.replace("%", "").replace(",", ""));
    }

    /** True when a printed percentage is not executed / budget × 100 even allowing for every figure's rounding. */
    private static boolean rateOff(String executed, String budget, String rate) {
        BigDecimal exact = d(executed).divide(d(budget), MC).multiply(HUNDRED);
        BigDecimal allowance = halfUnit(rate).add(halfUnit(executed).add(halfUnit(budget)).divide(d(budget), MC).multiply(HUNDRED).multiply(BigDecimal.valueOf(2)));
        return exact.subtract(d(rate)).abs().compareTo(allowance) > 0;
    }

    private static BigDecimal halfUnit(String printed) {
        int scale = Math.max(d(printed).scale(), 0);
        return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    }

    @Test
    void everyRealInconsistencyOfTheSamplesNarrativeAndSelfEvaluationsIsAnErrorAndNoRoundingIs() throws IOException {
        String text = RealDocuments.sampleText();
        String prose = prose(text);
        List<Finding> findings = validate(RealDocuments.imported(text));
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        List<Finding> expected = new ArrayList<>();

        // 1. 政府采购支出总额 vs 货物 + 工程 + 服务
        Matcher p = find(prose, "政府采购支出总额([\\d.]+)万元，其中：政府采购货物支出([\\d.]+)万元、政府采购工程支出([\\d.]+)万元、政府采购服务支出([\\d.]+)万元");
        assertThat(d(p.group(2)).add(d(p.group(3))).add(d(p.group(4)))).isNotEqualByComparingTo(d(p.group(1)));
        expected.addAll(expectOne(errors, "N.procurement-parts", p.group(1), p.group(2), p.group(4)));

        // 2./3. the shares of 中小企业 and 小微企业 of that total
        Matcher sme = find(prose, "授予中小企业合同金额([\\d.]+)万元，占政府采购支出总额的([\\d.]+)%");
        Matcher micro = find(prose, "授予小微企业合同金额([\\d.]+)万元，占政府采购支出总额的([\\d.]+)%");
        assertThat(rateOff(sme.group(1), p.group(1), sme.group(2))).isTrue();
        assertThat(rateOff(micro.group(1), p.group(1), micro.group(2))).isTrue();
        List<Finding> shares = of(findings, Severity.ERROR, "N.share");
        assertThat(shares).hasSize(2);
        assertThat(shares).anySatisfy(f -> assertThat(f.message()).contains(sme.group(1)).contains(sme.group(2) + "%"));
        assertThat(shares).anySatisfy(f -> assertThat(f.message()).contains(micro.group(1)).contains(micro.group(2) + "%"));
        expected.addAll(shares);

        // 4. 公务用车运行费 vs its itemised parts
        Matcher run = find(prose, "（2）公务用车运行费([\\d.]+)万元");
        Matcher items = find(prose, "燃料费([\\d.]+)万元；维修费([\\d.]+)万元；过桥过路费([\\d.]+)万元；保险费([\\d.]+)万元；安全奖励费用([\\d.]+)万元");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= 5; i++) {
            sum = sum.add(d(items.group(i)));
        }
        assertThat(d(run.group(1)).subtract(sum).abs()).isGreaterThan(new BigDecimal("0.03"));
        expected.addAll(expectOne(errors, "N.vehicle-operation-items", run.group(1), sum.toPlainString()));

        // 5. the narrative's self-evaluation summaries: a rate that is not executed / budget
        Matcher summary = Pattern.compile("\\d\\.([^。：]+?)项目绩效自评综述：项目全年预算数为([\\d.]+)万元，执行数为([\\d.]+)万元，完成预算的([\\d.]+)%")
                .matcher(prose);
        List<String[]> summaries = new ArrayList<>();
        while (summary.find()) {
            summaries.add(new String[] {summary.group(1), summary.group(2), summary.group(3), summary.group(4)});
        }
        assertThat(summaries).hasSize(5);
        List<String[]> wrongRates = summaries.stream().filter(s -> rateOff(s[2], s[1], s[3])).toList();
        assertThat(wrongRates).hasSize(1);
        expected.addAll(expectOne(errors, "N.execution-rate", wrongRates.get(0)[3] + "%", wrongRates.get(0)[2], wrongRates.get(0)[1]));

        // 6. the self-evaluation tables: rate and score against executed / budget
        List<String[]> rows = text.lines().filter(l -> l.contains("\t") && (l.contains("部门整体支出总额") || l.contains("年度财政资金总额")))
                .map(l -> l.strip().split("\t+")).toList();
        assertThat(rows).hasSize(6);
        for (String[] row : rows) {
            boolean rateWrong = rateOff(row[2], row[1], row[3]);
            BigDecimal score = d(row[2]).divide(d(row[1]), MC).min(BigDecimal.ONE).multiply(BigDecimal.valueOf(20));
            boolean scoreWrong = score.subtract(d(row[4])).abs().compareTo(halfUnit(row[4]).add(new BigDecimal("0.01"))) > 0;
            if (rateWrong) {
                expected.addAll(expectOne(errors, "E.rate", row[3], row[2], row[1]));
            }
            if (scoreWrong) {
                expected.addAll(expectOne(errors, "E.score", "执行得分 " + row[4] + " ", row[2], row[1]));
            }
        }
        assertThat(of(errors, Severity.ERROR, "E.rate")).hasSize(1);
        assertThat(of(errors, Severity.ERROR, "E.score")).hasSize(1);

        // 7. a project's executed amount or rate given differently in the summary and in its table
        List<Finding> agreement = of(findings, Severity.ERROR, "E.project-agreement");
        int disagreements = 0;
        for (String[] s : summaries) {
            // the table of the same project: same budget, and the same executed amount or a rate that fits its own
            String[] row = rows.stream().filter(r -> d(r[1]).compareTo(d(s[1])) == 0
                    && (d(r[2]).compareTo(d(s[2])) == 0 || !rateOff(r[2], r[1], r[3]))).findFirst().orElseThrow();
            if (d(row[2]).compareTo(d(s[2])) != 0) {
                disagreements++;
                assertThat(agreement).anySatisfy(f -> assertThat(f.message()).contains(s[2] + "万元").contains(row[2] + "万元"));
            }
            if (d(row[3]).subtract(d(s[3])).abs().compareTo(halfUnit(row[3]).add(halfUnit(s[3]))) > 0) {
                disagreements++;
                assertThat(agreement).anySatisfy(f -> assertThat(f.message()).contains(s[3] + "%").contains(row[3]));
            }
        }
        assertThat(agreement).hasSize(disagreements).isNotEmpty();
        expected.addAll(agreement);

        // 8. a total score that its printed indicator scores do not make
        List<Finding> totals = of(findings, Severity.ERROR, "E.total");
        assertThat(totals).singleElement().satisfies(f -> assertThat(f.message()).contains("未填得分"));
        expected.addAll(totals);

        // 9. the department's adjusted budget: one figure in 五（三）, another in 十三（二）
        Matcher adjusted = find(prose, "一般公共预算财政拨款支出年初预算为([\\d.]+)万元，调整预算数为([\\d.]+)万元");
        Matcher evaluated = find(prose, "整体支出绩效自评，年初预算资金([\\d.]+)万元，追加调整后预算([\\d.]+)万元");
        assertThat(d(adjusted.group(2))).isNotEqualByComparingTo(d(evaluated.group(2)));
        expected.addAll(expectOne(errors, "N.restated", adjusted.group(2), evaluated.group(2)));

        assertThat(errors).as("every ERROR is one of the inconsistencies above").containsExactlyInAnyOrderElementsOf(expected);

        // the warnings: a % left off, a placeholder left in a table, two tables printed without indicator scores
        List<Finding> warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
        Matcher bare = find(prose, "增长(\\d+\\.\\d+)。");
        assertThat(of(warnings, Severity.WARNING, "N.percent-sign")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(bare.group(1)));
        assertThat(of(warnings, Severity.WARNING, "N.template-leftovers")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("XX"));
        assertThat(of(warnings, Severity.WARNING, "E.total")).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).contains("均未填得分"));
        // the 概况 says there are no retirees, while 表6 pays a 退休费 (30302)
        assertThat(text).contains("无离退休人员");
        Matcher pension = find(text, "\n30302\t退休费\t([\\d.]+)\t");
        assertThat(d(pension.group(1)).signum()).isPositive();
        assertThat(of(warnings, Severity.WARNING, "N.none-stated")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("无离退休人员").contains("退休费） " + pension.group(1)));
        assertThat(warnings).hasSize(5);

        // no rounding difference is an ERROR or a WARNING; 基本支出 vs 人员经费 + 公用经费 is one, and INFO
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO)
                .noneSatisfy(f -> assertThat(f.message()).contains("四舍五入"));
        Matcher basic = find(prose, "基本支出([\\d.]+)万元，其中，人员经费([\\d.]+)万元");
        assertThat(of(findings, Severity.INFO, "N.basic-personnel-public")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(basic.group(1)).contains(basic.group(2)));
    }

    @Test
    void theShanghaiNarrativeHasNoErrorAndItsRoundingIsNotAWarning() throws IOException {
        var shanghai = RealDocuments.shared("putuo-shehuigongzuobu-2024.txt");
        Assumptions.assumeTrue(shanghai.isPresent(), "../shared/data is absent");
        List<Finding> findings = validate(RealDocuments.imported(shanghai.get()));
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        // the shares of 五（二） total exactly 100% and one was rounded to make them do so: INFO
        String prose = prose(shanghai.get());
        Matcher shares = Pattern.compile("占([\\d.]+)%").matcher(prose.substring(prose.indexOf("主要用于以下方面")));
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < 4 && shares.find(); i++) {
            total = total.add(d(shares.group(1)));
        }
        assertThat(total).isEqualByComparingTo(HUNDRED);
        assertThat(of(findings, Severity.INFO, "N.share")).anySatisfy(f -> assertThat(f.message()).contains("尾差调整"));
        // warnings: 完成“年初”预算 of a 年初预算 of 0; 中小企业 awards above the total; the template's instruction
        Matcher initial = find(prose, "年初预算为([\\d.]+)万元，全年预算为([\\d.]+)万元");
        assertThat(d(initial.group(1)).signum()).isZero();
        assertThat(of(findings, Severity.WARNING, "N.execution-rate")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(initial.group(2)));
        assertThat(of(findings, Severity.WARNING, "N.sme-awards-within-total")).hasSize(1);
        assertThat(of(findings, Severity.WARNING, "N.template-leftovers")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("仍保留该表格式"));
        assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING).hasSize(3);
    }

    /** The one ERROR of a rule whose message holds all the given figures. */
    private static List<Finding> expectOne(List<Finding> errors, String ruleId, String... figures) {
        List<Finding> matching = errors.stream().filter(f -> f.ruleId().equals(ruleId))
                .filter(f -> {
                    for (String figure : figures) {
                        if (!f.message().contains(figure)) {
                            return false;
                        }
                    }
                    return true;
                }).toList();
        assertThat(matching).as(ruleId + " with " + String.join(", ", figures)).hasSize(1);
        return matching;
    }
}
