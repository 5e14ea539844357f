package finacct.kernel.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The department registry: the shipped seed ({@code finacct/registry/departments.json}, data), a file, or — in the
 * running platform — the registry the bureau manages ({@link #live}), read afresh at each lookup.
 * <p>
 * {@link #all()} lists the departments registered now; a retired department is left out of it but still found by
 * {@link #byCode} and {@link #byName}, so its earlier submissions stay readable and listed where they exist.
 */
public final class DepartmentRegistry {

    public static final String DEFAULT_RESOURCE = "finacct/registry/departments.json";
    private final Supplier<List<Department>> source;

    public DepartmentRegistry(List<Department> departments) {
        List<Department> fixed = List.copyOf(departments);
        this.source = () -> fixed;
    }

    private DepartmentRegistry(Supplier<List<Department>> source) {
        this.source = source;
    }

    /** A registry that asks {@code source} (every department, retired ones included) at each lookup. */
    public static DepartmentRegistry live(Supplier<List<Department>> source) {
        return new DepartmentRegistry(source);
    }

    public static DepartmentRegistry loadDefault() {
        try (InputStream in = DepartmentRegistry.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DepartmentRegistry load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read department registry " + file, e);
        }
    }

    private static DepartmentRegistry read(InputStream in) throws IOException {
        return new DepartmentRegistry(new ObjectMapper().readValue(in, new TypeReference<List<Department>>() { }));
    }

    /** The departments registered now (not retired). */
    public List<Department> all() {
        return source.get().stream().filter(d -> !d.retired()).toList();
    }

    /** Every department ever registered, the retired ones included. */
    public List<Department> withRetired() {
        return source.get();
    }

    public Optional<Department> byCode(String code) {
        return source.get().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** A department by its official name or one of its other names, as a document's 部门 line gives it. */
    public Optional<Department> byName(String name) {
        return source.get().stream().filter(d -> d.isKnownAs(name)).findFirst();
    }
}
