/**
 * Assessing units (考核): departments and townships scored on the targets they lead and cooperate on,
 * ranked in pools, graded (等次, with quotas), adjusted (加分 / 扣分, 一票否决) and awarded flags
 * (争先夺旗), each number explained; and what-if questions about a target or a unit.
 *
 * <pre>{@code
 * Assessment assessment = Assessments.read(Path.of("assess/investment.yaml"), plan);
 * AssessmentResult q2 = assessment.assess(log, AssessmentPeriod.quarter(2023, 2));
 * q2.pool("townships").ranking();             // units in rank order, with grade, flag and explanation
 * }</pre>
 *
 * <p><b>Layering.</b> Uses every package below it: {@code core}, {@code rules}, {@code plans}, {@code progress}, {@code scoring}, {@code model} and the internals. Its scheme binder ({@code SchemeBinder}, with {@code PoolBinder}, {@code PeerMetricBinder}, {@code GradingBinder} and {@code AdjustmentBinder} over {@code SchemeNames}) is package-private here.
 */
package io.github.policyplan.assessment;
