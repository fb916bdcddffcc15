package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ScheduleKind;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The words of a scored node, in English and Chinese, written when a {@link NodeScore} is first asked
 * for them. A target's words follow its {@link Judge.Judgement}: the same decision that gave its numbers,
 * with the schedule's and the rule's words kept. A plan's, section's or item's follow its roll-up's
 * numbers, held in its {@link Group}. Nothing here decides a number.
 */
final class Explainer {

    private final Scoring engine;
    private final Plan plan;
    private final ProgressLog log;
    private final LocalDate asOf;
    /** How the derived target being explained takes its value; empty for a reported target. */
    private Optional<Explanation> derivedWords = Optional.empty();
    /** The card, for the units' shares the roll-up attached: which values covered only some units. */
    private final Scorecard card;
    /** How many values the forecast of the target being explained left out (partial roll-ups). */
    private int leftOut;
    /** How many values the forecast of the target being explained drew its trend through. */
    private int kept;

    private Explainer(Scorecard card) {
        this.card = card;
        this.engine = card.scoring();
        this.plan = card.plan();
        this.log = card.log();
        this.asOf = card.asOf();
    }

    /** The words of the target at {@code index} in the card's plan. */
    static NodeScore.Words target(Scorecard card, int index) {
        return new Explainer(card).target(index);
    }

    /** The words of a plan, section or item from its numbers and its children's. */
    static NodeScore.Words group(NodeScore node, Group group) {
        List<RollUps.Child> parts = new ArrayList<>();
        for (NodeScore c : node.children()) {
            parts.add(new RollUps.Child(c.id(), c.weight(), c.score(), c.coverage(), c.status()));
        }
        RollUps.Result r = RollUps.describe(group.rollUp, group.numbers, parts);
        StatusCounts all = StatusCounts.of(group.counts);
        Status status = group.status;
        NodeStatusRule rule = node.scoring().nodeStatus();
        boolean byPace = r.score().isPresent() && (status == Status.ON_TRACK || status == Status.AT_RISK
                || status == Status.OFF_TRACK || status == Status.MISSED);
        String why = "";
        String whyZh = "";
        if (byPace) {
            double pace = r.score().getAsDouble() / r.scale();
            String rate = NumberText.format(pace);
            Status byScore = node.scoring().thresholds().of(pace);
            if (rule == NodeStatusRule.WORST_TARGET) {
                why = " (the worst status of a target below)";
                whyZh = "（取下级目标中最差的状态）";
            } else if (byScore != status) {
                int behind = NodeStatusRule.behind(group.counts);
                why = " (score ÷ " + NumberText.format(r.scale()) + " = " + rate + " read as a pace is "
                        + byScore.english() + ", but " + behind + " target" + (behind == 1 ? " is" : "s are")
                        + " missed or off track)";
                whyZh = "（得分率" + rate + "按进度比为" + byScore.chinese() + "，但有" + behind + "个目标未完成或进度滞后）";
            } else {
                why = " (score ÷ " + NumberText.format(r.scale()) + " = " + rate + " read as a pace)";
                whyZh = "（得分率" + rate + "按进度比判断）";
            }
        }
        String english = (r.score().isPresent() ? "score " : "") + r.english() + "; status " + status.english()
                + why + "; " + all;
        String chinese = (r.score().isPresent() ? "得分 " : "") + r.chinese() + "；状态：" + status.chinese()
                + whyZh + "；" + chineseCounts(all);
        return new NodeScore.Words(Explanation.of(english, chinese), Optional.empty());
    }

    private static String chineseCounts(StatusCounts counts) {
        StringBuilder sb = new StringBuilder().append("共").append(counts.total()).append("个目标");
        counts.asMap().forEach((k, v) -> sb.append("，").append(k.chinese()).append(v).append("个"));
        return sb.toString();
    }

    private NodeScore.Words target(int index) {
        Target t = plan.targets().get(index);
        Judge judge = Judge.withReasons(engine, plan, log, asOf);
        Judge.Judgement judgement = judge.judgement(index);
        Details d = new Details(t, TargetRule.of(plan, t).name(), judge.figures().schedule(index));
        if (judgement instanceof Judge.Unset) {
            return d.words("not scored: the plan does not publish the goal (*)", "不计分：目标值未公布（*）",
                    Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty());
        }
        DerivedValues derived = plan.derivations().isEmpty() ? null : DerivedValues.of(plan, log);
        derivedWords = derived == null ? Optional.empty() : derived.words(index, asOf);
        if (judgement instanceof Judge.Unreported u) {
            Schedules.Expectation exp = u.expectation();
            boolean expects = exp.expects();
            String none = derivedWords.map(w -> w.inEnglish() + "; ").orElse("no report on or before " + asOf + "; ");
            String noneZh = derivedWords.map(w -> w.inChinese() + "；").orElse(asOf + "及之前无报送数据；");
            return d.words("not scored: " + (expects ? none : "") + exp.english(),
                    "不计分：" + (expects ? noneZh : "") + exp.chinese(), exp.value(), start(exp),
                    OptionalDouble.empty(), Optional.empty(), Optional.empty());
        }
        // A report counts: the one on or before the date that the judge read, or the derived value.
        Optional<Report> derivedReport = derived == null ? Optional.empty() : derived.report(index, asOf);
        Report report = derivedReport.isPresent() ? derivedReport.get() : log.latest(t.id(), asOf).orElseThrow();
        if (judgement instanceof Judge.Waiting w) {
            Schedules.Expectation exp = w.expectation();
            return d.words("not scored: " + exp.english() + baseline(t) + "; " + reported(t, report), "不计分："
                    + exp.chinese() + baselineZh(t) + "；" + reportedZh(t, report), exp.value(), start(exp),
                    OptionalDouble.empty(), Optional.of(report),
                    forecast(t, d.schedule(), exp));
        }
        return scored(t, d, (Judge.Scored) judgement, report);
    }

    private NodeScore.Words scored(Target t, Details d, Judge.Scored s, Report report) {
        Schedules.Expectation exp = s.expectation();
        Optional<Forecast> forecast = forecast(t, d.schedule(), exp);
        Status status = s.status();
        OptionalDouble pace = Double.isNaN(s.pace()) ? OptionalDouble.empty() : OptionalDouble.of(s.pace());
        boolean byPace = status == Status.ON_TRACK || status == Status.AT_RISK || status == Status.OFF_TRACK;
        StatusThresholds thresholds = engine.thresholds();
        String statusWhy = status.english() + (byPace ? " (" + (pace.isPresent() ? "pace "
                + NumberText.format(pace.getAsDouble()) : "") + "; on track from " + NumberText.format(thresholds.onTrack())
                + ", at risk from " + NumberText.format(thresholds.atRisk()) + ")"
                : status == Status.ACHIEVED ? " (the goal " + t.goal() + " is met)"
                : status == Status.MISSED ? " (due " + t.due() + ", the goal " + t.goal() + " is not met)"
                : status == Status.STALE ? stale(t, report, s.onReport()) : "");
        String statusWhyZh = status.chinese() + (byPace ? "（进度比 " + (pace.isPresent()
                ? NumberText.format(pace.getAsDouble()) : "") + "；≥" + NumberText.format(thresholds.onTrack())
                + "为正常，≥" + NumberText.format(thresholds.atRisk()) + "为存在风险）"
                : status == Status.ACHIEVED ? "（已达到目标值 " + t.goal() + "）"
                : status == Status.MISSED ? "（" + t.due() + "到期，未达到目标值 " + t.goal() + "）"
                : status == Status.STALE ? staleZh(t, report, s.onReport()) : "");
        String expected = exp.expects() ? exp.english() : "judged against the goal " + t.goal() + ", already met";
        String expectedZh = exp.expects() ? exp.chinese() : "已达到目标值 " + t.goal() + "，按目标值计分";
        boolean hasScore = s.result().score().isPresent();
        String english = (hasScore ? "score " : "not scored: ") + s.result().formula().inEnglish() + "; " + expected
                + baseline(t) + "; " + reported(t, report) + "; status " + statusWhy
                + forecast.map(f -> "; forecast: " + f.explanation().inEnglish()).orElse(pastDue(t) + noForecast(t)[0]);
        String chinese = (hasScore ? "得分 " : "不计分：") + s.result().formula().inChinese() + "；" + expectedZh
                + baselineZh(t) + "；" + reportedZh(t, report) + "；状态：" + statusWhyZh
                + forecast.map(f -> "；预测：" + f.explanation().inChinese()).orElse(pastDueZh(t) + noForecast(t)[1]);
        return d.words(english, chinese, Optional.of(s.against()), start(exp), pace, Optional.of(report), forecast);
    }

    /**
     * Why a target is stale: " (the latest report, as of 2024-06-30, is older than the quarterly cadence
     * allows: on 2024-12-31 a report as of 2024-09-30 or later is due; not judged on it, which would make it
     * achieved)".
     */
    private String stale(Target t, Report report, Status onReport) {
        return " (the latest report, as of " + report.date() + ", is older than the " + plan.cadenceOf(t).code()
                + " cadence allows: on " + asOf + " a report as of " + plan.reportDue(t, asOf).orElseThrow()
                + " or later is due; not judged on it, which would make it " + onReport.english() + ")";
    }

    private String staleZh(Target t, Report report, Status onReport) {
        return "（最近一次报送截至" + report.date() + "，" + plan.cadenceOf(t).chinese() + "报送，" + asOf + "应已报送截至"
                + plan.reportDue(t, asOf).orElseThrow() + "或更晚的数据；不据此判定，按该数据为" + onReport.chinese() + "）";
    }

    /** What the words of a target always say: its rule and schedule, besides its goal and unit. */
    private record Details(Target t, String rule, ScheduleKind schedule) {
        NodeScore.Words words(String english, String chinese, Optional<Goal> expected,
                OptionalDouble start, OptionalDouble pace, Optional<Report> report, Optional<Forecast> forecast) {
            return new NodeScore.Words(Explanation.of(english, chinese), Optional.of(new TargetResult(t.goal(),
                    t.measure().unit(), report.map(Report::value), report.map(Report::date),
                    report.flatMap(Report::source), expected, start, t.baseline(), pace, rule, schedule.code(), forecast)));
        }
    }

    private static OptionalDouble start(Schedules.Expectation exp) {
        return Double.isNaN(exp.start()) ? OptionalDouble.empty() : OptionalDouble.of(exp.start());
    }

    /** The baseline a target's schedule and pace start from, when it has one: "; baseline 8 (2022-12-31)". */
    private String baseline(Target t) {
        return t.baseline().map(b -> "; baseline " + NumberText.format(b.value())
                + b.date().map(d -> " (" + d + ")").orElse("")).orElse("")
                + RevisionWords.of(plan, t).map(w -> "; " + w.inEnglish()).orElse("");
    }

    private String baselineZh(Target t) {
        return t.baseline().map(b -> "；基数" + NumberText.format(b.value())
                + b.date().map(d -> "（" + d + "）").orElse("")).orElse("")
                + RevisionWords.of(plan, t).map(w -> "；" + w.inChinese()).orElse("");
    }

    static String valueText(Target t, Value actual) {
        String unit = t.measure().unit();
        return actual + (actual instanceof Value.Amount && !unit.isEmpty() ? " " + unit : "");
    }

    /** The actual value: when and by whom it was reported, or how it is derived. */
    private String reported(Target t, Report report) {
        if (derivedWords.isPresent()) {
            return "actual " + valueText(t, report.value()) + ", " + derivedWords.get().inEnglish();
        }
        return "actual " + valueText(t, report.value()) + " reported " + report.date()
                + report.source().map(s -> " by " + s).orElse("")
                + CorrectionWords.of(log, t, report).map(c -> " (" + c.inEnglish() + ")").orElse("");
    }

    private String reportedZh(Target t, Report report) {
        if (derivedWords.isPresent()) {
            return "完成值 " + valueText(t, report.value()) + "，" + derivedWords.get().inChinese();
        }
        return "完成值 " + valueText(t, report.value()) + "（" + report.date()
                + report.source().map(s -> "，" + s).orElse("") + "报送"
                + CorrectionWords.of(log, t, report).map(c -> "；" + c.inChinese()).orElse("") + "）";
    }

    /**
     * The forecast to the due date (for per-year, to the end of the year), from the reports that count and
     * the baseline, when it has a date before them, as the trend's first point.
     */
    private Optional<Forecast> forecast(Target t, ScheduleKind schedule, Schedules.Expectation exp) {
        if (!asOf.isBefore(t.due())) {
            return Optional.empty();
        }
        List<Report> window = new ArrayList<>();
        leftOut = 0;
        List<LocalDate> partial = card.shares(t.id()).map(UnitShares::partial).orElse(List.of());
        for (Report r : log.series(t.id())) {
            if (!r.date().isAfter(asOf) && exp.windowStart().map(r.date()::isAfter).orElse(true)) {
                if (partial.contains(r.date())) {
                    leftOut++;
                } else {
                    window.add(r);
                }
            }
        }
        Optional<LocalDate> baselineDate = t.baseline().flatMap(b -> b.date());
        if (baselineDate.isPresent() && schedule != ScheduleKind.PER_YEAR
                && (window.isEmpty() || baselineDate.get().isBefore(window.get(0).date()))) {
            window.add(0, Report.of(t.id(), baselineDate.get(), t.baseline().get().value()));
        }
        LocalDate to = t.due();
        if (schedule == ScheduleKind.PER_YEAR && exp.windowStart().isPresent()) {
            LocalDate yearEnd = LocalDate.of(exp.windowStart().get().getYear() + 1, 12, 31);
            to = yearEnd.isBefore(to) ? yearEnd : to;
        }
        kept = window.size();
        return Forecasts.forecast(t, window, exp.start(), to, engine.forecasts(), leftOut);
    }

    /**
     * Why a target due later has no forecast when partial roll-ups were left out of its trend, which with them
     * would have had two values: too few values covered every unit. Blank otherwise.
     */
    private String[] noForecast(Target t) {
        if (leftOut == 0 || kept >= 2 || kept + leftOut < 2 || !asOf.isBefore(t.due())
                || !(t.goal() instanceof Goal.Amount)) {
            return new String[] {"", ""};
        }
        String[] why = Forecasts.leftOut(leftOut);
        return new String[] {"; forecast: none, fewer than two values covered every unit" + why[0],
            "；预测：无，覆盖全部单位的时点不足两个" + why[1]};
    }

    /** What a forecast says once the due date has passed, for targets with a numeric goal. */
    private String pastDue(Target t) {
        return !asOf.isBefore(t.due()) && t.goal() instanceof Goal.Amount ? "; forecast: none, the due date " + t.due()
                + " has passed" : "";
    }

    private String pastDueZh(Target t) {
        return !asOf.isBefore(t.due()) && t.goal() instanceof Goal.Amount ? "；预测：已过期限（" + t.due() + "到期）" : "";
    }
}
