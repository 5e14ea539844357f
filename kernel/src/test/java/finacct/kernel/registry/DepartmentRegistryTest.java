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

    @Test
    void aLiveRegistrySeesChangesAndKeepsRetiredDepartmentsFindableButUnlisted() {
        java.util.List<Department> store = new java.util.ArrayList<>(registry.all());
        DepartmentRegistry live = DepartmentRegistry.live(() -> java.util.List.copyOf(store));
        Department added = new Department("310107-SHGZB", "上海市普陀区社会工作部", java.util.List.of("普陀区社会工作部"),
                "310107", "普陀区");
        store.add(added);
        assertThat(live.byName("普陀区社会工作部")).contains(added);
        store.set(store.size() - 1, added.withRetired(true));
        assertThat(live.all()).extracting(Department::code).doesNotContain("310107-SHGZB");
        assertThat(live.byCode("310107-SHGZB")).hasValueSatisfying(d -> assertThat(d.retired()).isTrue());
        assertThat(live.withRetired()).hasSize(registry.all().size() + 1);
    }

    @Test
    void theShippedFileReadsAsDepartmentsInService() {
        assertThat(registry.all()).allSatisfy(d -> assertThat(d.retired()).isFalse());
        assertThat(registry.withRetired()).isEqualTo(registry.all());
    }

    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples"))) {
            p = p.getParent();
        }
        return p;
    }
}
