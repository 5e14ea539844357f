package finacct.kernel.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentRegistryTest {
    private final DepartmentRegistry registry = DepartmentRegistry.loadDefault();

    @Test
    void findsADepartmentByCodeAndByEitherOfItsNames() {
        Department d = registry.byCode("420112-DSJZX").orElseThrow();
        assertThat(d.district()).isEqualTo("420112");
        assertThat(registry.byName("武汉市东西湖区社会管理网格化服务中心")).contains(d);
        assertThat(registry.all()).hasSizeGreaterThan(1);
        assertThat(registry.byCode("420112-NOPE")).isEmpty();
    }
}
