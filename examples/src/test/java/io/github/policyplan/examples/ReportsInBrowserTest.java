package io.github.policyplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.policyplan.report.Supervision;
import io.github.policyplan.report.SupervisionRules;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example reports in a real browser: headless Chromium loads each page, takes a screenshot at the width
 * of an A4 page and prints it to PDF. Each page must load without a console message (a blocked fetch or
 * script would log one), draw its Chinese with a CJK font, print on the expected number of A4 pages, and
 * keep everything inside the page width (the right margin of the screenshot stays background).
 *
 * <p>Skipped when Chromium is not installed, so that {@code mvn verify} runs anywhere; {@code .ci/run}
 * installs {@code chromium} and {@code fonts-noto-cjk}, so CI always runs it. One Chromium run per page (the
 * screenshot and the PDF together), two at a time, and one for a bad page that shows the checks can fail.
 */
class ReportsInBrowserTest {

    /** An A4 page's width in CSS pixels (210 mm at 96 per inch). */
    private static final int A4_WIDTH = 794;
    /** The right margin checked: the pages keep 45 px each side of their 186 mm. */
    private static final int MARGIN = 32;
    private static final int WHITE = 0xffffff;
    private static final Pattern CONSOLE = Pattern.compile(".*:CONSOLE[:(].*|.*Uncaught.*");
    private static final Pattern FONT = Pattern.compile("/FontName\\s*/[A-Z]{6}\\+([A-Za-z0-9_-]+)");
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");
    private static final Pattern COUNT = Pattern.compile("/Count\\s+(\\d+)");

    /** The pages rendered, and the height of the window each is rendered in (taller than the page). */
    private static final Map<String, Integer> PAGES = Map.of("scorecard-zh.html", 14000, "supervision-zh.html", 4000,
            "assessment-zh.html", 8000, "scorecard-units-zh.html", 14000, "bad.html", 1000);

    @TempDir
    static Path temp;
    private static String browser;
    private static long started;
    private static ExecutorService pool;
    private static final Map<String, Future<Rendered>> RENDERED = new ConcurrentHashMap<>();

    @BeforeAll
    static void findTheBrowserAndRenderThePages() throws IOException {
        browser = which("chromium", "chromium-browser", "google-chrome");
        assumeTrue(browser != null, "Chromium is not installed: the browser test runs in CI (.ci/run installs it)");
        started = System.nanoTime();
        for (Map.Entry<String, String> f : ExampleReports.reports().entrySet()) {
            Files.writeString(temp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        writeABadPage();
        // Two Chromiums at a time: the pages are independent, and CI machines have two cores.
        pool = Executors.newFixedThreadPool(2);
        for (Map.Entry<String, Integer> p : new TreeMap<>(PAGES).entrySet()) {
            RENDERED.put(p.getKey(), pool.submit(() -> render(temp.resolve(p.getKey()), p.getValue())));
        }
    }

    @AfterAll
    static void sayHowLongItTook() {
        if (browser != null) {
            pool.shutdownNow();
            System.out.printf(java.util.Locale.ROOT, "ReportsInBrowserTest: %d pages in %.1f s with %s%n", PAGES.size(),
                    (System.nanoTime() - started) / 1e9, browser);
        }
    }

    /** A page with a blocked fetch and a table wider than the page, to show that the checks can fail. */
    private static void writeABadPage() throws IOException {
        String head = Files.readString(temp.resolve("supervision-zh.html"));
        head = head.substring(0, head.indexOf("</head>"));
        Files.writeString(temp.resolve("bad.html"), head + "</head><body><p>测试</p><table style=\"width:1200px\"><tr><td>宽表"
                + "</td></tr></table><img alt=\"\" src=\"http://127.0.0.1:9/x.png\"></body></html>", StandardCharsets.UTF_8);
    }

    /** What a Chromium run left: its log, the screenshot and the PDF. */
    record Rendered(List<String> log, BufferedImage screenshot, byte[] pdf) {
    }

    @Test
    void theScorecardLoadsCleanlyInCjkOnA4WithinThePageWidth() throws Exception {
        // The summary (1 page), the tree of 63 nodes (3) and three sections of 21, 17 and 9 targets (5, 4, 2),
        // each part from a new page: 15 pages with fonts-noto-cjk.
        check("scorecard-zh.html", 15);
    }

    @Test
    void theScorecardWithUnitsSharesLoadsCleanlyInCjkOnA4WithinThePageWidth() throws Exception {
        // The summary (1 page), the tree of 5 nodes with the 57 units' shares under its 3 targets, and the
        // section of 3 targets, each with its roll-up and its table of 19 units: 10 pages with fonts-noto-cjk.
        check("scorecard-units-zh.html", 10);
    }

    @Test
    void theSupervisionNoticesPrintOnePagePerDepartment() throws Exception {
        int notices = Supervision.of(ExampleReports.county(), SupervisionRules.standard()).notices().size();
        check("supervision-zh.html", notices);
    }

    @Test
    void theAssessmentLoadsCleanlyInCjkOnA4WithinThePageWidth() throws Exception {
        // The rankings (2 pages), then 11 townships (4) and 8 departments (3) with the targets behind each score.
        check("assessment-zh.html", 9);
    }

    @Test
    void theChecksFindAConsoleErrorAndAnOverflowWhenThereAreSome() throws Exception {
        Rendered r = RENDERED.get("bad.html").get();

        assertThat(consoleMessages(r.log())).as("the blocked image is logged").isNotEmpty();
        assertThat(inkInRightMargin(r.screenshot())).as("the wide table is seen").isPositive();
    }

    private static void check(String name, int pages) throws Exception {
        Rendered r = RENDERED.get(name).get();
        int height = PAGES.get(name);

        assertThat(consoleMessages(r.log())).as(name + ": console messages").isEmpty();
        BufferedImage shot = r.screenshot();
        assertThat(shot.getWidth()).isEqualTo(A4_WIDTH);
        assertThat(lastRowWithInk(shot)).as(name + ": the whole page is in the screenshot").isLessThan(height - 50);
        assertThat(inkInRightMargin(shot)).as(name + ": rows with something in the right margin").isZero();
        String pdf = new String(r.pdf(), StandardCharsets.ISO_8859_1);
        assertThat(pageCount(pdf)).as(name + ": PDF pages").isEqualTo(pages);
        assertThat(pdf).as(name + ": A4 pages").contains("/MediaBox [0 0 594.95996 841.91998]");
        assertCjkFont(Files.readString(temp.resolve(name)), pdf, name);
    }

    /** The CSS's first font family must be installed, cover Chinese, and be the one the PDF embeds. */
    private static void assertCjkFont(String html, String pdf, String name) throws Exception {
        Matcher family = Pattern.compile("font-family: \"([^\"]+)\"").matcher(html);
        assertThat(family.find()).isTrue();
        List<String> match = exec(List.of("fc-match", "-f", "%{family}\\n%{lang}\\n%{postscriptname}\\n", family.group(1)));
        assertThat(match).as("fc-match " + family.group(1)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(match.get(0)).as("installed, not a fallback").contains(family.group(1));
        assertThat(match.get(1).split("\\|")).as("covers Chinese").contains("zh-cn");
        String postscript = match.get(2).replaceFirst("-.*", "");
        List<String> embedded = new ArrayList<>();
        Matcher m = FONT.matcher(pdf);
        while (m.find()) {
            embedded.add(m.group(1));
        }
        assertThat(embedded).as(name + ": fonts embedded in the PDF").anySatisfy(f -> assertThat(f).startsWith(postscript));
    }

    private static Rendered render(Path page, int height) throws Exception {
        Path png = temp.resolve(page.getFileName() + ".png");
        Path pdf = temp.resolve(page.getFileName() + ".pdf");
        Path profile = Files.createTempDirectory(temp, "profile");
        List<String> log = exec(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--no-pdf-header-footer", "--window-size=" + A4_WIDTH + "," + height, "--screenshot=" + png,
                "--print-to-pdf=" + pdf, page.toUri().toString()));
        assertThat(png).as("screenshot of " + page).exists();
        assertThat(pdf).as("PDF of " + page).exists();
        return new Rendered(log, ImageIO.read(png.toFile()), Files.readAllBytes(pdf));
    }

    private static List<String> consoleMessages(List<String> log) {
        return log.stream().filter(l -> CONSOLE.matcher(l).matches()).toList();
    }

    private static int inkInRightMargin(BufferedImage image) {
        int rows = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = image.getWidth() - MARGIN; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & WHITE) != WHITE) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    private static int lastRowWithInk(BufferedImage image) {
        for (int y = image.getHeight() - 1; y >= 0; y--) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & WHITE) != WHITE) {
                    return y;
                }
            }
        }
        return -1;
    }

    /** The page objects of a PDF, checked against the page tree's own count (the largest /Count). */
    private static int pageCount(String pdf) {
        Matcher m = PAGE.matcher(pdf);
        int n = 0;
        while (m.find()) {
            n++;
        }
        Matcher c = COUNT.matcher(pdf);
        int count = 0;
        while (c.find()) {
            count = Math.max(count, Integer.parseInt(c.group(1)));
        }
        assertThat(count).as("the page tree's count").isEqualTo(n);
        return n;
    }

    /** Runs a program and returns its output and error lines. */
    private static List<String> exec(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    private static String which(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }
}
