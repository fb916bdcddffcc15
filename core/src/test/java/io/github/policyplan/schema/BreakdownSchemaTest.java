package io.github.policyplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Breakdowns;
import io.github.policyplan.plans.PlanException;
import io.github.policyplan.plans.Plans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The breakdown table's schema and its reader agree both ways: a table the reader accepts, the schema
 * accepts; each structural mistake the schema refuses, the reader refuses too. A plan's breakdowns
 * follow the plan schema, which the plan schema tests check on the example plans.
 */
class BreakdownSchemaTest {

    private static final Plan PLAN = Plans.parse("""
            id: towns-2023
            title: 乡镇
            issuer: 县政府
            period: 2023
            departments:
              - {id: cgz, name: 城关镇, kind: township}
              - {id: xjz, name: 新集镇, kind: township}
            sections:
              - id: s1
                title: 分解
                targets:
                  - {id: funds, title: 引进到位资金, kind: count, goal: 20, due: 2023, lead: cgz}
                  - {id: rate, title: 占比, kind: share, goal: 40, due: 2023, lead: cgz}
            """, "towns.yaml");

    private static final String VALID = """
            plan: towns-2023
            breakdown-settings: {carry-forward: true, score: own, warn-above: 1.3}
            breakdowns:
              - target: funds
                units:
                  - {unit: cgz, goal: 12, due: 2023-Q4, checkpoints: [{date: 2023-Q2, value: 5}]}
                  - {unit: 新集镇, share: 40%}
              - target: rate
                combine: weighted-mean
                under-allocation: intended
                units: [{unit: cgz, weight: 2}, {unit: xjz, goal: 35}]
            """;

    @Test
    void aTableTheReaderAcceptsTheSchemaAccepts() {
        assertThat(Breakdowns.parse(VALID, "valid.yaml", PLAN).breakdowns()).hasSize(2);
        assertThat(SchemaFiles.validate("breakdown.schema.json", SchemaFiles.yaml(VALID))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "breakdowns: [{target: funds, units: [{unit: cgz, goal: 20, quota: 1}]}]",
        "breakdowns: [{target: funds, units: []}]",
        "breakdowns: [{target: funds, combine: average, units: [{unit: cgz, goal: 20}]}]",
        "breakdowns: [{target: funds, under-allocation: yes, units: [{unit: cgz, goal: 20}]}]",
        "breakdowns: [{units: [{unit: cgz, goal: 20}]}]",
        "breakdowns: [{target: funds, units: [{goal: 20}]}]",
        "breakdowns: [{target: funds, units: [{unit: cgz, share: 1.5}, {unit: xjz, share: 0.5}]}]",
        "breakdown-settings: {warn-above: 0.5}\nbreakdowns: [{target: funds, units: [{unit: cgz, goal: 20}]}]",
        "breakdown-settings: {score: sum}\nbreakdowns: [{target: funds, units: [{unit: cgz, goal: 20}]}]",
        "breakdowns: [{target: funds, units: [{unit: cgz, goal: 20}]}]\nextra: 1"})
    void aMistakeTheSchemaRefusesTheReaderRefuses(String table) {
        assertThat(SchemaFiles.validate("breakdown.schema.json", SchemaFiles.yaml(table))).isNotEmpty();
        assertThat(catchThrowable(() -> Breakdowns.parse(table, "bad.yaml", PLAN))).isInstanceOf(PlanException.class);
    }
}
