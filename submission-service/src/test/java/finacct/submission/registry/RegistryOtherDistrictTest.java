package finacct.submission.registry;

import finacct.submission.support.Api;
import finacct.submission.support.TestInfra;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment in another district (上海市普陀区) loads its own registry from a file given by configuration, with the
 * same jar: its departments open and report; the shipped district's departments are not registered there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RegistryOtherDistrictTest {

    private static final String MONGO_URI = TestInfra.startMongo();
    private static final Path SEED = seedFile();

    private static Path seedFile() {
        try {
            Path file = Files.createTempFile("putuo-registry", ".csv");
            file.toFile().deleteOnExit();
            Files.writeString(file, """
                    code,name,otherNames,district
                    310107-SHGZB,上海市普陀区社会工作部,普陀区社会工作部；中共上海市普陀区委社会工作部,310107
                    310107-CZJ,上海市普陀区财政局,普陀区财政局,310107
                    """, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, MONGO_URI);
        registry.add("finacct.registry.seed-file", SEED::toString);
        registry.add("finacct.district.code", () -> "310107");
        registry.add("finacct.district.name", () -> "普陀区");
    }

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void theFilesDepartmentsAreSubmittableWithoutARebuild() {
        String base = Api.base("310107-SHGZB", 2024);
        Api.Response opened = api.post(base, null);
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.json().path("templateVersion").asText()).isNotBlank();
        Api.Response figures = api.post(base + "/figures", """
                {"batchId": "t1", "figures": [{"table": "T1", "row": "1", "column": "1", "value": "1268.40"}]}""");
        assertThat(figures.status()).isEqualTo(200);
        assertThat(api.get(base).json().path("cells").get(0).path("value").asText()).isEqualTo("1268.40");

        assertThat(api.get("/api/v1/registry/departments").json())
                .extracting(d -> d.path("code").asText() + " " + d.path("districtName").asText())
                .containsExactly("310107-CZJ 普陀区", "310107-SHGZB 普陀区");
    }

    @Test
    void theShippedDistrictsDepartmentsAreNotRegisteredHereAndCannotBeAdded() {
        Api.Response opened = api.post(Api.base("420112-CZJ", 2024), null);
        assertThat(opened.status()).isEqualTo(400);
        assertThat(opened.json().path("detail").asText()).isEqualTo("部门名录中没有编码为“420112-CZJ”的部门");
        Api.Response put = api.put("/api/v1/registry/departments/420112-CZJ",
                "{\"name\": \"武汉市东西湖区财政局\", \"district\": \"420112\"}");
        assertThat(put.status()).isEqualTo(400);
        assertThat(put.json().path("detail").asText())
                .isEqualTo("部门“420112-CZJ”：部门“武汉市东西湖区财政局”属于区划 420112，本平台部署于 310107（普陀区），不能登记其他区的部门");
    }
}
