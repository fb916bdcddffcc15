package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target with no report for two cadences is warned about, judged as of the file's latest report date,
 * never after the plan's end nor the target's due date.
 */
class ReportGapsTest {

    private static final Plan PLAN = Plans.parse("""
            id: gaps
            title: 强科技
            issuer: 县委
            period: {start: 2023, end: 2024}
            departments:
              - {id: kjj, name: 县科技局}
            sections:
              - id: s1
                title: 强科技
                targets:
                  - {id: q, title: 季报, kind: count, unit: 家, goal: 12, due: 2024, lead: kjj}
                  - {id: m, title: 月报, kind: count, unit: 家, goal: 12, due: 2024, lead: kjj, cadence: monthly}
                  - {id: y, title: 年报, kind: count, unit: 家, goal: 12, due: 2024, lead: kjj, cadence: yearly}
                  - {id: early, title: 早完成, kind: count, unit: 家, goal: 2, due: 2023-06-30, lead: kjj}
            """, "gaps.yaml");

    private static final String HEADER = "target,date,value,source,note\n";

    private static List<String> warnings(String rows) {
        return Progress.reader().load(HEADER + rows.replace("\n", ",县科技局,\n"), "p.csv", PLAN).warnings().stream()
                .map(Problem::message).toList();
    }

    @Test
    void aQuarterlyTargetOneQuarterBehindIsNotWarnedTwoQuartersBehindIs() {
        assertThat(warnings("q,2023-06-30,1\nm,2023-09-30,1\n")).isEmpty();
        assertThat(warnings("q,2023-03-31,1\nm,2023-09-30,1\n")).containsExactly("no report of q as of"
                + " 2023-06-30 or 2023-09-30, the last two of its quarterly cadence by 2023-09-30: its latest is as"
                + " of 2023-03-31");
    }

    @Test
    void eachTargetIsJudgedByItsOwnCadence() {
        assertThat(warnings("m,2023-07-31,1\nq,2023-09-30,1\ny,2023-06-30,1\n")).containsExactly("no report of m"
                + " as of 2023-08-31 or 2023-09-30, the last two of its monthly cadence by 2023-09-30: its latest is"
                + " as of 2023-07-31");
        assertThat(warnings("y,2023-12-31,1\nq,2024-12-31,1\n")).isEmpty();
        assertThat(warnings("y,2023-06-30,1\nq,2024-12-31,1\n")).containsExactly("no report of y as of 2023-12-31"
                + " or 2024-12-31, the last two of its yearly cadence by 2024-12-31: its latest is as of 2023-06-30");
    }

    @Test
    void aTargetIsNotJudgedPastItsDueDate() {
        assertThat(warnings("early,2023-06-30,2\nq,2024-12-31,1\n")).isEmpty();
        assertThat(warnings("early,2023-03-31,1\nq,2024-12-31,1\n")).isEmpty();
        assertThat(warnings("early,2023-01-31,1\nq,2024-12-31,1\n")).containsExactly("no report of early as of"
                + " 2023-03-31 or 2023-06-30, the last two of its quarterly cadence by 2023-06-30: its latest is as of"
                + " 2023-01-31");
    }

    @Test
    void inStrictModeTheWarningIsAProblem() {
        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.reader().withStrict(true)
                .load(HEADER + "q,2023-03-31,1,县科技局,\nm,2023-09-30,1,县科技局,\n", "p.csv", PLAN));

        assertThat(e.problems()).singleElement().hasToString("p.csv:2:14: reports[0].value: no report of q as of"
                + " 2023-06-30 or 2023-09-30, the last two of its quarterly cadence by 2023-09-30: its latest is as"
                + " of 2023-03-31 (add the missing reports; if the target reports less often, give it its cadence"
                + " (cadence: yearly) in the plan)");
    }
}
