package finacct.submission.registry;

import finacct.kernel.registry.Department;
import finacct.kernel.registry.RegistryEntry;

import java.util.List;

/**
 * A department as the registry stores it: the department, its revision (1 when added, +1 per change), who changed it
 * last and when, and every change before (who, when, what).
 */
public record RegistryRecord(Department department, long revision, String changedAt, String changedBy,
                             List<Change> history) {

    public RegistryRecord {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** @param action {@code added}, {@code changed}, {@code retired}, {@code reinstated} or {@code seeded} */
    public record Change(long revision, String action, String at, String by) {
    }

    public String code() {
        return department.code();
    }

    public RegistryEntry entry() {
        return RegistryEntry.of(department, revision, changedAt, changedBy);
    }
}
