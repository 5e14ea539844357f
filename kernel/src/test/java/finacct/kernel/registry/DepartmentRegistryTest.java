package finacct.kernel.registry;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentRegistryTest {
    private final DepartmentRegistry registry = DepartmentRegistry.loadDefault();

    /** The sample's 部门 line prints the official name and, in parentheses, the department's second name. */
    @Test
    void theSamplesDepartmentIsRegisteredUnderBothItsNames() throws IOException {
        String line = Files.readString(projectRoot().resolve("samples/dongxihu-bigdata-center-2020.txt"), StandardCharsets.UTF_8)
                .lines().filter(l -> l.startsWith("部门：")).findFirst().orElseThrow()
                .split("\t")[0].substring("部门：".length());
        String official = line.substring(0, line.indexOf('（'));
        String other = line.substring(line.indexOf('（') + 1, line.lastIndexOf('）'));
        Department d = registry.byName(official).orElseThrow();
        assertThat(registry.byName(other)).contains(d);
        assertThat(registry.byCode(d.code())).contains(d);
        assertThat(d.code()).startsWith(d.district() + "-");
    }

    @Test
    void theDistrictHasMoreThanOneDepartmentAndUnknownCodesAreNotFound() {
        assertThat(registry.all()).hasSizeGreaterThan(1);
        assertThat(registry.all()).extracting(Department::code).doesNotHaveDuplicates();
        assertThat(registry.byCode("420112-NOPE")).isEmpty();
    }

    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples"))) {
            p = p.getParent();
        }
        return p;
    }
}
