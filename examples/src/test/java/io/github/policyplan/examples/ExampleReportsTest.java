package io.github.policyplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example reports: all written, the same bytes every time, self-contained, labelled illustrative. */
class ExampleReportsTest {

    @TempDir
    Path temp;

    @Test
    void writesEveryReportInBothLanguages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = ExampleReports.run(new String[] {temp.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(status).isZero();
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("assessment-en.csv",
                    "assessment-en.html", "assessment-zh.csv", "assessment-zh.html", "bulletin-en.md", "bulletin-en.txt",
                    "bulletin-zh.md", "bulletin-zh.txt", "scorecard-en.csv", "scorecard-en.html",
                    "scorecard-units-en.csv", "scorecard-units-en.html", "scorecard-units-zh.csv", "scorecard-units-zh.html",
                    "scorecard-units.json", "scorecard-zh.csv", "scorecard-zh.html", "scorecard.json", "supervision-en.csv", "supervision-en.html",
                    "supervision-zh.csv", "supervision-zh.html", "supervision.json");
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        Map<String, String> first = ExampleReports.reports();
        Map<String, String> again = ExampleReports.reports();

        assertThat(again).isEqualTo(first);
    }

    @Test
    void everyPageIsSelfContainedAndEveryFigureLabelledIllustrative() throws IOException {
        for (Map.Entry<String, String> f : ExampleReports.reports().entrySet()) {
            String name = f.getKey();
            String text = f.getValue();
            if (name.endsWith(".html")) {
                Document doc = Jsoup.parse(text);
                assertThat(doc.select("script, link, img, iframe, object, embed")).as(name).isEmpty();
                assertThat(text).as(name).doesNotContainPattern("(?i)\\b(src|href)\\s*=")
                        .doesNotContainPattern("(?i)\\bhttps?:");
                assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                        .startsWith("default-src 'none'");
                assertThat(doc.select(".illustrative")).as(name).isNotEmpty();
            } else if (name.endsWith(".csv")) {
                assertThat(text).as(name).startsWith("\uFEFF");
            } else if (name.startsWith("bulletin-")) {
                assertThat(text).as(name).startsWith(name.contains("-zh") ? "【示例数值】截至2023年6月30日" : "[Illustrative figures]");
            }
        }
    }
}
