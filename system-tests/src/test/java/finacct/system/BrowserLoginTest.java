package finacct.system;

import finacct.cli.up.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer opens the bureau's page in a real browser (headless Debian chromium), is sent to the embedded issuer's
 * sign-in page, signs in with the seeded bureau account, and lands back on the page behind the gateway, which names
 * them; the overview then opens with the same session (the gateway relays the access token); "退出登录" ends the
 * session at the gateway and at the issuer. Skipped only when no
 * chromium is installed. The screenshot is kept under target/.
 */
class BrowserLoginTest {

    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = HeadlessChromium.open("1200,800");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReviewerSignsInAtTheIssuerLandsOnTheBureauPageWithTheirNameAndSignsOut() throws Exception {
        Platform platform = RunningPlatform.get();
        String password = Files.readAllLines(platform.issuer().identityDir().resolve("initial-passwords.txt")).stream()
                .filter(line -> line.startsWith("user bureau ")).map(line -> line.split(" ")[2])
                .findFirst().orElseThrow();
        String gateway = platform.options().gatewayUrl();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get(gateway + "/bureau/");
        // the issuer's sign-in page, on the issuer's own address
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertThat(browser.getCurrentUrl()).startsWith(platform.issuer().issuerUrl() + "/login");
        browser.findElement(By.name("username")).sendKeys("bureau");
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-id")));
        HeadlessChromium.screenshot(browser, "bureau-login.png");
        assertThat(browser.getCurrentUrl()).isEqualTo(gateway + "/bureau/");
        assertThat(browser.findElement(By.id("user-id")).getText()).isEqualTo("bureau");
        assertThat(browser.findElement(By.id("user-name")).getText()).isEqualTo("区财政局审核员");

        // the same session reads the bureau's overview: the gateway relayed the reviewer's token to the service
        browser.get(gateway + "/api/v1/overview/2020");
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(AssertionError.class)
                .until(d -> d.getPageSource().contains("\"departments\""));
        assertThat(browser.getPageSource()).as(browser.getPageSource()).contains("420112-DSJZX");

        // signing out ends the gateway's session and the issuer's: the old session cookie gets no bureau page, and
        // the browser is asked for the password again
        browser.get(gateway + "/bureau/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#logout button")));
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        browser.findElement(By.cssSelector("#logout button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));
        assertThat(browser.getCurrentUrl()).isEqualTo(gateway + "/signed-out");
        assertThat(browser.findElement(By.id("signed-out")).getText()).isEqualTo("您已退出登录。");

        HttpResponse<String> withOldSession = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(gateway + "/bureau/")).header("Cookie", "SESSION=" + session)
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withOldSession.statusCode()).isEqualTo(302);
        assertThat(withOldSession.headers().firstValue("Location").orElse("")).endsWith("/oauth2/authorization/finacct");

        browser.get(gateway + "/bureau/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertThat(browser.getCurrentUrl()).startsWith(platform.issuer().issuerUrl() + "/login");
    }

    @Test
    void aWrongPasswordStaysOnTheSignInPage() throws Exception {
        Platform platform = RunningPlatform.get();
        browser.manage().deleteAllCookies();
        browser.get(platform.issuer().issuerUrl() + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        browser.findElement(By.name("username")).sendKeys("bureau");
        browser.findElement(By.name("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(browser.getCurrentUrl()).startsWith(platform.issuer().issuerUrl() + "/login?error");
    }
}
