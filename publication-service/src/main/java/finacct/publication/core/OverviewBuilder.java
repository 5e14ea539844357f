package finacct.publication.core;

import finacct.kernel.registry.Department;
import finacct.kernel.template.ReportTemplate;
import finacct.kernel.template.ReportTemplates;
import finacct.kernel.template.RowDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Builds the district overview of a year from the registered departments and the year's read models. */
public final class OverviewBuilder {

    public static final String NOT_OPENED = "NOT_OPENED";

    /** Whose figures the district aggregation sums. */
    public enum Over {
        /** every opened submission */
        ALL(Set.of("DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED")),
        /** handed in to the bureau and not sent back */
        SUBMITTED(Set.of("SUBMITTED", "APPROVED", "PUBLISHED")),
        /** approved by the bureau (and published) */
        APPROVED(Set.of("APPROVED", "PUBLISHED"));

        final Set<String> statuses;

        Over(Set<String> statuses) {
            this.statuses = statuses;
        }

        public static Optional<Over> parse(String text) {
            for (Over o : values()) {
                if (o.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private OverviewBuilder() {
    }

    public static Overview build(int fiscalYear, List<Department> registered, List<ReadModel> models, Over over) {
        // by code, not by storage order: the overview is the same whichever submission was stored first
        Map<String, ReadModel> byDepartment = new TreeMap<>();
        models.stream()
                .filter(m -> m.fiscalYear() == fiscalYear && m.opened())
                .forEach(m -> byDepartment.put(m.departmentCode(), m));
        List<ReadModel> opened = List.copyOf(byDepartment.values());

        List<Overview.DepartmentEntry> entries = new ArrayList<>();
        for (Department department : registered) {
            ReadModel model = byDepartment.remove(department.code());
            entries.add(model == null
                    ? new Overview.DepartmentEntry(department.code(), department.name(), NOT_OPENED, 0, null, null,
                    null, 0)
                    : entry(model, department.name()));
        }
        // a department missing from the registry still shows, so no submission goes unseen
        byDepartment.values().forEach(m -> entries.add(entry(m, m.departmentName())));

        ReportTemplate template = ReportTemplates.defaultOrNearestFor(fiscalYear)
                .orElseGet(() -> ReportTemplates.get(ReportTemplates.versions().get(0)));
        List<DistrictAggregation.Part> parts = new ArrayList<>();
        int submitted = 0;
        int errors = 0;
        int warnings = 0;
        BigDecimal income = BigDecimal.ZERO.setScale(template.decimals());
        BigDecimal expenditure = BigDecimal.ZERO.setScale(template.decimals());
        String incomeRow = firstSum(template, 0);
        String expenditureRow = firstSum(template, 1);
        for (ReadModel m : opened) {
            if (over.statuses.contains(m.status())) {
                parts.add(new DistrictAggregation.Part(m.departmentCode(), m.figures()));
            }
            if (!Over.SUBMITTED.statuses.contains(m.status())) {
                continue;
            }
            submitted++;
            if (m.validation() != null && m.validation().counts() != null) {
                errors += m.validation().counts().errors();
                warnings += m.validation().counts().warnings();
            }
            income = income.add(amount(m, incomeRow));
            expenditure = expenditure.add(amount(m, expenditureRow));
        }
        return new Overview(fiscalYear, entries, new Overview.DistrictTotals(registered.size(), opened.size(),
                submitted, errors, warnings, template.unit(), income.toPlainString(), expenditure.toPlainString()),
                DistrictAggregation.of(over.key(), fiscalYear, template, parts));
    }

    /** 表1's n-th summed row that no other row sums: 本年收入合计 (0), 本年支出合计 (1). */
    private static String firstSum(ReportTemplate template, int n) {
        List<RowDefinition> sums = template.table("T1").map(t -> t.rows().stream()
                .filter(r -> !r.sumOf().isEmpty() && r.sumOf().stream().noneMatch(k ->
                        t.row(k).map(x -> !x.sumOf().isEmpty()).orElse(false)))
                .toList()).orElse(List.of());
        return sums.size() > n ? sums.get(n).key() : null;
    }

    private static BigDecimal amount(ReadModel m, String row) {
        String v = row == null ? null : m.figures().table1().get(row);
        return v == null ? BigDecimal.ZERO : new BigDecimal(v);
    }

    private static Overview.DepartmentEntry entry(ReadModel m, String name) {
        ValidationSummary v = m.validation();
        boolean counted = v != null && v.counts() != null;
        return new Overview.DepartmentEntry(m.departmentCode(), name, m.status(), m.version(),
                counted ? v.counts().errors() : null, counted ? v.counts().warnings() : null,
                v == null ? null : v.basedOnSequence(), m.fold().publishedVersion());
    }
}
