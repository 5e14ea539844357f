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

/** The department registry, a data file: {@code finacct/registry/departments.json} or a file given at start. */
public final class DepartmentRegistry {

    private static final String DEFAULT_RESOURCE = "finacct/registry/departments.json";
    private final List<Department> departments;

    public DepartmentRegistry(List<Department> departments) {
        this.departments = List.copyOf(departments);
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

    public List<Department> all() {
        return departments;
    }

    public Optional<Department> byCode(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** A department by its official name or one of its other names, as a document's 部门 line gives it. */
    public Optional<Department> byName(String name) {
        return departments.stream().filter(d -> d.isKnownAs(name)).findFirst();
    }
}
