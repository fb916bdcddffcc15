package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.core.Problem;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.Plans;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports by unit on broken-down targets: the {@code unit} column in CSV and key in YAML and JSON, the
 * unit named by id, alias or full name, kept under {@code target@unit}; a unit not in the breakdown and
 * a unit's report on a target without breakdown are located problems.
 */
class UnitReportsTest {

    private static final Plan PLAN = Plans.parse("""
            id: towns-2023
            title: 乡镇
            issuer: 县政府
            period: 2023
            departments:
              - {id: cgz, name: 城关镇, kind: township, aliases: [城关]}
              - {id: xjz, name: 新集镇, kind: township}
            sections:
              - id: s1
                title: 分解
                targets:
                  - {id: funds, title: 引进到位资金, kind: count, goal: 20, due: 2023, lead: cgz,
                     breakdown: [{unit: cgz, goal: 12}, {unit: xjz, goal: 8}]}
                  - {id: plain, title: 不分解, kind: count, goal: 4, due: 2023, lead: cgz}
            """, "towns.yaml");
    private static final LocalDate Q1 = LocalDate.of(2023, 3, 31);

    @Test
    void readsTheUnitColumnOfACsvFileByIdAliasOrName() {
        ProgressLog log = Progress.parse("""
                target,unit,date,value,source,note
                funds,城关,2023-Q1,2,城关镇,
                funds,新集镇,2023-Q1,1.5,,
                funds,,2023-Q1,4,县统计局,
                plain,,2023-Q1,1,,
                """, "units.csv", PLAN);

        assertThat(log.latest(Breakdown.reportKey("funds", "cgz"), Q1).orElseThrow().value()).isEqualTo(Value.of(2));
        assertThat(log.latest("funds@xjz", Q1).orElseThrow().value()).isEqualTo(Value.of(1.5));
        assertThat(log.latest("funds", Q1).orElseThrow().value()).isEqualTo(Value.of(4));
        assertThat(log.size()).isEqualTo(4);
    }

    @Test
    void readsTheUnitKeyOfYamlAndJson() {
        ProgressLog yaml = Progress.parse("reports:\n  - {target: funds, unit: cgz, date: 2023-Q1, value: 2}\n",
                "units.yaml", PLAN);
        ProgressLog json = Progress.parse("{\"reports\": [{\"target\": \"funds\", \"unit\": \"城关镇\", \"date\":"
                + " \"2023-Q1\", \"value\": 2}]}", "units.json", PLAN);

        assertThat(yaml).isEqualTo(json);
        assertThat(yaml.reports()).containsExactly(Report.of("funds@cgz", Q1, 2));
    }

    @Test
    void writesAndReadsBackUnitReports() {
        ProgressLog log = ProgressLog.of(PLAN, List.of(Report.of("funds@cgz", Q1, 2), Report.of("funds", Q1, 4)));

        assertThat(Progress.parse(Progress.toCsv(log), "back.csv", PLAN)).isEqualTo(log);
        assertThat(Progress.parse(Progress.toYaml(log), "back.yaml", PLAN)).isEqualTo(log);
    }

    @Test
    void locatesAUnitNotInTheBreakdownAndAUnitReportWithoutBreakdown() {
        ProgressException e = catchThrowableOfType(ProgressException.class, () -> Progress.parse("""
                target,unit,date,value,source,note
                funds,mpz,2023-Q1,2,,
                plain,cgz,2023-Q1,1,,
                """, "units.csv", PLAN));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "units.csv:2:1: reports[0].unit: unit 'mpz' is not in the breakdown of target funds (the units of funds"
                        + " are cgz, xjz)",
                "units.csv:3:1: reports[1].unit: target plain is not broken down; a report by unit 'cgz' needs a"
                        + " breakdown of it (leave the unit out, or divide the target among its units under breakdown:)");
    }

    @Test
    void checksUnitReportsBuiltInJava() {
        assertThatThrownBy(() -> ProgressLog.of(PLAN, List.of(Report.of("funds@zz", Q1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reports[0].target: unit 'zz' is not in the breakdown of target funds");
    }

    @Test
    void aWarningAtAFieldOfAFileWithAUnitColumnNamesThatFieldsColumn() {
        var loaded = Progress.reader().load("target,unit,date,value,source,note,evidence\n"
                + "funds,城关镇\u3000,2023-Q1\u3000,2\u3000,s\u3000,n\u3000,e\u3000\n", "units.csv", PLAN);

        assertThat(loaded.warnings()).extracting(Problem::path).containsExactly("reports[0].unit", "reports[0].date",
                "reports[0].value", "reports[0].source", "reports[0].note", "reports[0].evidence");
        assertThat(loaded.warnings().get(0).toString()).isEqualTo("units.csv:2:7: reports[0].unit: '城关镇\\u3000'"
                + " ends with an ideographic space (U+3000); it was read as '城关镇' (delete it in the file: a YAML or"
                + " JSON file, or a plan, would keep it)");
    }
}
