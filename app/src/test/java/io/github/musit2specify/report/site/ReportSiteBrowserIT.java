package io.github.musit2specify.report.site;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.cli.Main;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.EmbeddedS3;
import io.github.musit2specify.testkit.GroupRow;
import io.github.musit2specify.testkit.MembershipRow;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.SyntheticMusit;
import io.github.musit2specify.testkit.UserRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The HTML overview as a person sees it: reports of real flow runs against the embedded world,
 * `reports html`, then headless Chromium (Debian's chromium + chromium-driver, installed by .ci/run).
 * Screenshots go to app/target/report-site/.
 */
class ReportSiteBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String USERS = "application-users-usd-metadata-brukarar";
    static final String NEW_BAD_LOGIN = "testnyfeil";

    static Map<String, String> env;
    static JsonNode dryUsers;
    static JsonNode liveUsers;
    static JsonNode liveAgents;
    static Path site = Path.of("target", "report-site").toAbsolutePath();
    static MusitSource musit;
    static ChromeDriver browser;

    @BeforeAll
    static void runFlowsAndBuildTheSite() throws Exception {
        SpecifyTestDatabase specify = EmbeddedMariaDb.shared().createSpecifyDatabase("site_browser");
        musit = MusitSource.inMemory("site_browser");
        new SyntheticMusit(11).generate(musit, 80, 25, true);
        EmbeddedS3 s3 = EmbeddedS3.shared();
        env = new HashMap<>(specify.env());
        env.putAll(musit.env("IT"));
        env.putAll(s3.env(s3.createUniqueBucket("site-browser")));

        dryUsers = runJson("run", "migrate-users", "--oracle-env", "IT", "--json");
        // a new bad row between the rehearsals: the comparison must call its error "new"
        musit.insertUsers(List.of(new UserRow(NEW_BAD_LOGIN, "Nyfeil".repeat(10) + " Testesen", null, null, "NHM", null, null, null,
                "N", LocalDate.of(2020, 1, 1), null)));
        musit.insertMemberships(List.of(new MembershipRow(90_000, NEW_BAD_LOGIN, 1L, "J")));
        liveUsers = runJson("run", "migrate-users", "--oracle-env", "IT", "--dry-run=false", "--json");
        liveAgents = runJson("run", "migrate-musit-agents", "--oracle-env", "IT", "--dry-run=false", "--json");

        Files.createDirectories(site);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(Env.of(env), new PrintWriter(out), new PrintWriter(err), "reports", "html", "--out", site.toString());
        assertThat(exit).as(err.toString()).isZero();
        browser = startChromium();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (musit != null) {
            musit.close();
        }
    }

    private static JsonNode runJson(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(Env.of(env), new PrintWriter(out), new PrintWriter(err), args);
        assertThat(exit).as(String.join(" ", args) + ": " + err).isZero();
        return Json.MAPPER.readTree(out.toString());
    }

    /** Fails (never skips) without Chromium: CI installs it, so a missing browser is a broken set-up. */
    private static ChromeDriver startChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--user-data-dir=" + site.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static String page() {
        return site.resolve(ReportSite.INDEX_FILE).toUri().toString();
    }

    private static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), site.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void overviewShowsEveryRunWithItsCounters() throws Exception {
        browser.get(page());
        WebElement overview = browser.findElement(By.id("overview"));
        assertThat(overview.isDisplayed()).isTrue();
        assertThat(overview.getText()).contains("3 runs in 2 categories");

        WebElement users = browser.findElement(By.id("cat-" + USERS)).findElement(By.xpath("ancestor::section[1]"));
        List<WebElement> rows = users.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        List<String> headers = new ArrayList<>();
        users.findElements(By.cssSelector("thead th")).forEach(h -> headers.add(h.getText()));
        int created = headers.indexOf("users_created");
        assertThat(created).isPositive();
        WebElement newest = rows.get(0);
        assertThat(newest.findElement(By.tagName("th")).getText()).isEqualTo(liveUsers.get("generated_at_utc").asText());
        assertThat(newest.findElements(By.cssSelector("th, td")).get(created).getText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%,d", liveUsers.get("users_created").asLong()));
        assertThat(newest.getText()).contains("live", "completed");
        assertThat(rows.get(1).getText()).contains("dry run");
        assertThat(users.findElements(By.cssSelector("svg[role=img]"))).isNotEmpty();
        screenshot("overview.png");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(page());
        assertThat(browser.findElement(By.id("overview")).isDisplayed()).isTrue();
        screenshot("overview-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void runPageListsEveryErrorLine() throws Exception {
        browser.get(page());
        browser.findElement(By.linkText(liveUsers.get("generated_at_utc").asText())).click();
        assertThat(browser.findElement(By.id("overview")).isDisplayed()).as("only the run page is shown").isFalse();
        WebElement run = browser.findElement(By.id("run-" + USERS + "-" + liveUsers.get("generated_at_utc").asText()));
        assertThat(run.isDisplayed()).isTrue();
        List<String> errors = new ArrayList<>();
        run.findElements(By.cssSelector("ol.errors li")).forEach(li -> errors.add(li.getText()));
        List<String> expected = new ArrayList<>();
        liveUsers.get("errors").forEach(e -> expected.add(e.asText()));
        assertThat(errors).containsExactlyElementsOf(expected).anyMatch(l -> l.contains("'" + NEW_BAD_LOGIN + "'"));
        assertThat(run.getText()).contains("users_created", "oracle_env", "IT", "Download the report JSON");
        screenshot("run.png");
    }

    @Test
    void diffPageNamesTheNewError() throws Exception {
        browser.get(page());
        browser.findElement(By.partialLinkText("changes since " + dryUsers.get("generated_at_utc").asText())).click();
        WebElement diff = browser.findElement(By.id("diff-" + USERS + "-" + liveUsers.get("generated_at_utc").asText()));
        assertThat(diff.isDisplayed()).isTrue();
        String id = diff.getAttribute("id");
        assertThat(browser.findElement(By.id(id + "-new")).getText()).isEqualTo("New errors (in B, not in A): 1");
        List<WebElement> added = diff.findElements(By.cssSelector("ol[aria-labelledby='" + id + "-new'] li"));
        assertThat(added).singleElement().extracting(WebElement::getText).asString()
                .startsWith("Error migrating user '" + NEW_BAD_LOGIN + "'");
        assertThat(browser.findElement(By.id(id + "-gone")).getText()).isEqualTo("Gone errors (in A, not in B): 0");
        assertThat(diff.getText()).contains("dry_run", "true", "false");
        screenshot("diff.png");
    }
}
