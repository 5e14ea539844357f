package finacct.kernel.registry;

import java.util.List;

/**
 * One department as the registry topic carries it (key = code): the department, whether it is retired, the
 * entry's revision (1, 2, … per change: a consumer keeps the highest) and who changed it when (ISO-8601 instant).
 */
public record RegistryEntry(String code, String name, List<String> otherNames, String district, String districtName,
                            boolean retired, long revision, String changedAt, String changedBy) {
    public RegistryEntry {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }

    public static RegistryEntry of(Department d, long revision, String changedAt, String changedBy) {
        return new RegistryEntry(d.code(), d.name(), d.otherNames(), d.district(), d.districtName(), d.retired(),
                revision, changedAt, changedBy);
    }

    public Department department() {
        return new Department(code, name, otherNames, district, districtName, retired);
    }
}
