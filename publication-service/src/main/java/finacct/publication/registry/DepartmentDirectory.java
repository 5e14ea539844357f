package finacct.publication.registry;

import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.kernel.registry.RegistryEntry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The departments as submission-service's registry says, kept current from the topic {@code finacct.registry}
 * ({@link RegistryListener}) and stored in this service's MongoDB ({@link RegistryEntries}). Until the topic has given
 * any entry (a new deployment whose submission-service has not sent its registry yet, or a test without one) the
 * shipped registry, or {@code finacct.registry.file}, stands in.
 */
public class DepartmentDirectory {

    private final RegistryEntries entries;
    private final Supplier<List<Department>> fallback;
    private volatile Map<String, Department> byCode;

    public DepartmentDirectory(RegistryEntries entries, Supplier<List<Department>> fallback) {
        this.entries = entries;
        this.fallback = fallback;
        this.byCode = load(entries.all());
    }

    /** The departments registered now, by code (retired ones left out). */
    public List<Department> all() {
        return withRetired().stream().filter(d -> !d.retired()).toList();
    }

    /** Every department ever registered, by code. */
    public List<Department> withRetired() {
        Map<String, Department> current = byCode;
        return current.isEmpty() ? fallback.get() : List.copyOf(current.values());
    }

    /** A department by code, a retired one too (its submissions keep their name). */
    public Optional<Department> find(String code) {
        return withRetired().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * The departments a year's overview lists: those registered now, and a retired one only where it has a
     * submission that year ({@code withSubmission}: the codes of the year's submissions).
     */
    public List<Department> listedFor(Collection<String> withSubmission) {
        return withRetired().stream().filter(d -> !d.retired() || withSubmission.contains(d.code())).toList();
    }

    /** The same departments as the kernel's lookup type, read afresh at each call. */
    public DepartmentRegistry asRegistry() {
        return DepartmentRegistry.live(this::withRetired);
    }

    /** Applies one entry of the topic; false when it was no news (a repeat or an older revision). */
    public synchronized boolean accept(RegistryEntry entry) {
        if (!entries.save(entry)) {
            return false;
        }
        Map<String, Department> next = new TreeMap<>(byCode);
        next.put(entry.code(), entry.department());
        byCode = next;
        return true;
    }

    boolean hasEntries() {
        return !byCode.isEmpty();
    }

    private static Map<String, Department> load(List<RegistryEntry> stored) {
        Map<String, Department> map = new TreeMap<>();
        stored.forEach(e -> map.put(e.code(), e.department()));
        return map;
    }
}
