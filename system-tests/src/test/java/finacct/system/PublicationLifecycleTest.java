package finacct.system;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.cli.up.Platform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole year's life on the running platform, every step through the gateway: the bureau registers a department,
 * which imports a clean 2021 document; the public sees nothing while it is a draft, submitted, returned or approved;
 * published, its document is public; reopened, corrected and published again, both versions stay readable; the
 * public page shows it from the public JSON alone.
 */
class PublicationLifecycleTest {

    private static final String DEPT = "420112-MMZX";
    private static final String NAME = "武汉市某某区某某中心";
    /** A document of the MOF-2021 form with no ERROR (validation-core's evidence for that year's template). */
    private static final Path DOCUMENT = Path.of("validation-core/src/test/resources/template-years/mof-2021.txt");

    @Test
    void onlyPublishedVersionsArePublicAndACorrectionKeepsTheFirstReadable() throws Exception {
        Platform platform = RunningPlatform.get();
        String gateway = platform.options().gatewayUrl();
        String base = gateway + "/api/v1/departments/" + DEPT + "/submissions/2021";
        String review = gateway + "/api/v1/reviews/" + DEPT + "/2021";
        String published = gateway + "/public/v1/final-accounts/2021/" + DEPT;

        Http.Response registered = Http.send("PUT", gateway + "/api/v1/registry/departments/" + DEPT,
                Map.of("name", NAME, "otherNames", List.of(), "district", "420112", "districtName", "东西湖区"),
                Http.tokenFor(gateway + "/api/v1/registry"));
        assertThat(registered.status()).as(registered.raw()).isBetween(200, 201);

        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/import"))
                .header("Authorization", "Bearer " + Http.tokenFor(base))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofFile(RunningPlatform.projectRoot().resolve(DOCUMENT))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isBetween(200, 201);
        long version = Http.get(base).body().path("version").asLong();
        assertNotPublic(published, "DRAFT");

        version = submit(base, version);
        awaitCleanValidation(review, version);
        assertNotPublic(published, "SUBMITTED");

        Http.Response returned = Http.post(review + "/return", Map.of("version", version, "reasons", List.of("请补充说明")));
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);
        assertNotPublic(published, "RETURNED");

        version = submit(base, returned.body().path("version").asLong());
        awaitCleanValidation(review, version);
        Http.Response approved = Http.post(review + "/approve", Map.of("version", version, "comment", "同意"));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertNotPublic(published, "APPROVED");

        Http.Response first = Http.post(review + "/publish", Map.of("version", approved.body().path("version").asLong()));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        JsonNode v1 = awaitPublic(published, 1);
        assertThat(v1.path("departmentName").asText()).isEqualTo(NAME);
        JsonNode t1 = table(v1, "T1");
        String line1 = amount(t1, "1", "1");

        // the department reopens it and corrects 表1 line 1 (the same amount: a correction of form)
        Http.Response reopened = Http.post(base + "/reopen", Map.of("expectedVersion", first.body().path("version").asLong(),
                "reason", "更正表1"));
        assertThat(reopened.status()).as(reopened.raw()).isEqualTo(200);
        assertThat(Http.send("GET", published, null, null).status()).as("the first version stays public while corrected")
                .isEqualTo(200);
        Http.Response corrected = Http.post(base + "/figures", Map.of("batchId", "correction-2021",
                "figures", List.of(Map.of("table", "T1", "row", "1", "column", "1", "value", line1))));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        version = submit(base, corrected.body().path("version").asLong());
        awaitCleanValidation(review, version);

        // the correction is approved and published from the bureau's dashboard, with its buttons
        WebDriver browser = HeadlessChromium.open("1400,1000");
        try {
            HeadlessChromium.signInAsBureau(browser, platform, gateway + "/bureau/department.html?dept=" + DEPT + "&year=2021");
            WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class);
            String submitted = String.valueOf(version);
            wait.until(d -> submitted.equals(d.findElement(By.id("department")).getAttribute("data-version"))
                    && d.findElement(By.id("approve")).isEnabled());
            browser.findElement(By.id("approve-comment")).sendKeys("同意更正");
            browser.findElement(By.id("approve")).click();
            wait.until(d -> "APPROVED".equals(d.findElement(By.id("department")).getAttribute("data-status"))
                    && d.findElement(By.id("publish")).isEnabled());
            browser.findElement(By.id("publish")).click();
            wait.until(d -> "PUBLISHED".equals(d.findElement(By.id("department")).getAttribute("data-status")));
            wait.until(d -> d.findElements(By.cssSelector("#published-versions li[data-published-version]")).size() == 2);
            HeadlessChromium.screenshot(browser, "dashboard-published.png");
        } finally {
            browser.quit();
        }

        awaitPublic(published, 2);
        JsonNode versions = Http.send("GET", published + "/versions", null, null).body();
        assertThat(versions.findValues("publishedVersion").stream().map(JsonNode::asInt).toList()).contains(1, 2);
        assertThat(Http.send("GET", published + "/versions/1", null, null).body().path("publishedVersion").asInt())
                .isEqualTo(1);
        assertThat(Http.send("GET", gateway + "/public/v1/final-accounts/2021", null, null).raw()).contains(DEPT);

        // the public page, built from the public JSON alone, shows the latest version, its tables and both versions
        browser = HeadlessChromium.open("1400,1000");
        try {
            browser.get(gateway + "/public/portal/?year=2021&dept=" + DEPT);
            WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class);
            wait.until(d -> "2".equals(d.findElement(By.id("portal")).getAttribute("data-version")));
            wait.until(d -> d.findElements(By.cssSelector("#versions li[data-published-version]")).size() == 2);
            assertThat(browser.findElement(By.id("portal-title")).getText()).contains(NAME);
            assertThat(browser.findElement(By.cssSelector("#tables td[data-cell='T1:1:1']")).getText()).isEqualTo(line1);
            HeadlessChromium.screenshot(browser, "public-page.png");
        } finally {
            browser.quit();
        }
    }

    private static long submit(String base, long version) throws Exception {
        Http.Response submitted = Http.post(base + "/submit", Map.of("expectedVersion", version));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        return submitted.body().path("version").asLong();
    }

    private static void assertNotPublic(String published, String status) throws Exception {
        for (String path : List.of(published, published + "/versions")) {
            assertThat(Http.send("GET", path, null, null).status()).as(status + " " + path).isEqualTo(404);
        }
    }

    private static void awaitCleanValidation(String review, long version) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Http.Response r = null;
        while (System.nanoTime() < deadline) {
            r = Http.get(review);
            JsonNode validation = r.body() == null ? null : r.body().path("validation");
            if (r.status() == 200 && r.body().path("version").asLong() == version
                    && validation.path("ofCurrentVersion").asBoolean()) {
                assertThat(validation.path("errors").asInt()).as(r.raw()).isZero();
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no validation of version " + version + ": " + (r == null ? "" : r.raw()));
    }

    private static JsonNode awaitPublic(String published, int publishedVersion) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Http.Response r = null;
        while (System.nanoTime() < deadline) {
            r = Http.send("GET", published, null, null);
            if (r.status() == 200 && r.body().path("publishedVersion").asInt() == publishedVersion) {
                return r.body();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("public version " + publishedVersion + " never showed: " + (r == null ? "" : r.raw()));
    }

    private static JsonNode table(JsonNode document, String id) {
        for (JsonNode t : document.path("tables")) {
            if (id.equals(t.path("table").asText())) {
                return t;
            }
        }
        throw new AssertionError("no table " + id + " in " + document);
    }

    private static String amount(JsonNode table, String row, String column) {
        for (JsonNode c : table.path("cells")) {
            if (row.equals(c.path("row").asText()) && column.equals(c.path("column").asText())) {
                return c.path("stated").isMissingNode() || c.path("stated").isNull()
                        ? c.path("computed").asText() : c.path("stated").asText();
            }
        }
        throw new AssertionError("no cell " + row + "/" + column + " in " + table);
    }
}
