package finacct.publication.core;

import java.util.List;

/**
 * The district's year at a glance: every registered department with its status ({@code NOT_OPENED} before
 * its submission is opened) and its latest error / warning counts (null until validated), and the totals of
 * the departments that have handed in (submitted, approved or published).
 */
public record Overview(int fiscalYear, List<DepartmentEntry> departments, DistrictTotals totals) {

    public record DepartmentEntry(String departmentCode, String departmentName, String status, long version,
                                  Integer errors, Integer warnings, Long validatedSequence) {
    }

    /** {@code incomeTotal} / {@code expenditureTotal}: 表1 本年收入合计 (27行) / 本年支出合计 (57行). */
    public record DistrictTotals(int registeredDepartments, int openedDepartments, int submittedDepartments,
                                 int errors, int warnings, String unit, String incomeTotal,
                                 String expenditureTotal) {
    }
}
