package finacct.submission.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import finacct.kernel.registry.Department;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.core.KafkaTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** The first start seeds the registry, only the first; the district comes from configuration, the store or the seed. */
class RegistrySeedTest {

    @TempDir
    Path dir;
    private MongoServer server;
    private MongoClient client;
    private DepartmentStore store;
    private RegistryPublisher publisher;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort());
        store = new DepartmentStore(client.getDatabase("seed-test").getCollection(DepartmentStore.COLLECTION));
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
        publisher = new RegistryPublisher(store, kafka, new ObjectMapper(), Duration.ofHours(1), Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private RegistryService startWith(String seedFile, String districtCode, String districtName) {
        return new RegistryConfig().registryService(store, publisher, seedFile, districtCode, districtName);
    }

    private Path putuoFile(String extraLine) throws IOException {
        Path file = dir.resolve("putuo.csv");
        Files.writeString(file, "code,name,otherNames,district\n310107-CZJ,上海市普陀区财政局,,310107\n" + extraLine);
        return file;
    }

    @Test
    void withoutConfigurationTheShippedSeedGivesItsDistrictAndALaterStartSeedsNothingAgain() throws IOException {
        RegistryService first = startWith("", "", "");
        assertThat(first.district()).isEqualTo(new District("420112", "东西湖区"));
        int shipped = first.list(true).size();
        assertThat(shipped).isGreaterThan(1);
        assertThat(first.list(true)).allSatisfy(r -> assertThat(r.changedBy()).isEqualTo("system:seed:finacct/registry/departments.json"));

        // a seed file named later changes nothing: the registry is the bureau's now, and so is its district
        RegistryService later = startWith(putuoFile("").toString(), "", "");
        assertThat(later.district().code()).isEqualTo("420112");
        assertThat(later.list(true)).hasSize(shipped);
    }

    @Test
    void aSeedFileOfTheConfiguredDistrictIsLoadedWithTheDistrictsName() throws IOException {
        RegistryService registry = startWith(putuoFile("310107-JYJ,上海市普陀区教育局,,\n").toString(), "310107", "普陀区");
        assertThat(registry.list(false)).extracting(r -> r.code() + " " + r.department().districtName())
                .containsExactly("310107-CZJ 普陀区", "310107-JYJ 普陀区");
        assertThat(registry.departments()).extracting(Department::code).containsExactly("310107-CZJ", "310107-JYJ");
    }

    @Test
    void aSeedFileWithDepartmentsOfAnotherDistrictStopsTheStartAndStoresNothing() throws IOException {
        String file = putuoFile("420112-CZJ,武汉市东西湖区财政局,,420112\n").toString();
        assertThatThrownBy(() -> startWith(file, "310107", "普陀区"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("部门名录初始文件 " + file + " 中有 1 个部门不属于本平台的区划 310107（普陀区）"
                        + "（finacct.district.code），未载入");
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void theShippedSeedInADeploymentOfAnotherDistrictLeavesTheRegistryEmptyForTheBureauToFill() {
        RegistryService registry = startWith("", "310107", "普陀区");
        assertThat(registry.list(true)).isEmpty();
        assertThat(registry.district().label()).isEqualTo("310107（普陀区）");
    }
}
