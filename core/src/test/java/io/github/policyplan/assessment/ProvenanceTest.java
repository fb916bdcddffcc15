package io.github.policyplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.core.Provenance;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scoring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results carry the SHA-256 of each input and the library version; a check tells whether files made them (issue 15, point 4). */
class ProvenanceTest {

    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");

    @Test
    void aResultIsCheckedAgainstTheFilesItWasComputedFrom(@TempDir Path dir) throws IOException {
        Path planFile = EXAMPLES.resolve("plans/investment-2023.yaml");
        Path schemeFile = EXAMPLES.resolve("assess/investment-2023.yaml");
        Path reports = EXAMPLES.resolve("progress/investment-2023.csv");
        Plan plan = Plans.read(planFile);
        ProgressLog log = Progress.read(reports, plan);
        Provenance provenance = Provenance.of(List.of(Provenance.Input.of("plan", planFile),
                Provenance.Input.of("scheme", schemeFile), Provenance.Input.of("reports", reports)));

        String json = Assessments.read(schemeFile, plan).assess(log, AssessmentPeriod.quarter(2023, 2)).toJson(provenance);
        String card = Scoring.standard().score(plan, log, LocalDate.of(2023, 6, 30)).toJson(provenance);

        assertThat(json).contains("\"provenance\": {", "\"library\": \"" + Provenance.libraryVersion() + "\"",
                "\"sha256\": \"" + Provenance.sha256(Files.readAllBytes(reports)) + "\"");
        assertThat(Provenance.libraryVersion()).isNotEqualTo("unknown");
        assertThat(Provenance.read(card)).contains(provenance);
        Provenance.Check ok = Provenance.check(json, List.of(planFile, schemeFile, reports));
        assertThat(ok.matches()).isTrue();
        assertThat(ok.sameLibrary()).isTrue();
        assertThat(ok.unused()).isEmpty();

        Path changed = dir.resolve("investment-2023.csv");
        Files.writeString(changed, Files.readString(reports).replaceFirst("\n", "\n\n"));
        Provenance.Check wrong = Provenance.check(json, List.of(planFile, schemeFile, changed));
        assertThat(wrong.matches()).isFalse();
        assertThat(wrong.missing()).extracting(Provenance.Input::role).containsExactly("reports");
        assertThat(wrong.unused()).containsExactly(changed);
        assertThat(Provenance.check(Scoring.standard().score(plan, log, LocalDate.of(2023, 6, 30)).toJson(),
                List.of(planFile)).matches()).isFalse();
    }
}
