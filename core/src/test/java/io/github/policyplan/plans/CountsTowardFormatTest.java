package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.CountsToward;
import io.github.policyplan.model.Plan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code counts-toward} in the plan format: read, written and read back, and its own mistakes located. */
class CountsTowardFormatTest {

    private static final String PLAN = """
            id: a-county
            title: A县
            issuer: 县政府
            period: 2023
            departments:
              - {id: fgw, name: 县发改委}
            sections:
              - id: s1
                title: 发展
                targets:
                  - id: t1
                    title: 引进到位资金
                    kind: count
                    unit: 万元
                    goal: 30000
                    due: 2023
                    lead: fgw
                    counts-toward: %s
                  - {id: t2, title: 增速, kind: growth-rate, goal: 8, due: 2023, lead: fgw,
                     counts-toward: {plan: city-2023, target: growth, combine: weighted-mean, weight: 2.5}}
            """;

    @Test
    void aTargetNamesTheHigherPlansTargetAndTheLinkSurvivesYamlAndJson() {
        Plan plan = Plans.parse(PLAN.formatted("{plan: city-2023, target: s1.i2.t3}"), "a.yaml");

        assertThat(plan.target("t1").orElseThrow().countsToward()).contains(CountsToward.of("city-2023", "s1.i2.t3"));
        assertThat(plan.target("t2").orElseThrow().countsToward()).contains(new CountsToward("city-2023", "growth",
                Optional.of(Combine.WEIGHTED_MEAN), 2.5));
        assertThat(Plans.toYaml(plan)).contains("counts-toward:");
        assertThat(Plans.parse(Plans.toYaml(plan), "again.yaml")).isEqualTo(plan);
        assertThat(Plans.parse(Plans.toJson(plan), "again.json")).isEqualTo(plan);
    }

    @Test
    void itsOwnMistakesAreLocatedWithAHint() {
        assertThatThrownBy(() -> Plans.parse(PLAN.formatted("{plan: city-2023, taget: s1, combine: mean}"), "a.yaml"))
                .isInstanceOfSatisfying(PlanException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("a.yaml:18:24: sections[0].targets[0].counts-toward.target: missing required key"
                                + " 'target' (name the higher plan's target by its id: counts-toward: {plan: city-2023,"
                                + " target: s1.i2.t3})",
                            "a.yaml:18:42: sections[0].targets[0].counts-toward.taget: unknown key 'taget' in a"
                                + " counts-toward link (did you mean 'target'?)",
                            "a.yaml:18:62: sections[0].targets[0].counts-toward.combine: unknown way to combine 'mean'"
                                + " (one of sum, weighted-mean, ratio, lowest)"));
    }
}
