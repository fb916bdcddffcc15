package io.github.policyplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.model.CountsToward;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.PlanSet;
import io.github.policyplan.progress.ProgressLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The value rolled up across plans is the sum of the lower plans' latest values, each converted into the
 * higher target's unit, whatever the order the plans are given in and whatever units they use.
 */
class CascadeValueProperties {

    private static final String[] UNITS = {"元", "万元", "亿元", "千万元"};
    private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);

    @Property(tries = 60)
    void theCascadedValueIsTheSumOfTheLowerPlansValuesConverted(@ForAll @IntRange(min = 1, max = 7) int counties,
            @ForAll long seed) {
        Random random = new Random(seed);
        String higherUnit = UNITS[1 + random.nextInt(UNITS.length - 1)];
        List<Plan> plans = new ArrayList<>();
        plans.add(plan("city", higherUnit, null));
        Map<String, ProgressLog> logs = new HashMap<>();
        BigDecimal expected = BigDecimal.ZERO;
        for (int c = 0; c < counties; c++) {
            String unit = UNITS[random.nextInt(UNITS.length)];
            Plan county = plan("county-" + c, unit, CountsToward.of("city", "funds"));
            plans.add(county);
            List<Report> reports = new ArrayList<>();
            BigDecimal latest = null;
            for (int month = 4; month <= 6; month++) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                BigDecimal v = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4));
                reports.add(Report.of("funds", LocalDate.of(2023, month, 1).plusMonths(1).minusDays(1), v.doubleValue()));
                latest = v;
            }
            Collections.shuffle(reports, random);
            logs.put(county.id(), ProgressLog.of(county, reports));
            if (latest != null) {
                int exponent = magnitude(unit) - magnitude(higherUnit);
                expected = expected.add(latest.scaleByPowerOfTen(exponent));
            }
        }
        Collections.shuffle(plans, random);

        Cascade cascade = Cascade.of(PlanSet.of(plans));
        TargetRollUp r = cascade.score(logs, JUNE).target("city", "funds");

        // the rolled-up log, made without the lower plans' reports copied in, holds the same value
        assertThat(cascade.values(logs).get("city").latest("funds", JUNE).map(Report::value)).isEqualTo(r.total());
        // at every date: the values read on columns are those of the lower plans' reports copied in as units'
        assertThat(cascade.values(logs).get("city").series("funds"))
                .isEqualTo(cascade.score(logs, JUNE).plan("city").log().series("funds"));

        if (expected.signum() == 0 && r.reported() == 0) {
            assertThat(r.total()).isEmpty();
            return;
        }
        double want = expected.doubleValue();
        assertThat(r.total()).hasValueSatisfying(v -> assertThat(((Value.Amount) v).value())
                .isCloseTo(want, within(1e-9 * Math.max(1, Math.abs(want)))));
    }

    private static int magnitude(String unit) {
        return switch (unit) {
            case "万元" -> 4;
            case "亿元" -> 8;
            case "千万元" -> 7;
            default -> 0;
        };
    }

    private static Plan plan(String id, String unit, CountsToward link) {
        Target.Builder t = Target.builder("funds", "引进到位资金").measure(MeasureKind.COUNT, unit).goal(100)
                .due(LocalDate.of(2023, 12, 31)).lead("fgw");
        if (link != null) {
            t.countsToward(link);
        }
        return Plan.builder(id, id).issuer("政府").period(PlanPeriod.years(2023, 2023))
                .department(Department.of("fgw", "发改委", UnitKind.DEPARTMENT))
                .section(Section.builder("s1", "发展").item(Item.of("s1.i1", "招商", t.build())).build()).build();
    }
}
