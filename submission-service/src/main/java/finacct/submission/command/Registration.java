package finacct.submission.command;

import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.submission.api.SubmissionConflictException;

import java.util.Optional;

/** Whether a department may open a year: registered, and not retired (a retired one keeps only its past years). */
final class Registration {

    private Registration() {
    }

    static void checkMayOpen(DepartmentRegistry registry, String departmentCode, int fiscalYear, Violations v) {
        Optional<Department> department = Checks.blank(departmentCode) ? Optional.empty()
                : registry.byCode(departmentCode);
        if (department.isEmpty()) {
            v.add("departmentCode", "部门名录中没有编码为“" + departmentCode + "”的部门");
        } else if (department.get().retired()) {
            throw new SubmissionConflictException("部门“" + department.get().name() + "”（" + departmentCode
                    + "）已从部门名录撤销，不能开立 " + fiscalYear + " 年度的决算；已有年度的申报仍可查阅");
        }
    }
}
