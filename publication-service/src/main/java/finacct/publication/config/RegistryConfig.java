package finacct.publication.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.publication.registry.DepartmentDirectory;
import finacct.publication.registry.RegistryEntries;
import finacct.publication.registry.RegistryListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * The department registry is submission-service's: this service follows it through the topic
 * {@code finacct.registry}. Before any entry came, the shipped registry (or {@code finacct.registry.file}, env
 * FINACCT_REGISTRY_FILE) stands in.
 */
@Configuration(proxyBeanMethods = false)
public class RegistryConfig {

    @Bean
    DepartmentDirectory departmentDirectory(MongoDatabase database, @Value("${finacct.registry.file:}") String file) {
        DepartmentRegistry standIn = file.isBlank() ? DepartmentRegistry.loadDefault() : DepartmentRegistry.load(Path.of(file));
        return new DepartmentDirectory(new RegistryEntries(database), standIn::withRetired);
    }

    @Bean
    RegistryListener registryListener(DepartmentDirectory directory, ObjectMapper json) {
        return new RegistryListener(directory, json);
    }

    /** The kernel's lookup over the directory: current at each call; {@code all()} leaves retired departments out. */
    @Bean
    DepartmentRegistry departmentRegistry(DepartmentDirectory directory) {
        return directory.asRegistry();
    }
}
