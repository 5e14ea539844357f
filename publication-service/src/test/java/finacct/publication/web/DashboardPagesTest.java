package finacct.publication.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bureau's dashboard and the public page in a real browser (Debian's headless chromium), against
 * {@link DashboardStub}: the pages as publication-service serves them and canned JSON that follows the contract.
 * Skipped only when no chromium is installed. Screenshots are kept under target/.
 */
class DashboardPagesTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String DSJZX = "420112-DSJZX";
    private static final String READ_MODEL = "/api/v1/read-models/" + DSJZX + "/2020";
    private static final String REVIEWS = "/api/v1/reviews/" + DSJZX + "/2020";

    private static WebDriver browser;
    private static DashboardStub stub;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no chromium / chromedriver under /usr/bin (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        stub = new DashboardStub();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (stub != null) {
            stub.close();
        }
    }

    @BeforeEach
    void cannedAnswers() {
        stub.reset();
        stub.answerJson("GET", "/bureau/session", 200, "{\"id\":\"bureau\",\"name\":\"区财政局审核员\"}");
        stub.answerFile("GET", "/api/v1/overview/2020", "overview-2020.json");
        stub.answerFile("GET", READ_MODEL, "read-model-420112-DSJZX-2020.json");
        stub.answerFile("GET", READ_MODEL + "/cells/T1/27/1/history", "cell-history-T1-27-1.json");
        stub.answer("GET", "/api/v1/templates/MOF-2020", new DashboardStub.Answer(200, "application/json",
                DashboardStub.resource("finacct/templates/MOF-2020.json")));
        stub.answerFile("GET", "/public/v1/final-accounts/2020/" + DSJZX, "public-420112-DSJZX-2020.json");
        stub.answerFile("GET", "/public/v1/final-accounts/2020/" + DSJZX + "/versions", "public-versions-420112-DSJZX-2020.json");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private WebElement row(String dept) {
        return browser.findElement(By.cssSelector("#overview-table tr[data-dept='" + dept + "']"));
    }

    private static void screenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theOverviewListsEveryDepartmentWithItsStatusAndErrorCount() throws Exception {
        browser.get(stub.url() + "/bureau/?year=2020");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-dept='" + DSJZX + "']")));

        assertThat(row(DSJZX).findElement(By.cssSelector(".name")).getText()).isEqualTo("武汉市东西湖区大数据中心");
        assertThat(row(DSJZX).findElement(By.cssSelector(".errors")).getText()).isEqualTo("2");
        assertThat(row(DSJZX).findElement(By.cssSelector(".status")).getText()).isEqualTo("校验未通过");
        assertThat(row("420112-JYJ").findElement(By.cssSelector(".status")).getText()).isEqualTo("已审核");
        assertThat(row("420112-MZJ").findElement(By.cssSelector(".status")).getText()).isEqualTo("填报中");
        assertThat(row("420112-SFJ").findElement(By.cssSelector(".status")).getText()).isEqualTo("未填报");
        waiting().until(ExpectedConditions.textToBe(By.id("user-id"), "bureau"));
        assertThat(browser.findElement(By.id("user-name")).getText()).isEqualTo("区财政局审核员");
        // the district aggregation: 表1 totals and the chart of 表3's 类
        assertThat(browser.findElement(By.cssSelector("#aggregation-table1 tr[data-row='27']")).getText()).contains("1377.55");
        waiting().until(d -> !d.findElements(By.cssSelector("#aggregation-chart svg")).isEmpty());
        screenshot("dashboard-overview.png");

        browser.findElement(By.id("filter-errors")).click();
        assertThat(browser.findElements(By.cssSelector("#overview-table tbody tr[data-dept]")))
                .extracting(e -> e.getAttribute("data-dept")).containsExactly(DSJZX);
        browser.findElement(By.id("filter-errors")).click();
        browser.findElement(By.id("filter-name")).sendKeys("民政");
        assertThat(browser.findElements(By.cssSelector("#overview-table tbody tr[data-dept]")))
                .extracting(e -> e.getAttribute("data-dept")).containsExactly("420112-MZJ");
    }

    @Test
    void withoutAYearTheDashboardOpensOnTheLatestYearAnyDepartmentHasOpened() {
        // 2021 has only departments not started; later years answer as a year without a template does (4xx)
        stub.answerJson("GET", "/api/v1/overview/2021", 200, "{\"fiscalYear\":2021,\"departments\":[{\"departmentCode\":"
                + "\"420112-SFJ\",\"departmentName\":\"武汉市东西湖区司法局\",\"status\":\"NOT_OPENED\",\"version\":0}]}");
        browser.get(stub.url() + "/bureau/");
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("tr[data-dept='" + DSJZX + "'] .errors"), "2"));
        assertThat(browser.findElement(By.id("year")).getDomProperty("value")).isEqualTo("2020");
    }

    @Test
    void aChangeOnTheEventStreamUpdatesTheOverviewWithoutAReload() {
        browser.get(stub.url() + "/bureau/?year=2020");
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("tr[data-dept='" + DSJZX + "'] .errors"), "2"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "open"));
        ((JavascriptExecutor) browser).executeScript("window.sameDocument = 'yes'");

        // a corrected batch went in: the service's overview now has no error for the department
        stub.answerFile("GET", "/api/v1/overview/2020", "overview-2020-corrected.json");
        stub.pushChange("{\"submissionId\":\"420112-DSJZX:2020\",\"departmentCode\":\"420112-DSJZX\","
                + "\"fiscalYear\":2020,\"status\":\"SUBMITTED\",\"version\":9}");

        waiting().until(ExpectedConditions.textToBe(By.cssSelector("tr[data-dept='" + DSJZX + "'] .status"), "已提交"));
        assertThat(row(DSJZX).findElement(By.cssSelector(".errors")).getText()).isEqualTo("0");
        assertThat(row(DSJZX).findElement(By.cssSelector(".version")).getText()).isEqualTo("9");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.sameDocument")).isEqualTo("yes");
    }

    @Test
    void theDepartmentViewMarksTheCellsOfItsFindingsAndLinksThemBothWays() throws Exception {
        browser.get(stub.url() + "/bureau/department.html?dept=" + DSJZX + "&year=2020");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td[data-cell='T1:27:1']")));

        // the cells of both ERROR findings are red, the WARNING's cell yellow, others plain
        for (String cell : List.of("T1:27:1", "T1:1:1", "T1:8:1", "T1:30:1", "T1:60:2")) {
            assertThat(cell(cell).getAttribute("class")).as(cell).contains("cell-error");
        }
        assertThat(cell("T3:2010101:3").getAttribute("class")).contains("cell-warning").doesNotContain("cell-error");
        assertThat(cell("T3:2010101:2").getAttribute("class")).doesNotContain("cell-error").doesNotContain("cell-warning");
        assertThat(cell("T1:27:1").getText()).isEqualTo("377.56");
        assertThat(browser.findElement(By.id("department-status")).getText()).isEqualTo("校验未通过");
        // the findings with their arithmetic
        WebElement sum = browser.findElement(By.cssSelector("#findings li[data-rule='T1-27']"));
        assertThat(sum.getText()).contains("错误").contains("应为 377.55").contains("实为 377.56").contains("差额 0.01");
        // last year beside this year
        assertThat(browser.findElement(By.cssSelector("#year-on-year tr[data-cell-ref='T1:27:1']")).getText())
                .contains("本年收入合计").contains("377.56").contains("300.00").contains("25.85%");
        // the nine tables as published, the template's labels included
        assertThat(browser.findElements(By.cssSelector("#tables section[data-table]"))).hasSize(9);
        assertThat(browser.findElement(By.cssSelector("section[data-table='T1']")).getText()).contains("本年收入合计");
        waiting().until(d -> d.findElements(By.cssSelector("#charts [data-rendered='true']")).size() == 4);

        // finding -> cell, also when the cell is a sentence of the narrative
        sum.findElement(By.cssSelector("a[data-target-cell='T1:8:1']")).click();
        assertThat(cell("T1:8:1").getAttribute("class")).contains("cell-focus");
        WebElement section = browser.findElement(By.cssSelector("#narrative section[data-cell^='narrative:s1:']"));
        assertThat(section.getAttribute("class")).contains("cell-warning");
        browser.findElement(By.cssSelector("#findings li[data-rule='N.amount'] a[data-target-cell='narrative:s1:s1-1']")).click();
        assertThat(section.getAttribute("class")).contains("cell-focus");
        // cell -> finding, and the cell's history: who, when, from what to what
        cell("T1:27:1").click();
        waiting().until(ExpectedConditions.attributeContains(By.cssSelector("#findings li[data-rule='T1-27']"), "class", "finding-focus"));
        waiting().until(d -> d.findElements(By.cssSelector("#cell-history tbody tr[data-sequence]")).size() == 2);
        WebElement change = browser.findElement(By.cssSelector("#cell-history tbody tr[data-sequence='5']"));
        assertThat(change.findElement(By.cssSelector(".actor")).getText()).isEqualTo("dsjzx-chief");
        assertThat(change.findElement(By.cssSelector(".from")).getText()).isEqualTo("377.55");
        assertThat(change.findElement(By.cssSelector(".to")).getText()).isEqualTo("377.56");
        screenshot("dashboard-department.png");
    }

    @Test
    void anEarlierVersionIsReadOnly() {
        browser.get(stub.url() + "/bureau/department.html?dept=" + DSJZX + "&year=2020");
        waiting().until(ExpectedConditions.attributeToBe(By.id("department"), "data-version", "7"));
        assertThat(browser.findElement(By.id("approve")).isEnabled()).isTrue();

        browser.findElement(By.cssSelector("#event-history li[data-sequence='5'] a.as-of-link")).click();

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("as-of-banner")));
        assertThat(browser.findElement(By.id("as-of-banner")).getText()).contains("第 6 版").contains("只读");
        assertThat(stub.seen("GET", READ_MODEL)).extracting(DashboardStub.Seen::query).contains("asOf=6");
        for (String button : List.of("approve", "return", "publish")) {
            assertThat(browser.findElement(By.id(button)).isEnabled()).as(button).isFalse();
        }
    }

    @Test
    void returningPostsTheReasonsWithTheVersionReadAndTheCsrfToken() throws Exception {
        stub.answerJson("POST", REVIEWS + "/return", 200,
                "{\"submissionId\":\"420112-DSJZX:2020\",\"version\":8,\"storedEvent\":\"SubmissionReturned\"}");
        browser.get(stub.url() + "/bureau/department.html?dept=" + DSJZX + "&year=2020");
        waiting().until(ExpectedConditions.attributeToBe(By.id("department"), "data-version", "7"));

        browser.findElement(By.id("return-reason")).sendKeys("表1 本年收入合计与各项收入之和不符\n请核对总计");
        browser.findElement(By.id("return")).click();

        waiting().until(d -> !stub.seen("POST", REVIEWS + "/return").isEmpty());
        DashboardStub.Seen posted = stub.seen("POST", REVIEWS + "/return").get(0);
        JsonNode body = json.readTree(posted.body());
        assertThat(body.get("version").asLong()).isEqualTo(7);
        assertThat(body.get("reasons")).extracting(JsonNode::asText)
                .containsExactly("表1 本年收入合计与各项收入之和不符", "请核对总计");
        assertThat(posted.csrfHeader()).isEqualTo(DashboardStub.CSRF);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-message"), "已退回部门"));
        waiting().until(d -> d.findElement(By.id("return-reason")).getDomProperty("value").isEmpty());
        screenshot("dashboard-returned.png");
    }

    @Test
    void aRefusedApprovalShowsTheServicesReasonInChinese() {
        stub.answerJson("POST", REVIEWS + "/approve", 422, "{\"title\":\"不能审核通过，未保存\",\"status\":422,"
                + "\"detail\":\"第 7 版的校验有 2 个错误，不能审核通过\",\"errors\":[{\"field\":\"findings[0]\","
                + "\"message\":\"T1-27：表1 本年收入合计（27行）应等于 1行 至 8行 之和（单元格：T1 27 行 1 栏 = 377.56）\"}],"
                + "\"findings\":[{\"ruleId\":\"T1-27\",\"severity\":\"ERROR\",\"message\":\"表1 本年收入合计（27行）应等于 1行 至 8行 之和\"}]}");
        browser.get(stub.url() + "/bureau/department.html?dept=" + DSJZX + "&year=2020");
        waiting().until(ExpectedConditions.attributeToBe(By.id("department"), "data-version", "7"));

        browser.findElement(By.id("approve")).click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-message"), "不能审核通过"));
        assertThat(browser.findElement(By.id("review-message")).getText()).contains("第 7 版的校验有 2 个错误");
        assertThat(browser.findElements(By.cssSelector("#review-message li"))).singleElement()
                .satisfies(li -> assertThat(li.getText()).startsWith("T1-27：").contains("T1 27 行 1 栏 = 377.56"));
        assertThat(stub.seen("POST", REVIEWS + "/approve")).hasSize(1);
    }

    @Test
    void signingOutPostsTheSessionsCsrfToken() {
        stub.answer("POST", "/logout", new DashboardStub.Answer(200, "text/html; charset=utf-8",
                "<p id=\"signed-out\">您已退出登录。</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        browser.get(stub.url() + "/bureau/?year=2020");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#logout button"))).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));
        assertThat(stub.seen("POST", "/logout")).singleElement()
                .satisfies(post -> assertThat(post.body()).isEqualTo("_csrf=" + DashboardStub.CSRF));
    }

    @Test
    void thePublicPageIsBuiltFromThePublicJsonAlone() throws Exception {
        browser.get(stub.url() + "/public/portal/?year=2020&dept=" + DSJZX);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("portal-title"), "武汉市东西湖区大数据中心"));
        waiting().until(d -> d.findElements(By.cssSelector("#versions li[data-published-version]")).size() == 2);

        assertThat(browser.findElement(By.id("portal-title")).getText()).isEqualTo("武汉市东西湖区大数据中心 2020 年度部门决算");
        assertThat(browser.findElement(By.cssSelector("td[data-cell='T1:27:1']")).getText()).isEqualTo("377.55");
        assertThat(browser.findElement(By.id("narrative")).getText()).contains("收入总计377.55万元");
        assertThat(browser.findElement(By.id("evaluations")).getText()).contains("数据共享接口数");
        waiting().until(d -> d.findElements(By.cssSelector("#charts [data-rendered='true']")).size() == 2);
        screenshot("public-page.png");
        // the page read the public API only: no bureau route, no token
        assertThat(stub.requests).extracting(DashboardStub.Seen::path)
                .filteredOn(p -> !p.startsWith("/public/portal/") && !p.equals("/favicon.ico"))
                .contains("/public/v1/final-accounts/2020/" + DSJZX, "/public/v1/final-accounts/2020/" + DSJZX + "/versions")
                .allMatch(p -> p.startsWith("/public/v1/"));
    }

    private WebElement cell(String id) {
        return browser.findElement(By.cssSelector("td[data-cell='" + id + "']"));
    }
}
