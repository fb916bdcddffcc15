package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A target that starts later than its plan's period: its schedule begins at its start. Values by hand. */
class TargetStartTest {

    private static final Plan PLAN = Plans.parse("""
            id: start-2023
            title: 起始日期示例
            issuer: 县委
            period: 2023
            departments: [{id: kj, name: 县科技局}]
            sections:
              - title: 强科技
                targets:
                  - {id: late, title: 新增高新技术企业, kind: count, unit: 家, goal: 12, start: 2023-Q3, due: 2023, lead: kj}
                  - {id: yearly, title: 每年引进人才, kind: per-year, unit: 人, goal: 50, start: 2023-07, due: 2023, lead: kj}
            """, "start-2023.yaml");

    private static NodeScore score(String id, LocalDate asOf, Report... reports) {
        return Scoring.standard().score(PLAN, ProgressLog.of(PLAN, List.of(reports)), asOf).node(id);
    }

    @Test
    void aPartialStartIsItsFirstDayAndTheWriterKeepsIt() {
        assertThat(PLAN.target("late").orElseThrow().start()).contains(LocalDate.of(2023, 7, 1));
        assertThat(PLAN.target("yearly").orElseThrow().start()).contains(LocalDate.of(2023, 7, 1));
        assertThat(Plans.parse(Plans.toYaml(PLAN), "again.yaml")).isEqualTo(PLAN);
        assertThat(Plans.toYaml(PLAN)).contains("start: 2023-07-01");
    }

    @Test
    void nothingIsExpectedBeforeTheStart() {
        assertThat(score("late", LocalDate.of(2023, 6, 30)).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(score("yearly", LocalDate.of(2023, 6, 30)).status()).isEqualTo(Status.NOT_STARTED);
    }

    @Test
    void theLinearScheduleRunsFromTheDayBeforeTheStartToTheDueDate() {
        // 2023-06-30 to 2023-09-30: 92 days of 184 to 2023-12-31; expected 12 × 92/184 = 6; 5 ÷ 6 × 100 = 83.33
        NodeScore late = score("late", LocalDate.of(2023, 9, 30), Report.of("late", LocalDate.of(2023, 9, 30), 5));

        assertThat(late.target().orElseThrow().expected()).hasValueSatisfying(g -> assertThat(g.toString())
                .isEqualTo("6"));
        assertThat(late.score().getAsDouble()).isEqualTo(5.0 / 6 * 100);
        assertThat(late.status()).isEqualTo(Status.OFF_TRACK);   // pace 5 ÷ 6 = 0.83, below 0.85
        assertThat(late.target().orElseThrow().rule()).isEqualTo("completion-rate");
        assertThat(late.explanation().inEnglish()).contains("expected 6 = 0 + (12 − 0) × 92/184 (linear from "
                + "2023-06-30 to 2023-12-31)");
        // per-year: 50 × 92/184 = 25; 20 ÷ 25 × 100 = 80
        NodeScore yearly = score("yearly", LocalDate.of(2023, 9, 30), Report.of("yearly", LocalDate.of(2023, 9, 30), 20));
        assertThat(yearly.score().getAsDouble()).isEqualTo(80);
    }
}
