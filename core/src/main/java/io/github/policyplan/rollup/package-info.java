/**
 * Value roll-up (汇总) of broken-down targets: from the units' reports, each target's own value by the
 * method that fits its measure, with the units that reported and those that did not; each unit's share
 * scored like a target under its parent; over- and under-allocation (层层加码); reporting completeness
 * (报送率).
 *
 * <p>{@link io.github.policyplan.rollup.RollUp} is the entry point. {@link
 * io.github.policyplan.rollup.RollUp#values} gives a progress log in which every broken-down target has
 * its rolled-up values, for scoring as usual (or for rolling up again into a higher plan);
 * {@link io.github.policyplan.rollup.RollUp#score} scores the plan from it, and the units' shares beside
 * it, every figure explained.
 *
 * <pre>{@code
 * RolledUp r = RollUp.standard().score(plan, log, LocalDate.of(2023, 6, 30));
 * r.scorecard().node("funds").score();               // the county's score, from its rolled-up value
 * r.target("funds").explanation().inChinese();       // 合计 46.2亿元 = 城关镇 8.1亿元 + 新集镇 6.4亿元 + …
 * r.shares().node("funds.cgz").explanation();        // 城关镇's share, scored like a target
 * r.completeness().rate();                           // 报送率
 * }</pre>
 *
 * <p><b>Layering.</b> Uses {@code core}, {@code plans}, {@code progress}, {@code scoring} and {@code model};
 * never {@code assessment}, which may use it.
 */
package io.github.policyplan.rollup;
