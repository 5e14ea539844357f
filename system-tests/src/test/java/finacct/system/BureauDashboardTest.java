package finacct.system;

import com.fasterxml.jackson.databind.JsonNode;
import finacct.cli.up.DocumentLoader;
import finacct.cli.up.Platform;
import finacct.kernel.registry.DepartmentRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's dashboard on the running platform, in a real browser (headless Debian chromium): the sample 决算 of
 * 大数据中心, imported and submitted through the gateway, shows in the overview with its error count; its page marks
 * the cells of every ERROR finding; the reviewer returns it with a reason; the department's corrected batch and its
 * new submission change the overview while the page stays loaded. Screenshots under target/.
 */
@Order(Integer.MAX_VALUE) // it returns the sample, which the pipeline test expects to find as loaded: it runs last
class BureauDashboardTest {

    private static final String DEPT = "420112-DSJZX";
    /** What the sample document holds, as the issue lists its slips: twelve ERRORs. */
    private static final int SAMPLE_ERRORS = 12;
    private static final String REASON = "请核对情况说明中政府采购支出总额（186.45 应为 1864.45）";

    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = HeadlessChromium.open("1400,1000");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReviewerFindsTheSamplesErrorsReturnsItAndSeesTheCorrectionArriveLive() throws Exception {
        Platform platform = RunningPlatform.get();
        String gateway = platform.options().gatewayUrl();
        String base = gateway + "/api/v1/departments/" + DEPT + "/submissions/2020";

        // the department imports the sample through the gateway (once: the pipeline test may have done it) and submits it
        DocumentLoader.Loaded loaded = new DocumentLoader(gateway,
                code -> platform.issuer().departmentToken(code, Duration.ofMinutes(10)), DepartmentRegistry.loadDefault())
                .load(RunningPlatform.projectRoot().resolve("samples/dongxihu-bigdata-center-2020.txt"));
        long version = loaded.version();
        if (!"SUBMITTED".equals(Http.get(base).body().path("status").asText())) {
            Http.Response submitted = Http.post(base + "/submit", Map.of("expectedVersion", loaded.version()));
            assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
            version = submitted.body().path("version").asLong();
        }
        long submittedVersion = version;
        awaitOverview(gateway, d -> d.path("version").asLong() == submittedVersion && !d.path("errors").isNull());

        // the pages re-render their rows on every change: an element found a moment ago may be gone, so look again
        WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class);
        HeadlessChromium.signInAsBureau(browser, platform, gateway + "/bureau/?year=2020");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview-table")));

        // the overview: 大数据中心 with its error count
        By row = By.cssSelector("#overview-table tr[data-dept='" + DEPT + "']");
        wait.until(d -> d.findElements(row).stream().anyMatch(r -> !r.findElement(By.cssSelector(".errors")).getText().isBlank()));
        List<String> shown = wait.until(d -> {
            WebElement r = d.findElement(row);
            return List.of(r.findElement(By.cssSelector(".name")).getText(), r.findElement(By.cssSelector(".errors")).getText().trim());
        });
        assertThat(shown.get(0)).contains("大数据中心");
        assertThat(shown.get(1)).isEqualTo(String.valueOf(SAMPLE_ERRORS));
        screenshot("dashboard-overview.png");

        // its page: every cell an ERROR finding names is marked as an error
        wait.until(d -> {
            d.findElement(row).findElement(By.cssSelector("a.open-department")).click();
            return true;
        });
        By errorFindings = By.cssSelector("#findings li[data-severity='ERROR']");
        wait.until(d -> d.findElements(errorFindings).size() == SAMPLE_ERRORS);
        @SuppressWarnings("unchecked")
        List<String> marks = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll("#findings li[data-severity='ERROR'] a.finding-cell")].map(a => {
                  const key = a.dataset.targetCell; const [t, r] = key.split(':');
                  const cell = document.querySelector(`[data-cell="${CSS.escape(key)}"]`)
                    || document.querySelector(`#narrative [data-cell^="${CSS.escape(t + ':' + r + ':')}"],`
                        + ` #evaluations [data-cell^="${CSS.escape(t + ':' + r + ':')}"]`);
                  return key + ' -> ' + (cell ? cell.className : 'not on the page');
                });""");
        assertThat(marks).as("the cells of the ERROR findings").hasSizeGreaterThanOrEqualTo(SAMPLE_ERRORS)
                .allSatisfy(mark -> assertThat(mark).contains("cell-error"));
        screenshot("dashboard-department.png");

        // the reviewer returns it with a reason, and the department reads that reason
        browser.findElement(By.id("return-reason")).sendKeys(REASON);
        browser.findElement(By.id("return")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("review-message"), "class", "ok"));
        JsonNode returned = Http.get(base).body();
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        JsonNode steps = returned.path("reviewHistory");
        assertThat(steps.get(steps.size() - 1).path("reasons").get(0).asText()).isEqualTo(REASON);
        screenshot("dashboard-returned.png");

        // back on the overview, left open: the department's corrected batch and new submission arrive live
        browser.get(gateway + "/bureau/?year=2020");
        wait.until(d -> "RETURNED".equals(d.findElement(row).getAttribute("data-status")));
        ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");
        JsonNode cell = Http.get(gateway + "/api/v1/read-models/" + DEPT + "/2020").body().path("cells").get(0);
        Http.Response corrected = Http.post(base + "/figures", Map.of("batchId", "correction-after-return",
                "figures", List.of(Map.of("table", cell.path("table").asText(), "row", cell.path("row").asText(),
                        "column", cell.path("column").asText(), "value", cell.path("value").asText()))));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        Http.Response again = Http.post(base + "/submit", Map.of("expectedVersion", corrected.body().path("version").asLong()));
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        String newVersion = again.body().path("version").asText();

        wait.until(d -> newVersion.equals(d.findElement(row).findElement(By.cssSelector(".version")).getText().trim())
                && !"RETURNED".equals(d.findElement(row).getAttribute("data-status")));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;"))
                .as("the overview changed without a reload").isEqualTo(true);
        screenshot("dashboard-live-update.png");
    }

    private static void awaitOverview(String gateway, java.util.function.Predicate<JsonNode> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode entry = null;
        while (System.nanoTime() < deadline) {
            for (JsonNode d : Http.get(gateway + "/api/v1/overview/2020").body().path("departments")) {
                if (DEPT.equals(d.path("departmentCode").asText())) {
                    entry = d;
                }
            }
            if (entry != null && ready.test(entry)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the overview never showed the validated submission: " + entry);
    }

    private static void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
    }
}
