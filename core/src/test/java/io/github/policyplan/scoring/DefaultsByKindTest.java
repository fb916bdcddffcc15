package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table "The rule and schedule each kind gets by default" in docs/plan-format.md, computed by
 * hand there and checked here: each kind's default rule, schedule and worked score on 2023-06-30.
 */
class DefaultsByKindTest {

    private static final Plan PLAN;
    private static final Scorecard CARD;

    static {
        try {
            PLAN = Plans.read(Path.of("src/test/resources/plans/defaults-by-kind.yaml"));
            ProgressLog log = Progress.read(Path.of("src/test/resources/plans/defaults-by-kind.csv"), PLAN);
            CARD = Scoring.standard().score(PLAN, log, LocalDate.of(2023, 6, 30));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}: {1}, {2}, score {3}")
    @CsvSource(nullValues = "none", value = {
        "count,        completion-rate, linear,   84.02",
        "count-base,   linear,          linear,   84.02",
        "count-start,  completion-rate, linear,   75.55",
        "count-dated-base, linear,      linear,   75.55",
        "threshold,    completion-rate, linear,   90.75",
        "level,        linear,          linear,   75.62",
        "level-nobase, completion-rate, constant, 90",
        "share,        linear,          linear,   67.22",
        "growth,       completion-rate, constant, 90",
        "per-year,     completion-rate, per-year, 80.66",
        "rank,         completion-rate, constant, 75",
        "milestone,    milestone,       at-due,   none",
        "grade,        grade,           at-due,   none",
        "band,         within-band,     constant, 80",
    })
    void eachKindGetsTheDocumentedRuleScheduleAndScore(String id, String rule, String schedule, Double score) {
        NodeScore node = CARD.node(id);
        TargetResult t = node.target().orElseThrow();

        assertThat(t.rule()).isEqualTo(rule);
        assertThat(t.schedule()).isEqualTo(schedule);
        if (score == null) {
            assertThat(node.score()).isEmpty();
        } else {
            assertThat(Math.round(node.score().getAsDouble() * 100) / 100.0).isEqualTo(score);
        }
    }
}
