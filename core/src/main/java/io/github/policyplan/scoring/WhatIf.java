package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.rules.RuleInput;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * What-if ({@link Scoring#valueNeeded}): the value a numeric target must report by a date to reach a
 * score or a status. The expectation is the schedule's ({@link Schedules#expected}) and the score the
 * rule's ({@link Judge#apply}), as in scoring.
 */
final class WhatIf {

    /** Halvings of the search interval: far below a double's precision for any interval. */
    private static final int STEPS = 200;

    private WhatIf() {
    }

    private static Target target(Plan plan, String targetId) {
        return plan.target(targetId).orElseThrow(() -> new IllegalArgumentException("plan " + plan.id()
                + " has no target '" + targetId + "'"));
    }

    private static String unit(Target t) {
        return t.measure().unit().isEmpty() ? "" : " " + t.measure().unit();
    }

    /** The expectation of a numeric target with a numeric goal at a date, if it expects a number by then. */
    private static Optional<Schedules.Expectation> numberExpected(Plan plan, Target t, LocalDate date) {
        if (!t.isGoalSet() || !(t.goal() instanceof Goal.Amount)) {
            return Optional.empty();
        }
        Schedules.Expectation exp = Schedules.expected(t, plan.period(), Schedules.of(t), date);
        return exp.value().filter(Goal.Amount.class::isInstance).map(v -> exp);
    }

    /** The least value (the most, for lower-is-better) to report by the date to score at least {@code score}. */
    static Optional<Needed> forScore(Scoring engine, Plan plan, String targetId, LocalDate date, double score) {
        Target t = target(plan, targetId);
        if (!t.measure().kind().isNumeric()) {
            return Optional.empty();
        }
        Optional<Schedules.Expectation> expected = numberExpected(plan, t, date);
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        Schedules.Expectation exp = expected.get();
        TargetRule rule = TargetRule.of(plan, t);
        Goal.Amount e = (Goal.Amount) exp.value().orElseThrow();
        boolean lower = t.measure().direction() == Direction.LOWER_IS_BETTER;
        DoubleUnaryOperator scoreOf = a -> Judge.apply(engine.rules(), rule, t, new RuleInput(t, rule.parameters(),
                Value.of(a), e, exp.start(), date)).score().orElse(-1);
        double span = Math.max(Math.abs(e.value()), Math.abs(((Goal.Amount) t.goal()).value())) * 4 + 1;
        double lo = lower ? 0 : Math.min(0, e.value()) - span;
        double hi = e.value() + span;
        double best = lower ? lo : hi;
        if (scoreOf.applyAsDouble(best) < score) {
            return Optional.empty();
        }
        double worst = lower ? hi : lo;
        for (int i = 0; i < STEPS; i++) {
            double mid = (best + worst) / 2;
            if (scoreOf.applyAsDouble(mid) >= score) {
                best = mid;
            } else {
                worst = mid;
            }
        }
        double value = Math.round(best * 1e6) / 1e6;
        String en = (lower ? "at most " : "at least ") + NumberText.format(value) + unit(t) + " by " + date
                + " to score " + NumberText.format(score) + " by the rule " + rule.name() + "; " + exp.english();
        String zh = "须于" + date + "前达到" + NumberText.format(value) + unit(t) + (lower ? "以下" : "以上") + "方可得"
                + NumberText.format(score) + "分（规则 " + rule.name() + "）；" + exp.chinese();
        return Optional.of(new Needed(targetId, date, value, Explanation.of(en, zh)));
    }

    /** The value to report by the date to be on track or at risk (its pace at the threshold), or the goal. */
    static Optional<Needed> forStatus(Scoring engine, Plan plan, String targetId, LocalDate date, Status status) {
        Target t = target(plan, targetId);
        if (!t.isGoalSet() || !(t.goal() instanceof Goal.Amount goal)) {
            return Optional.empty();
        }
        if (status == Status.ACHIEVED) {
            double g = goal.value();
            return Optional.of(new Needed(targetId, date, g, Explanation.of("the goal itself: "
                    + NumberText.format(g) + unit(t), "即目标值 " + NumberText.format(g) + unit(t))));
        }
        double pace = switch (status) {
            case ON_TRACK -> engine.thresholds().onTrack();
            case AT_RISK -> engine.thresholds().atRisk();
            case ACHIEVED, OFF_TRACK, MISSED, NO_DATA, STALE, NOT_STARTED, UNSET -> throw new IllegalArgumentException(
                    "a value is needed for on track, at risk or achieved (was " + status + ")");
        };
        Optional<Schedules.Expectation> expected = numberExpected(plan, t, date);
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        Schedules.Expectation exp = expected.get();
        double e = ((Goal.Amount) exp.value().orElseThrow()).value();
        double s = exp.start();
        double value;
        String how;
        if (!Double.isNaN(s) && e != s) {
            value = s + pace * (e - s);
            how = NumberText.format(value) + " = " + NumberText.format(s) + " + " + NumberText.format(pace) + " × ("
                    + NumberText.format(e) + " − " + NumberText.format(s) + ")";
        } else if (t.measure().direction() == Direction.LOWER_IS_BETTER) {
            value = e / pace;
            how = NumberText.format(value) + " = " + NumberText.format(e) + " ÷ " + NumberText.format(pace);
        } else {
            value = e * pace;
            how = NumberText.format(value) + " = " + NumberText.format(e) + " × " + NumberText.format(pace);
        }
        return Optional.of(new Needed(targetId, date, value, Explanation.of(how + " (pace " + NumberText.format(pace)
                + " for " + status.english() + "); " + exp.english(), how + "（进度比" + NumberText.format(pace) + "为"
                + status.chinese() + "）；" + exp.chinese())));
    }
}
