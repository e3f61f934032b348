package dev.showrunner.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

/**
 * Two writers in real browsers (Debian's chromium through chromium-driver): sign up, make a
 * series and an episode, type a scene and see it on the page, save, clash with a second
 * browser's save and resolve it, compare drafts, download. Screenshots go to
 * {@code target/screenshots}. Skipped where chromium is not installed, unless on CI.
 */
class BrowserTest {

    private static final Path CHROMEDRIVER = Browsers.CHROMEDRIVER;
    private static final Path CHROMIUM = Browsers.CHROMIUM;
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;
    TestStudio studio;
    WebDriver ann;
    WebDriver bob;

    @BeforeEach
    void setUp() {
        Browsers.requireChromium();
        studio = new TestStudio(dir.resolve("data"));
    }

    @AfterEach
    void tearDown() {
        for (WebDriver d : new WebDriver[] {ann, bob}) {
            if (d != null) {
                d.quit();
            }
        }
        if (studio != null) {
            studio.close();
        }
    }

    private WebDriver browser(String name) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-" + name)), "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        // the console, to find any Content-Security-Policy refusal at the end
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    @Test
    void twoWriters_writeClashResolveCompareDownload_inRealBrowsers() throws Exception {
        ann = browser("ann");
        // The first visitor makes the first account and becomes the administrator.
        ann.get(studio.base + "/");
        wait(ann).until(ExpectedConditions.urlContains("/signup"));
        shot(ann, "signup");
        ann.findElement(By.id("name")).sendKeys("Ann Author");
        ann.findElement(By.id("email")).sendKeys("ann@example.org");
        ann.findElement(By.id("password")).sendKeys("correct horse");
        ann.findElement(By.cssSelector("button[type=submit]")).click();
        wait(ann).until(ExpectedConditions.urlContains("/series"));

        ann.findElement(By.id("new-series-title")).sendKeys("Night Shift");
        ann.findElement(By.id("create-series")).click();
        wait(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Night Shift"));
        ann.findElement(By.id("new-season-title")).sendKeys("Season 1");
        ann.findElement(By.id("create-season")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".new-episode-title")));
        ann.findElement(By.cssSelector(".new-episode-title")).sendKeys("Pilot");
        ann.findElement(By.cssSelector(".new-episode")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".episode-link")));
        shot(ann, "series");

        // A writer joins: the administrator makes the account, the showrunner invites them on
        // the series page and is shown the link to pass on; Bob accepts it further down.
        String annToken = studio.signIn("ann@example.org");
        studio.account("bob@example.org", "Bob Writer", annToken);
        long series = studio.call("GET", "/api/series", annToken, null).json().get(0).get("id").asLong();
        ann.findElement(By.id("member-email")).sendKeys("bob@example.org");
        ann.findElement(By.id("member-submit")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-link")));
        String invitation = ann.findElement(By.id("invitation-link")).getAttribute("value");
        assertThat(invitation).startsWith(studio.base + "/invitations/");
        assertThat(ann.findElement(By.id("people")).getText()).contains("bob@example.org").contains("invited");
        shot(ann, "invitation");

        ann.findElement(By.cssSelector(".episode-link")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        String scriptUrl = ann.getCurrentUrl();
        type(ann, "INT. DINER - NIGHT\n\nRain on the windows.\n\nMAE\n(pouring)\nMore coffee?\n\nEXT. PARKING LOT - NIGHT\n\n<script>window.pwned = 1</script>\n");
        wait(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#preview .scene-heading"), "INT. DINER - NIGHT"));
        wait(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.id("scene-list"), "EXT. PARKING LOT - NIGHT"));
        assertThat(ann.findElement(By.cssSelector("#preview .character")).getText()).isEqualTo("MAE");
        assertThat(ann.findElement(By.id("preview")).getText()).contains("<script>window.pwned = 1</script>");
        assertThat(((JavascriptExecutor) ann).executeScript("return window.pwned === undefined")).isEqualTo(true);
        // The scene navigator takes the editor to the scene.
        ann.findElement(By.cssSelector("#scene-list li:nth-child(2) a")).click();
        assertThat(((JavascriptExecutor) ann).executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getCursor().line")).isEqualTo(8L); // 0-based: the heading is on line 9
        ann.findElement(By.id("draft-name")).sendKeys("First Draft");
        ann.findElement(By.id("save-draft")).click();
        wait(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-state"), "Saved as Draft 1"));
        shot(ann, "script");

        // Ann keeps writing and closes nothing; the autosave keeps her work on the server.
        replaceLine(ann, "Rain on the windows.", "Neon rain streaks the windows.");
        wait(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-state"), "Unsaved changes kept"));

        // Meanwhile Bob, in another browser, changes the same line and saves first.
        // He opens Ann's link, signs in from it and accepts.
        bob = browser("bob");
        bob.get(invitation);
        bob.findElement(By.id("invitation-signin")).click();
        bob.findElement(By.id("email")).sendKeys("bob@example.org");
        bob.findElement(By.id("password")).sendKeys("correct horse");
        bob.findElement(By.cssSelector("button[type=submit]")).click();
        wait(bob).until(ExpectedConditions.presenceOfElementLocated(By.id("accept-invitation")));
        bob.findElement(By.id("accept-invitation")).click();
        wait(bob).until(ExpectedConditions.urlMatches("/series/[0-9]+$"));
        bob.get(scriptUrl);
        wait(bob).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        replaceLine(bob, "Rain on the windows.", "Rain hammers the windows.");
        bob.findElement(By.id("save-draft")).click();
        wait(bob).until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-state"), "Saved as Draft 2"));

        // Ann saves: her line clashes with Bob's, so she is shown both and chooses.
        ann.findElement(By.id("save-draft")).click();
        wait(ann).until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
        assertThat(ann.findElement(By.id("conflict-list")).getText())
                .contains("Neon rain streaks the windows.").contains("Rain hammers the windows.");
        shot(ann, "conflict");
        ann.findElement(By.cssSelector("#conflict-list .resolve-mine")).click();
        ann.findElement(By.id("save-draft")).click();
        wait(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-state"), "Saved as Draft 3"));

        // Compare Bob's draft with Ann's resolution.
        ann.findElement(By.id("history-link")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("compare")));
        shot(ann, "history");
        ann.findElement(By.cssSelector("input[name=from][value='2']")).click();
        ann.findElement(By.cssSelector("input[name=to][value='3']")).click();
        ann.findElement(By.id("compare")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sr-diff")));
        assertThat(ann.findElement(By.cssSelector(".sr-changed .sr-edit td:first-child")).getText()).isEqualTo("Rain hammers the windows.");
        assertThat(ann.findElement(By.cssSelector(".sr-changed .sr-edit td:nth-child(2)")).getText()).isEqualTo("Neon rain streaks the windows.");
        assertThat(ann.findElements(By.cssSelector(".sr-changed .sr-edit del"))).isNotEmpty();
        shot(ann, "compare");
        ann.findElement(By.id("view-lines")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".compare")));
        assertThat(ann.findElement(By.cssSelector(".row-removed")).getText()).contains("Rain hammers the windows.");
        assertThat(ann.findElement(By.cssSelector(".row-added")).getText()).contains("Neon rain streaks the windows.");
        shot(ann, "compare-lines");

        // The showrunner locks draft 2 as the production draft and issues draft 3 as Blue pages.
        ann.get(scriptUrl + "/history");
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("issue")));
        new org.openqa.selenium.support.ui.Select(ann.findElement(By.name("draft"))).selectByValue("2");
        ann.findElement(By.name("label")).sendKeys("Production Draft");
        ann.findElement(By.id("issue")).click();
        wait(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.issues"), "White (locked)"));
        ann.get(scriptUrl + "/history");
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("issue")));
        new org.openqa.selenium.support.ui.Select(ann.findElement(By.name("draft"))).selectByValue("3");
        ann.findElement(By.id("issue")).click();
        wait(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ul.issues"), "Blue revision"));
        shot(ann, "history");

        // Download the latest draft as Fountain.
        ann.get(scriptUrl);
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("download")));
        String href = ann.findElement(By.id("download")).getAttribute("href");
        Object downloaded = ((JavascriptExecutor) ann).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.headers.get('Content-Disposition') + '\\n' + t)));", href);
        assertThat((String) downloaded).startsWith("attachment; filename=\"Pilot-draft-3.fountain\"")
                .contains("Neon rain streaks the windows.").doesNotContain("Rain hammers");

        // A longer script (the corpus short that seeds the demo), for the guide's pictures.
        long season = studio.call("GET", "/api/series/" + series, annToken, null).json().get("seasons").get(0).get("season").get("id").asLong();
        long demo = studio.call("POST", "/api/seasons/" + season + "/episodes", annToken, Map.of("title", "Full Retired")).json().get("id").asLong();
        String text;
        try (var in = BrowserTest.class.getResourceAsStream("/demo/brick-n-steel.fountain")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        studio.call("POST", "/api/episodes/" + demo + "/drafts", annToken, Map.of("base", 0, "text", text, "name", "First Draft"));
        ann.get(studio.base + "/episodes/" + demo);
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        assertThat(ann.findElements(By.cssSelector("#preview .page"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ann.findElement(By.cssSelector("#preview .title-page .title")).getText()).contains("BRICK & STEEL");
        shot(ann, "script-demo-title");
        ((JavascriptExecutor) ann).executeScript("var p = document.querySelector('.pages');"
                + "p.scrollTop += document.getElementById('page-1').getBoundingClientRect().top - p.getBoundingClientRect().top - 10;");
        shot(ann, "script-demo");

        // And as a PDF, laid out by the engine.
        String pdf = ann.findElement(By.id("download-pdf")).getAttribute("href");
        Object pdfHead = ((JavascriptExecutor) ann).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('Content-Type') + ' '"
                        + " + String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5))))));", pdf);
        assertThat((String) pdfHead).isEqualTo("application/pdf %PDF-");

        // Its breakdown, from the script page: a row per scene, tinted as its strip, then the cast.
        ann.findElement(By.id("breakdown-link")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.breakdown")));
        assertThat(ann.findElements(By.cssSelector("table.breakdown tbody tr"))).hasSizeGreaterThan(3);
        assertThat(ann.findElements(By.cssSelector("table.breakdown tr.strip-yellow, table.breakdown tr.strip-blue,"
                + " table.breakdown tr.strip-green"))).isNotEmpty();
        assertThat(ann.findElement(By.id("cast-list")).getText()).contains("Cast on set");
        shot(ann, "breakdown");

        // From the breakdown to the schedule page: first the production files, as the first AD
        // keeps them (the patio and the pool are one house; what the leads cost a day).
        ann.findElement(By.id("breakdown-schedule")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("files-form")));
        ((JavascriptExecutor) ann).executeScript("document.getElementById('files-places').value ="
                + " \"BRICK'S HOUSE: BRICK'S PATIO, BRICK'S POOL\\n\";"
                + "document.getElementById('files-castCosts').value = 'STEEL: 12\\nBRICK: 10\\nCOGNITO: 6\\n';"
                + "document.getElementById('files-unavailable').value = 'COGNITO: 2027-03-02\\n';");
        ann.findElement(By.id("files-save")).click();
        wait(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.id("production-files"), "Version 1, saved by Ann"));
        assertThat(ann.findElement(By.id("files-castCosts")).getAttribute("value")).isEqualTo("STEEL: 12\nBRICK: 10\nCOGNITO: 6\n");
        ann.findElement(By.cssSelector("#production-files > summary")).click(); // saved files start folded
        ((JavascriptExecutor) ann).executeScript("document.getElementById('production-files').scrollIntoView();");
        shot(ann, "production-files");

        // Scheduled under those files: five pages in an eleven-hour day from a Monday, a company
        // move at five cast-days, two seconds of search.
        ((JavascriptExecutor) ann).executeScript("document.getElementById('schedule-start').value = '2027-03-01';"
                + "document.getElementById('schedule-seconds').value = '2';"
                + "document.getElementById('schedule-hours').value = '11';"
                + "document.getElementById('schedule-move-cost').value = '5';"
                + "document.getElementById('schedule-form').scrollIntoView();");
        shot(ann, "schedule-form");
        ann.findElement(By.id("schedule-run")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("stripboard")));
        assertThat(ann.findElements(By.cssSelector("#stripboard tr.day-break"))).isNotEmpty();
        assertThat(ann.findElement(By.id("schedule-summary")).getText()).contains("shooting days").contains("lower bound");
        assertThat(ann.findElement(By.id("day-out-of-days")).getText()).contains("Day out of days");
        ((JavascriptExecutor) ann).executeScript("document.getElementById('schedule-summary').scrollIntoView();");
        shot(ann, "schedule");

        // The stripboard downloads as its button posts it: the board travels in the form, not the address.
        Object stripboard = ((JavascriptExecutor) ann).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var form = document.getElementById('downloads');"
                        + "var button = document.getElementById('download-stripboard-pdf');"
                        + "fetch(button.formAction, {method: 'POST', body: new URLSearchParams(new FormData(form))})"
                        + ".then(r => r.arrayBuffer().then(b => done(r.headers.get('Content-Type') + ' '"
                        + " + String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5))))));");
        assertThat((String) stripboard).isEqualTo("application/pdf %PDF-");

        // The first AD moves the first strip to a day of its own: the board is priced again at once.
        String days = ann.findElements(By.cssSelector("#stripboard tr.day-break")).size() + 1 + "";
        String moved = ann.findElement(By.cssSelector("#stripboard tr[draggable=true]")).getAttribute("id");
        new org.openqa.selenium.support.ui.Select(ann.findElement(By.cssSelector("#stripboard select.move-strip")))
                .selectByVisibleText("a new day");
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("board-by-hand")));
        assertThat(ann.findElements(By.cssSelector("#stripboard tr.day-break"))).hasSize(Integer.parseInt(days));
        assertThat(ann.getCurrentUrl()).contains("&days=");

        // She drags that strip back onto the banner that closes day 1: it returns to day 1, as its
        // Day list would move it. (The drag is driven by the browser's drag events here:
        // WebDriver's native drag does not reach HTML drag and drop.)
        WebElement before = ann.findElement(By.id("stripboard"));
        ((JavascriptExecutor) ann).executeScript("const from = document.getElementById(arguments[0]);"
                + "const to = document.getElementById('day-1'); const data = new DataTransfer();"
                + "from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                + "to.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                + "to.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));", moved);
        wait(ann).until(ExpectedConditions.stalenessOf(before));
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("board-by-hand")));
        assertThat(ann.findElement(By.cssSelector("#" + moved + " select.move-strip option:checked")).getText()).isEqualTo("1");
        assertThat(ann.findElements(By.id("move-refused"))).isEmpty();
        assertThat(ann.findElements(By.cssSelector("#stripboard tr.day-break"))).hasSize(Integer.parseInt(days) - 1);

        // She locks the first strip on its day and has the rest searched again around it.
        ann.findElement(By.cssSelector("#stripboard input.lock-strip")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("search-locked")));
        assertThat(ann.getCurrentUrl()).contains("&locks=");
        ann.findElement(By.id("search-locked")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("board-found")));
        assertThat(ann.getCurrentUrl()).contains("&locks=").contains("from=search").contains("&hours=11&moveCost=5&");
        assertThat(ann.findElements(By.cssSelector("#stripboard input.lock-strip:checked"))).hasSize(1);
        ((JavascriptExecutor) ann).executeScript("document.getElementById('stripboard').scrollIntoView();");
        shot(ann, "schedule-locked");

        // She saves that board as the shooting schedule: it is listed above the files, and its
        // own page says so.
        ann.findElement(By.id("save-schedule-name")).sendKeys("Shooting schedule");
        ann.findElement(By.id("save-schedule")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("saved-as")));
        assertThat(ann.findElement(By.id("saved-as")).getText()).contains("Saved as Shooting schedule (schedule 1), by Ann");
        assertThat(ann.findElement(By.id("saved-schedules")).getText()).contains("Shooting schedule");
        assertThat(ann.getCurrentUrl()).contains("&hours=11&moveCost=5&");
        ((JavascriptExecutor) ann).executeScript("document.getElementById('saved-schedules').scrollIntoView();");
        shot(ann, "saved-schedules");

        // A strip moves to a day of its own; the board is saved again, as the revised schedule,
        // and what changed lists the scenes now shot on other dates.
        new org.openqa.selenium.support.ui.Select(ann.findElement(By.cssSelector("#stripboard select.move-strip")))
                .selectByVisibleText("a new day");
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("save-schedule-name")));
        ann.findElement(By.id("save-schedule-name")).sendKeys("Revised schedule");
        ann.findElement(By.id("save-schedule")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("changes-2")));
        ann.findElement(By.id("changes-2")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("changes-moved")));
        assertThat(ann.findElement(By.tagName("h1")).getText()).isEqualTo("Revised schedule: what changed since Shooting schedule");
        assertThat(ann.findElements(By.cssSelector("#changes-moved tbody tr"))).isNotEmpty();
        shot(ann, "schedule-changes");
        ann.get(studio.base + "/episodes/" + demo);
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));

        // The same page on a tablet.
        ann.manage().window().setSize(new Dimension(1024, 768));
        ann.navigate().refresh();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        assertThat(ann.findElement(By.id("scene-jump")).isDisplayed()).isTrue();
        assertThat(ann.findElement(By.cssSelector(".scenes")).isDisplayed()).isFalse();
        shot(ann, "script-tablet");

        // Nothing on any page was refused by the Content-Security-Policy.
        for (WebDriver d : new WebDriver[] {ann, bob}) {
            assertThat(d.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
                    .extracting(org.openqa.selenium.logging.LogEntry::getMessage)
                    .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"));
        }
    }

    /**
     * Issue 22's scenario on the seeded demo pilot (locked, with Blue pages): a draft adds a
     * scene after 7 and one after 8; the saved schedule is carried to it and saved again. The
     * breakdown, the stripboard, the calendar and the what-changed memo all say 7A and 8A, the
     * memo gives every old scene its own day, and the carried board keeps its days.
     */
    @Test
    void demoPilot_scenesAddedAfterLock_everySurfaceSays7AAnd8AAndTheCarriedBoardKeepsItsDays() throws Exception {
        dev.showrunner.studio.demo.DemoSeed.seedIfEmpty(studio.services);
        String token = studio.call("POST", "/api/session", null, Map.of("email", dev.showrunner.studio.demo.DemoSeed.SHOWRUNNER_EMAIL,
                "password", dev.showrunner.studio.demo.DemoSeed.PASSWORD)).json().get("token").asText();
        long series = studio.call("GET", "/api/series", token, null).json().get(0).get("id").asLong();
        long pilot = studio.call("GET", "/api/series/" + series, token, null).json().get("seasons").get(0).get("episodes")
                .get(0).get("id").asLong();
        // the schedule of the Blue draft, as the first AD saved it
        var found = studio.call("GET", "/api/episodes/" + pilot + "/schedule?eighths=40&start=2027-03-01&seconds=1", token,
                null).json();
        String board = found.get("board").asText();
        studio.call("POST", "/api/episodes/" + pilot + "/schedules", token, Map.of("name", "Shooting schedule",
                "eighths", 40, "start", "2027-03-01", "days", board));
        var before = studio.call("GET", "/api/episodes/" + pilot + "/breakdown", token, null).json();
        assertThat(before.get("scenes").findValuesAsText("number")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");

        ann = browser("demo");
        ann.get(studio.base + "/signin");
        ann.findElement(By.id("email")).sendKeys(dev.showrunner.studio.demo.DemoSeed.SHOWRUNNER_EMAIL);
        ann.findElement(By.id("password")).sendKeys(dev.showrunner.studio.demo.DemoSeed.PASSWORD);
        ann.findElement(By.cssSelector("button[type=submit]")).click();
        wait(ann).until(ExpectedConditions.urlContains("/series"));

        // A writer's new draft: a car scene before the mansion, the gates after it.
        ann.get(studio.base + "/episodes/" + pilot);
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        replaceLine(ann, "EXT. PALATIAL MANSION - DAY", "INT. BRICK'S CAR - DAY\n\nSTEEL fiddles with the radio.\n\n"
                + "EXT. PALATIAL MANSION - DAY");
        replaceLine(ann, "Beer flies.", "Beer flies.\n\nEXT. MANSION GATES - NIGHT\n\nThe MINION chains the gates.");
        ann.findElement(By.id("save-draft")).click();
        wait(ann).until(ExpectedConditions.textToBePresentInElementLocated(By.id("base-label"), "Draft 5"));
        // the page view is the locked pages: Blue, the new scenes starred under their numbers
        By sevenA = By.xpath("//div[@id='preview']//p[@class='sn' and text()='7A']");
        wait(ann).until(ExpectedConditions.numberOfElementsToBe(sevenA, 2));
        assertThat(ann.findElement(By.id("lock-state")).getText()).contains("Blue revision current");
        assertThat(ann.findElements(By.cssSelector("#preview p.mark"))).isNotEmpty();
        ((JavascriptExecutor) ann).executeScript("document.getElementById('scene-8').scrollIntoView();");
        shot(ann, "locked-script");

        // The breakdown names them by their locked numbers.
        ann.get(studio.base + "/episodes/" + pilot + "/breakdown");
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.breakdown")));
        String breakdown = ann.findElement(By.cssSelector("table.breakdown")).getText();
        assertThat(breakdown).contains("7A").contains("8A").contains("BRICK'S CAR").contains("MANSION GATES");
        shot(ann, "locked-breakdown");

        // The saved schedule carried to the new draft: every old scene on its day, on its strip.
        ann.get(studio.base + "/episodes/" + pilot + "/schedule");
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("carry-1")));
        ann.findElement(By.id("carry-1")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("board-carried")));
        assertThat(ann.findElement(By.id("board-carried")).getText()).contains("2 new scenes to be scheduled (7A, 8A")
                .contains("0 scenes cut, 0 scenes on another date");
        assertThat(ann.findElements(By.id("strip-7A"))).hasSize(1);
        assertThat(ann.findElements(By.id("strip-8A"))).hasSize(1);
        String[] was = board.split("\\.");
        String[] now = ann.getCurrentUrl().replaceFirst(".*[?&]days=([0-9.]+).*", "$1").split("\\.");
        assertThat(now).hasSize(10);
        // the old scenes 1-7 stand at 1-7 and 8 at 9: each kept its day
        for (int scene = 0; scene < 7; scene++) {
            assertThat(now[scene]).as("scene " + (scene + 1)).isEqualTo(was[scene]);
        }
        assertThat(now[8]).as("scene 8").isEqualTo(was[7]);
        ((JavascriptExecutor) ann).executeScript("document.getElementById('stripboard').scrollIntoView();");
        shot(ann, "locked-carried");
        ann.findElement(By.id("save-schedule-name")).sendKeys("Revised schedule");
        ann.findElement(By.id("save-schedule")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("changes-2")));

        // What changed: the two new scenes, by their numbers, on the new day; nothing else moved.
        ann.findElement(By.id("changes-2")).click();
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("changes-added")));
        assertThat(ann.findElements(By.id("changes-moved"))).isEmpty();
        assertThat(ann.findElements(By.id("changes-dropped"))).isEmpty();
        assertThat(ann.findElement(By.id("added-7A")).getText()).contains("BRICK'S CAR");
        assertThat(ann.findElement(By.id("added-8A")).getText()).contains("MANSION GATES");
        shot(ann, "locked-changes");

        // On the history page the next revision is offered in Pink, and the Blue one downloads as PDFs.
        ann.get(studio.base + "/episodes/" + pilot + "/history");
        wait(ann).until(ExpectedConditions.presenceOfElementLocated(By.id("issue-color")));
        assertThat(new org.openqa.selenium.support.ui.Select(ann.findElement(By.id("issue-color")))
                .getFirstSelectedOption().getText()).isEqualTo("Pink");
        assertThat(ann.findElement(By.id("download-1")).getText()).contains("Download PDF").contains("as text");
        ((JavascriptExecutor) ann).executeScript("document.getElementById('download-1').scrollIntoView();");
        shot(ann, "locked-history");

        // The calendar of the revised schedule says them too.
        String calendar = new String(studio.download("/episodes/" + pilot + "/schedules/2/reports/schedule.ics", token),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(calendar).contains("7A").contains("8A");
    }

    private static void type(WebDriver driver, String text) {
        WebElement input = driver.findElement(By.cssSelector(".CodeMirror textarea"));
        driver.findElement(By.cssSelector(".CodeMirror")).click();
        input.sendKeys(text);
    }

    /** Replaces one line's text through CodeMirror's own API, as a paste would. */
    private static void replaceLine(WebDriver driver, String from, String to) {
        ((JavascriptExecutor) driver).executeScript(
                "var cm = document.querySelector('.CodeMirror').CodeMirror;"
                        + "cm.setValue(cm.getValue().replace(arguments[0], arguments[1]));", from, to);
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void shot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
