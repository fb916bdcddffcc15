package io.github.policyplan.rollup;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.PlanSet;
import io.github.policyplan.plans.Plans;
import java.util.List;

/**
 * A city and three counties whose targets count toward the city's, for hand-computed cascades: funds in
 * 亿元 (A县 in 亿元, B县 and C县 in 万元), farmland in 万亩 (the counties in 亩), a growth rate combined by a
 * weighted mean.
 */
final class CascadeFixtures {

    static final String CITY = """
            id: city-2023
            title: 市级部署
            issuer: 市政府
            period: 2023
            %s
            departments:
              - {id: tjj, name: 市统计局}
            sections:
              - id: s1
                title: 发展
                targets:
                  - {id: funds, title: 引进到位资金, kind: count, unit: 亿元, goal: 10, due: 2023, lead: tjj}
                  - {id: farmland, title: 建成高标准农田, kind: count, unit: 万亩, goal: 1.2, due: 2023, lead: tjj}
                  - {id: growth, title: 规上工业增加值增速, kind: growth-rate, goal: 8, due: 2023, lead: tjj}
            """;

    static String county(String id, String name, String fundsUnit, double fundsGoal, double weight) {
        return """
                id: %s
                title: %s
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
                        unit: %s
                        goal: %s
                        due: 2023
                        lead: fgw
                        counts-toward: {plan: city-2023, target: funds}
                      - id: t2
                        title: 建成高标准农田
                        kind: count
                        unit: 亩
                        goal: 4000
                        due: 2023
                        lead: fgw
                        counts-toward: {plan: city-2023, target: farmland}
                      - id: t3
                        title: 规上工业增加值增速
                        kind: growth-rate
                        goal: 8
                        due: 2023
                        lead: fgw
                        counts-toward: {plan: city-2023, target: growth, combine: weighted-mean, weight: %s}
                """.formatted(id, name, fundsUnit, fundsGoal, weight);
    }

    static PlanSet set(String citySettings) {
        return PlanSet.of(plans(citySettings));
    }

    static List<Plan> plans(String citySettings) {
        return List.of(Plans.parse(CITY.formatted(citySettings), "city.yaml"),
                Plans.parse(county("a-county", "A县", "亿元", 3, 3), "a.yaml"),
                Plans.parse(county("b-county", "B县", "万元", 30000, 2), "b.yaml"),
                Plans.parse(county("c-county", "C县", "万元", 40000, 1), "c.yaml"));
    }

    private CascadeFixtures() {
    }
}
