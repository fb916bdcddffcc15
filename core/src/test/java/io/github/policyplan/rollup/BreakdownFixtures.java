package io.github.policyplan.rollup;

import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;

/** A small plan with a broken-down target of every way to combine, for hand-computed roll-ups. */
final class BreakdownFixtures {

    static final String HEADER = """
            id: towns-2023
            title: 乡镇分解测试
            issuer: 县政府
            period: 2023
            %s
            departments:
              - {id: cgz, name: 城关镇, kind: township, aliases: [城关]}
              - {id: xjz, name: 新集镇, kind: township}
              - {id: mpz, name: 马坪镇, kind: township}
              - {id: tjj, name: 县统计局}
            sections:
              - id: s1
                title: 分解
                targets:
            """;

    /** funds (count, 20, sum: 8 + 7 + 6), rate (share, ratio), growth (weighted mean 3:2:1), project (lowest). */
    static final String TARGETS = """
                  - id: funds
                    title: 引进到位资金
                    kind: count
                    unit: 亿元
                    goal: 20
                    due: 2023
                    lead: tjj
                    breakdown:
                      - {unit: 城关镇, goal: 8}
                      - {unit: xjz, goal: 7}
                      - {unit: mpz, goal: 6}
                  - id: rate
                    title: 高新技术产品产值占比
                    kind: share
                    goal: 40
                    due: 2023
                    lead: tjj
                    breakdown:
                      combine: ratio
                      units: [{unit: cgz}, {unit: xjz}, {unit: mpz}]
                  - id: growth
                    title: 规上工业增加值增速
                    kind: growth-rate
                    goal: 8
                    due: 2023
                    lead: tjj
                    breakdown:
                      combine: weighted-mean
                      units: [{unit: cgz, weight: 3}, {unit: xjz, weight: 2}, {unit: mpz, weight: 1}]
                  - id: project
                    title: 重点项目
                    kind: milestone
                    stages: [洽谈, 签约, 开工]
                    goal: 开工
                    due: 2023
                    lead: tjj
                    breakdown:
                      combine: lowest
                      units: [{unit: cgz}, {unit: xjz}, {unit: mpz}]
                  - id: plain
                    title: 不分解的目标
                    kind: count
                    goal: 4
                    due: 2023
                    lead: cgz
            """;

    /** Q1 and Q2 reports; 马坪镇 misses funds and rate in Q2; the statistics office reports funds in Q2. */
    static final String REPORTS = """
            target,unit,date,value,source,note
            funds,cgz,2023-03-31,2,城关镇,
            funds,xjz,2023-03-31,1.5,新集镇,
            funds,mpz,2023-03-31,1,马坪镇,
            funds,cgz,2023-06-30,4.5,城关镇,
            funds,新集镇,2023-06-30,3,新集镇,
            funds,,2023-06-30,9,县统计局,
            rate,cgz,2023-06-30,45/150,城关镇,
            rate,xjz,2023-06-30,30/100,新集镇,
            growth,cgz,2023-06-30,9,,
            growth,xjz,2023-06-30,6,,
            growth,mpz,2023-06-30,3,,
            project,cgz,2023-06-30,开工,,
            project,xjz,2023-06-30,签约,,
            project,mpz,2023-06-30,开工,,
            plain,,2023-06-30,2,,
            """;

    private BreakdownFixtures() {
    }

    static Plan plan(String settings) {
        return Plans.parse(HEADER.formatted(settings) + TARGETS, "towns.yaml");
    }

    static Plan plan() {
        return plan("");
    }
}
