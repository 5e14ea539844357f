package finacct.system;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Debian's chromium and its driver, headless; the browser tests skip only when they are not installed. */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static WebDriver open(String windowSize) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no chromium / chromedriver under /usr/bin (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--window-size=" + windowSize, "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Keeps what the browser shows as target/{name}. */
    static void screenshot(WebDriver browser, String name) throws java.io.IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Opens {@code page} as the bureau's reviewer, signing in at the issuer's page with the seeded account. */
    static void signInAsBureau(WebDriver browser, finacct.cli.up.Platform platform, String page) throws java.io.IOException {
        String password = Files.readAllLines(platform.issuer().identityDir().resolve("initial-passwords.txt")).stream()
                .filter(line -> line.startsWith("user bureau ")).map(line -> line.split(" ")[2])
                .findFirst().orElseThrow();
        browser.manage().deleteAllCookies();
        browser.get(page);
        WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        browser.findElement(By.name("username")).sendKeys("bureau");
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(page.substring(0, page.indexOf("/bureau/"))));
    }
}
