package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing plans: the canonical YAML and JSON of a plan that uses every form (golden files), that
 * they read back as an equal plan, and that nothing of the machine (locale, time zone) changes a
 * byte. To accept a deliberate change of format, delete the golden file, run the test (it fails
 * once, writing the file) and review the new file.
 */
class PlanWriterTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void writesTheCanonicalYamlOfAPlan() throws IOException {
        Plan plan = Plans.read(PlanReaderTest.SMALL);

        assertGolden("small.yaml", Plans.toYaml(plan));
    }

    @Test
    void writesTheCanonicalJsonOfAPlan() throws IOException {
        Plan plan = Plans.read(PlanReaderTest.SMALL);

        assertGolden("small.json", Plans.toJson(plan));
    }

    @Test
    void readsWhatItWroteAsAnEqualPlan() throws IOException {
        for (Path file : List.of(PlanReaderTest.SMALL, Path.of("src/test/resources/plans/valid-every-form.yaml"),
                Path.of("../examples/src/main/resources/plans/county-2023.yaml"))) {
            Plan plan = Plans.read(file);

            assertThat(Plans.parse(Plans.toYaml(plan), "again.yaml")).as(file.toString()).isEqualTo(plan);
            assertThat(Plans.parse(Plans.toJson(plan), "again.json")).as(file.toString()).isEqualTo(plan);
        }
    }

    @Test
    void writesTheSameBytesWhateverTheLocaleAndTimeZone() throws IOException {
        Plan plan = Plans.read(Path.of("../examples/src/main/resources/plans/county-2023.yaml"));
        String yaml = Plans.toYaml(plan);
        String json = Plans.toJson(plan);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String tag : List.of("tr-TR", "zh-CN", "de-DE", "ar-EG")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone(tag.equals("zh-CN") ? "Asia/Shanghai" : "Pacific/Kiritimati"));
                assertThat(Plans.toYaml(Plans.read(Path.of("../examples/src/main/resources/plans/county-2023.yaml"))))
                        .as(tag).isEqualTo(yaml);
                assertThat(Plans.toJson(plan)).as(tag).isEqualTo(json);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void writesAFileAtomicallyAndReplacesAnOldOne(@TempDir Path dir) throws IOException {
        Plan plan = Plans.read(PlanReaderTest.SMALL);
        Path yaml = dir.resolve("plan.yaml");
        Path json = dir.resolve("plan.json");
        Files.writeString(yaml, "old content");

        Plans.write(plan, yaml);
        Plans.write(plan, json);

        assertThat(Files.readString(yaml)).isEqualTo(Plans.toYaml(plan));
        assertThat(Files.readString(json)).isEqualTo(Plans.toJson(plan));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plan.yaml", "plan.json");
        }
    }

    @Test
    void writesNumbersAsAPersonWould() {
        Plan plan = Plans.parse(String.join("\n", "id: p", "title: t", "issuer: i", "period: 2023",
                "departments: [{id: a, name: A}]",
                "sections: [{title: s, weight: 0.000001, targets: [",
                "  {title: x, kind: level, baseline: 12345678.5, goal: 100000000000, due: 2023, lead: a, weight: 2.50}]}]",
                ""), "p.yaml");

        String yaml = Plans.toYaml(plan);

        assertThat(yaml).contains("weight: 0.000001\n").contains("baseline: 12345678.5")
                .contains("goal: 100000000000").contains("weight: 2.5\n");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (!Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            throw new AssertionError("golden file " + file + " was missing and has been written; review and commit it");
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
