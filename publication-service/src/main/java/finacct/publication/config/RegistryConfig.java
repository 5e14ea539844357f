package finacct.publication.config;

import finacct.kernel.registry.DepartmentRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

@Configuration(proxyBeanMethods = false)
public class RegistryConfig {

    /** The shipped registry, or a file named by {@code finacct.registry.file} (env FINACCT_REGISTRY_FILE). */
    @Bean
    DepartmentRegistry departmentRegistry(@Value("${finacct.registry.file:}") String file) {
        return file.isBlank() ? DepartmentRegistry.loadDefault() : DepartmentRegistry.load(Path.of(file));
    }
}
