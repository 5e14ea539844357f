package finacct.publication.core;

import finacct.kernel.registry.Department;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the district overview of a year from the registry and the year's read models. */
public final class OverviewBuilder {

    public static final String NOT_OPENED = "NOT_OPENED";
    /** handed in to the bureau and not sent back */
    public static final Set<String> SUBMITTED = Set.of("SUBMITTED", "APPROVED", "PUBLISHED");
    private static final String UNIT = "万元";

    private OverviewBuilder() {
    }

    public static Overview build(int fiscalYear, List<Department> registered, List<ReadModel> models) {
        Map<String, ReadModel> byDepartment = new LinkedHashMap<>();
        models.stream()
                .filter(m -> m.fiscalYear() == fiscalYear && m.opened())
                .forEach(m -> byDepartment.put(m.departmentCode(), m));

        List<Overview.DepartmentEntry> entries = new ArrayList<>();
        for (Department department : registered) {
            ReadModel model = byDepartment.remove(department.code());
            entries.add(model == null
                    ? new Overview.DepartmentEntry(department.code(), department.name(), NOT_OPENED, 0, null, null, null)
                    : entry(model, department.name()));
        }
        // a department missing from the registry still shows, so no submission goes unseen
        byDepartment.values().forEach(m -> entries.add(entry(m, m.departmentName())));

        int opened = 0;
        int submitted = 0;
        int errors = 0;
        int warnings = 0;
        BigDecimal income = BigDecimal.ZERO.setScale(2);
        BigDecimal expenditure = BigDecimal.ZERO.setScale(2);
        for (ReadModel m : models) {
            if (m.fiscalYear() != fiscalYear || !m.opened()) {
                continue;
            }
            opened++;
            if (!SUBMITTED.contains(m.status())) {
                continue;
            }
            submitted++;
            if (m.validation() != null && m.validation().counts() != null) {
                errors += m.validation().counts().errors();
                warnings += m.validation().counts().warnings();
            }
            income = income.add(m.amount("T1", "27", "1").orElse(BigDecimal.ZERO));
            expenditure = expenditure.add(m.amount("T1", "57", "2").orElse(BigDecimal.ZERO));
        }
        return new Overview(fiscalYear, entries, new Overview.DistrictTotals(registered.size(), opened, submitted,
                errors, warnings, UNIT, income.toPlainString(), expenditure.toPlainString()));
    }

    private static Overview.DepartmentEntry entry(ReadModel m, String name) {
        ValidationSummary v = m.validation();
        boolean counted = v != null && v.counts() != null;
        return new Overview.DepartmentEntry(m.departmentCode(), name, m.status(), m.version(),
                counted ? v.counts().errors() : null, counted ? v.counts().warnings() : null,
                v == null ? null : v.basedOnSequence());
    }
}
