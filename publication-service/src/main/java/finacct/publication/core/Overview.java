package finacct.publication.core;

import java.util.List;

/**
 * The district's year at a glance: every registered department with its status ({@code NOT_OPENED} before its
 * submission is opened), version, latest error / warning counts (null until validated) and latest public version;
 * a few totals; and the district aggregation over the departments chosen.
 */
public record Overview(int fiscalYear, List<DepartmentEntry> departments, DistrictTotals totals,
                       DistrictAggregation aggregation) {

    public record DepartmentEntry(String departmentCode, String departmentName, String status, long version,
                                  Integer errors, Integer warnings, Long validatedSequence, int publishedVersion) {
    }

    /** {@code incomeTotal} / {@code expenditureTotal}: 表1 本年收入合计 / 本年支出合计 of the departments handed in. */
    public record DistrictTotals(int registeredDepartments, int openedDepartments, int submittedDepartments,
                                 int errors, int warnings, String unit, String incomeTotal,
                                 String expenditureTotal) {
    }
}
