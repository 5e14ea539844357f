package finacct.publication.config;

import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one place this service asks which departments are registered (the overview lists them all, documents
 * carry their names): read at each call, so a registry that changes while the service runs is seen at once.
 */
@Component
public class RegisteredDepartments {

    private final DepartmentRegistry registry;

    public RegisteredDepartments(DepartmentRegistry registry) {
        this.registry = registry;
    }

    public List<Department> all() {
        return registry.all();
    }

    /** Every current department, and a retired one in a year where it has a submission (its history stays). */
    public List<Department> listedFor(Collection<String> withSubmission) {
        return registry.withRetired().stream()
                .filter(d -> !d.retired() || withSubmission.contains(d.code())).toList();
    }

    public Optional<String> nameOf(String departmentCode) {
        return registry.byCode(departmentCode).map(Department::name);
    }
}
