package finacct.cli.up;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import finacct.importer.ImportedDocument;
import finacct.importer.TextDocumentImporter;
import finacct.kernel.events.Figure;
import finacct.kernel.registry.Department;
import finacct.kernel.registry.DepartmentRegistry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads a published document through the gateway as its department's submission: opens it if needed, then
 * reports each table as one batch whose id is derived from the document's content, so loading the same
 * document again stores nothing new.
 */
public final class DocumentLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final String actor;
    private final DepartmentRegistry registry;

    public DocumentLoader(String gatewayUrl, String actor, DepartmentRegistry registry) {
        this.gatewayUrl = gatewayUrl;
        this.actor = actor;
        this.registry = registry;
    }

    public record Loaded(String departmentCode, int fiscalYear, int figures, int batchesStored, long version) {
    }

    public Loaded load(Path file) throws IOException, InterruptedException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ImportedDocument doc = new TextDocumentImporter().read(text);
        Department department = registry.byName(doc.departmentName())
                .or(() -> doc.departmentOtherNames().stream().map(registry::byName)
                        .flatMap(java.util.Optional::stream).findFirst())
                .orElseThrow(() -> new IllegalArgumentException(
                        file + "：部门“" + doc.departmentName() + "”不在部门名录中"));
        if (doc.fiscalYear() == null) {
            throw new IllegalArgumentException(file + "：读不出决算年度");
        }
        String base = gatewayUrl + "/api/v1/departments/" + department.code() + "/submissions/" + doc.fiscalYear();
        HttpResponse<String> state = send(HttpRequest.newBuilder(URI.create(base)).GET());
        if (state.statusCode() == 404) {
            HttpResponse<String> opened = send(HttpRequest.newBuilder(URI.create(base))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("templateVersion", doc.templateVersion(), "unit", "万元")))));
            expect(opened, 201, "开启填报");
        } else {
            expect(state, 200, "查询填报");
        }
        String digest = sha256(text).substring(0, 16);
        Map<String, List<Figure>> byTable = doc.figures().stream()
                .collect(Collectors.groupingBy(Figure::table, LinkedHashMap::new, Collectors.toList()));
        int stored = 0;
        for (Map.Entry<String, List<Figure>> table : byTable.entrySet()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("batchId", "document-" + digest + "-" + table.getKey());
            body.put("figures", table.getValue());
            HttpResponse<String> reported = send(HttpRequest.newBuilder(URI.create(base + "/figures"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
            expect(reported, 200, "报送" + table.getKey());
            if (JSON.readTree(reported.body()).path("storedEvent").asBoolean()) {
                stored++;
            }
        }
        JsonNode current = JSON.readTree(expect(send(HttpRequest.newBuilder(URI.create(base)).GET()), 200, "查询填报").body());
        return new Loaded(department.code(), doc.fiscalYear(), doc.figures().size(), stored,
                current.path("version").asLong());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("X-Finacct-Actor", actor).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + "失败：HTTP " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
