package finacct.submission.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import finacct.kernel.events.Topics;
import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;
import finacct.submission.config.SubmissionProperties;
import finacct.submission.registry.RegistryFileReader.Entry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The registry lives in this service's MongoDB. On the first start (no department stored) it is seeded from the
 * shipped file, or from {@code finacct.registry.seed-file} (JSON or CSV), keeping the deployment's district only.
 * The district is {@code finacct.district.code} / {@code .name}; by default the one already stored, else the seed's.
 */
@Configuration(proxyBeanMethods = false)
public class RegistryConfig {

    private static final Logger log = LoggerFactory.getLogger(RegistryConfig.class);
    static final String SEED_ACTOR = "system:seed";

    @Bean
    DepartmentStore departmentStore(MongoClient client, SubmissionProperties properties) {
        return new DepartmentStore(client.getDatabase(properties.mongoDatabase()).getCollection(DepartmentStore.COLLECTION));
    }

    @Bean
    RegistryPublisher registryPublisher(DepartmentStore store, KafkaTemplate<String, String> kafka, ObjectMapper json,
                                        @Value("${finacct.registry.resend-every:5s}") Duration resendEvery,
                                        SubmissionProperties properties) {
        return new RegistryPublisher(store, kafka, json, resendEvery, properties.kafkaSendTimeout());
    }

    @Bean
    RegistryService registryService(DepartmentStore store, RegistryPublisher publisher,
                                    @Value("${finacct.registry.seed-file:}") String seedFile,
                                    @Value("${finacct.district.code:}") String districtCode,
                                    @Value("${finacct.district.name:}") String districtName) {
        // a seed line naming no district is of the configured one
        Seed seed = new Seed(seedFile, districtCode.isBlank() ? null : new District(districtCode.trim(), districtName.trim()));
        District district = district(store, seed, districtCode.trim(), districtName.trim());
        RegistryService registry = new RegistryService(store, district, publisher::nudge, Clock.systemUTC());
        if (store.isEmpty()) {
            List<Department> all = seed.departments();
            List<Department> ours = all.stream().filter(d -> d.district().equals(district.code()))
                    .map(d -> d.districtName().isBlank() ? new Department(d.code(), d.name(), d.otherNames(),
                            d.district(), district.name()) : d)
                    .toList();
            if (seed.given() && ours.size() < all.size()) {
                throw new IllegalStateException("部门名录初始文件 " + seedFile + " 中有 " + (all.size() - ours.size())
                        + " 个部门不属于本平台的区划 " + district.label() + "（finacct.district.code），未载入");
            }
            if (registry.seedIfEmpty(ours, SEED_ACTOR + ":" + seed.name())) {
                log.info("department registry seeded from {}: {} departments of {}", seed.name(), ours.size(),
                        district.label());
            }
        }
        return registry;
    }

    /** The registry every lookup of this service uses (opening, import, the paths): current, retired ones found. */
    @Bean
    DepartmentRegistry departmentRegistry(RegistryService registry) {
        return DepartmentRegistry.live(registry::departments);
    }

    /** Compacted: the latest entry of every department stays on the topic for any consumer reading from the start. */
    @Bean
    NewTopic registryTopic(SubmissionProperties properties) {
        return TopicBuilder.name(Topics.REGISTRY)
                .partitions(1)
                .replicas(properties.topicReplicas())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }

    private static District district(DepartmentStore store, Seed seed, String code, String name) {
        if (!code.isEmpty()) {
            if (!name.isEmpty()) {
                return new District(code, name);
            }
            String known = store.all().stream().map(RegistryRecord::department).filter(d -> d.district().equals(code))
                    .map(Department::districtName).findFirst()
                    .orElseGet(() -> seed.departments().stream().filter(d -> d.district().equals(code))
                            .map(Department::districtName).findFirst().orElse(""));
            return new District(code, known);
        }
        Department first = store.all().stream().map(RegistryRecord::department).findFirst()
                .orElseGet(() -> seed.departments().stream().findFirst().orElseThrow(() ->
                        new IllegalStateException("部门名录初始文件 " + seed.name() + " 是空的，且未配置 finacct.district.code")));
        return new District(first.district(), name.isEmpty() ? first.districtName() : name);
    }

    /** The seed, read only when needed (a later start with departments stored and the district configured never reads it). */
    private static final class Seed {
        private final String file;
        private final District fillIn;
        private List<Department> departments;

        Seed(String file, District fillIn) {
            this.file = file == null ? "" : file.trim();
            this.fillIn = fillIn;
        }

        boolean given() {
            return !file.isEmpty();
        }

        String name() {
            return given() ? file : DepartmentRegistry.DEFAULT_RESOURCE;
        }

        List<Department> departments() {
            if (departments == null) {
                byte[] bytes = bytes();
                departments = RegistryFileReader.anyDistrict(fillIn)
                        .read(bytes, RegistryFileReader.formatOf(null, name(), bytes))
                        .stream().map(Entry::department).toList();
            }
            return departments;
        }

        private byte[] bytes() {
            try {
                if (given()) {
                    return Files.readAllBytes(Path.of(file));
                }
                try (InputStream in = RegistryConfig.class.getClassLoader()
                        .getResourceAsStream(DepartmentRegistry.DEFAULT_RESOURCE)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + DepartmentRegistry.DEFAULT_RESOURCE);
                    }
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("部门名录初始文件 " + name() + " 无法读取", e);
            }
        }
    }
}
