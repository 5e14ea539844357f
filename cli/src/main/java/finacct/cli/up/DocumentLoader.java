package finacct.cli.up;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.importer.DocumentImporters;
import finacct.importer.ImportedDocument;
import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a document through the gateway's import endpoint ({@code POST …/submissions/{year}/import}): tables,
 * narrative and self-evaluations in one request. The document is read here only to learn whose and which
 * year it is; the service reads it again and derives every batch id from the content, so loading the same
 * document again stores nothing new.
 */
public final class DocumentLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final Function<String, String> tokenForDepartment;
    private final DepartmentRegistry registry;

    /** @param tokenForDepartment a bearer token of the given department's officer (the events' actor) */
    public DocumentLoader(String gatewayUrl, Function<String, String> tokenForDepartment, DepartmentRegistry registry) {
        this.gatewayUrl = gatewayUrl;
        this.tokenForDepartment = tokenForDepartment;
        this.registry = registry;
    }

    public record Loaded(String departmentCode, int fiscalYear, int figures, int claims, int evaluations,
                         int storedEvents, int unplaced, long version) {

        /** The events this load stored (batches, narrative, evaluations): zero when the document was loaded before. */
        public int batchesStored() {
            return storedEvents;
        }
    }

    public Loaded load(Path file) throws IOException, InterruptedException {
        byte[] content = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        DocumentImporters.Format format = DocumentImporters.detect(name, null, content);
        ImportedDocument doc = DocumentImporters.read(name, null, content);
        Department department = Optional.ofNullable(doc.departmentName())
                .flatMap(n -> registry.byCode(n).or(() -> registry.byName(n)))
                .or(() -> doc.departmentOtherNames().stream().map(registry::byName)
                        .flatMap(Optional::stream).findFirst())
                .orElseThrow(() -> new IllegalArgumentException(
                        file + "：部门“" + doc.departmentName() + "”不在部门名录中"));
        if (doc.fiscalYear() == null) {
            throw new IllegalArgumentException(file + "：读不出决算年度");
        }
        String url = gatewayUrl + "/api/v1/departments/" + department.code() + "/submissions/" + doc.fiscalYear()
                + "/import?filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + tokenForDepartment.apply(department.code()))
                        .header("Content-Type", format.contentType())
                        .timeout(Duration.ofMinutes(2))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("导入 " + file.getFileName() + " 失败：HTTP " + response.statusCode() + " "
                    + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return new Loaded(department.code(), doc.fiscalYear(), body.path("figures").asInt(),
                body.path("narrative").path("claims").asInt(), body.path("evaluations").size(),
                body.path("storedEvents").asInt(), body.path("unplaced").size(), body.path("version").asLong());
    }
}
