package finacct.submission.registry;

import finacct.kernel.registry.Department;
import finacct.submission.registry.RegistryFileReader.BadFileException;
import finacct.submission.registry.RegistryFileReader.Entry;
import finacct.submission.registry.RegistryFileReader.Problem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The department registry the bureau manages: changes one by one or by file, each checked whole before anything is
 * stored, each recording who and when; every change is marked unsent for {@link RegistryPublisher}. The
 * departments are cached briefly for the lookups of every request (another instance's change shows within
 * {@link #CACHE_FOR}).
 */
public class RegistryService {

    static final Duration CACHE_FOR = Duration.ofSeconds(2);

    public enum Outcome { ADDED, CHANGED, UNCHANGED }

    public record PutResult(Outcome outcome, RegistryRecord record) {
    }

    public record ImportResult(List<String> added, List<String> changed, List<String> unchanged,
                               List<RegistryRecord> departments) {
    }

    private record Snapshot(List<Department> departments, Instant loadedAt) {
    }

    private final DepartmentStore store;
    private final District district;
    private final Runnable onChange;
    private final Clock clock;
    private volatile Snapshot cache;

    RegistryService(DepartmentStore store, District district, Runnable onChange, Clock clock) {
        this.store = store;
        this.district = district;
        this.onChange = onChange;
        this.clock = clock;
    }

    public District district() {
        return district;
    }

    /** Every department, the retired ones included (what {@code DepartmentRegistry.live} asks at each lookup). */
    public List<Department> departments() {
        Snapshot s = cache;
        if (s == null || s.loadedAt().plus(CACHE_FOR).isBefore(clock.instant())) {
            s = new Snapshot(store.all().stream().map(RegistryRecord::department).toList(), clock.instant());
            cache = s;
        }
        return s.departments();
    }

    public List<RegistryRecord> list(boolean includeRetired) {
        return store.all().stream().filter(r -> includeRetired || !r.department().retired()).toList();
    }

    public Optional<RegistryRecord> find(String code) {
        return store.find(code);
    }

    public synchronized PutResult put(Department department, String actor) {
        Map<String, RegistryRecord> stored = byCode();
        List<Problem> clashes = new ArrayList<>();
        checkNames(List.of(new Entry(1, department)), stored, n -> "部门“" + department.code() + "”", "", clashes);
        if (!clashes.isEmpty()) {
            throw new BadFileException(clashes);
        }
        PutResult result = apply(department, stored.get(department.code()), actor);
        changed();
        return result;
    }

    public synchronized RegistryRecord retire(String code, String actor) {
        RegistryRecord current = store.find(code).orElseThrow(() -> new UnknownDepartmentException(code));
        if (current.department().retired()) {
            return current;
        }
        RegistryRecord next = next(current, current.department().withRetired(true), "retired", actor);
        save(next);
        changed();
        return next;
    }

    /** All or nothing: every line is checked (the file's own checks, then names against the stored registry) first. */
    public synchronized ImportResult importFile(byte[] body, RegistryFileReader.Format format, String actor) {
        List<Entry> entries = new RegistryFileReader(district).read(body, format);
        Map<String, RegistryRecord> stored = byCode();
        List<Problem> clashes = new ArrayList<>();
        boolean json = format == RegistryFileReader.Format.JSON;
        checkNames(entries, stored, line -> "第 " + line + (json ? " 项" : " 行"), json ? "items[" : "lines[", clashes);
        if (!clashes.isEmpty()) {
            throw new BadFileException(clashes);
        }
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<RegistryRecord> departments = new ArrayList<>();
        for (Entry e : entries) {
            PutResult r = apply(e.department(), stored.get(e.department().code()), actor);
            (r.outcome() == Outcome.ADDED ? added : r.outcome() == Outcome.CHANGED ? changed : unchanged)
                    .add(e.department().code());
            departments.add(r.record());
        }
        if (!added.isEmpty() || !changed.isEmpty()) {
            changed();
        }
        return new ImportResult(added, changed, unchanged, departments);
    }

    /** The first start's registry; false (nothing done) when the store holds any department already. */
    public synchronized boolean seedIfEmpty(List<Department> departments, String actor) {
        if (!store.isEmpty()) {
            return false;
        }
        String at = clock.instant().toString();
        for (Department d : departments) {
            store.save(new RegistryRecord(d, 1, at, actor, List.of(new RegistryRecord.Change(1, "seeded", at, actor))));
        }
        changed();
        return true;
    }

    private PutResult apply(Department department, RegistryRecord current, String actor) {
        if (current == null) {
            String at = clock.instant().toString();
            RegistryRecord added = new RegistryRecord(department, 1, at, actor,
                    List.of(new RegistryRecord.Change(1, "added", at, actor)));
            save(added);
            return new PutResult(Outcome.ADDED, added);
        }
        if (current.department().equals(department)) {
            return new PutResult(Outcome.UNCHANGED, current);
        }
        RegistryRecord next = next(current, department, current.department().retired() ? "reinstated" : "changed", actor);
        save(next);
        return new PutResult(Outcome.CHANGED, next);
    }

    private RegistryRecord next(RegistryRecord current, Department department, String action, String actor) {
        String at = clock.instant().toString();
        long revision = current.revision() + 1;
        List<RegistryRecord.Change> history = new ArrayList<>(current.history());
        history.add(new RegistryRecord.Change(revision, action, at, actor));
        return new RegistryRecord(department, revision, at, actor, history);
    }

    private void save(RegistryRecord next) {
        if (!store.save(next)) {
            throw new RegistryChangedMeanwhileException(next.code());
        }
    }

    private void changed() {
        cache = null;
        onChange.run();
    }

    private Map<String, RegistryRecord> byCode() {
        return store.all().stream().collect(Collectors.toMap(RegistryRecord::code, r -> r));
    }

    /**
     * A document finds its department by name: no name (official or other) may belong to two departments, retired
     * ones included. The departments being written replace their stored selves.
     */
    private static void checkNames(List<Entry> entries, Map<String, RegistryRecord> stored,
                                   java.util.function.IntFunction<String> where, String fieldPrefix,
                                   List<Problem> problems) {
        Set<String> incoming = entries.stream().map(e -> e.department().code()).collect(Collectors.toSet());
        Map<String, String> owner = new HashMap<>();
        stored.values().stream().filter(r -> !incoming.contains(r.code())).forEach(r -> {
            owner.put(r.department().name(), r.code());
            r.department().otherNames().forEach(n -> owner.put(n, r.code()));
        });
        for (Entry e : entries) {
            List<String> names = new ArrayList<>(e.department().otherNames());
            names.add(0, e.department().name());
            for (String n : names) {
                String other = owner.get(n);
                if (other != null) {
                    String field = fieldPrefix.isEmpty() ? "name"
                            : fieldPrefix + (fieldPrefix.startsWith("items") ? e.line() - 1 : e.line()) + "].name";
                    problems.add(new Problem(field, where.apply(e.line()) + "：名称“" + n + "”已是名录中部门 " + other
                            + " 的名称，导入文档时无法分辨是哪个部门"));
                }
            }
        }
    }
}
