package io.github.policyplan.rollup;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.plans.PlanSet;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rolls values up across plans (目标层层分解到下级计划): each target that lower plans' targets count toward
 * takes, at a date, the lower targets' latest values combined by the method that fits its measure — the
 * same roll-up as a breakdown's, a lower plan a unit. Values are converted into the higher target's unit
 * ({@link io.github.policyplan.plans.Magnitudes}: 8000 万元 is 0.8 亿元). The coverage says which lower
 * plans reported ("3个县中2个已报送"); the higher target's own report (a statistics office figure) scores
 * unless its plan says {@code breakdown-settings: {score: units}}, both shown with their difference.
 * Plans roll up from the bottom: a county's values into its city's, the city's into its province's.
 *
 * <pre>{@code
 * Cascade cascade = Cascade.of(PlanSet.read(city, countyA, countyB));
 * Cascaded r = cascade.score(Map.of("a-county", logA, "b-county", logB), LocalDate.of(2023, 6, 30));
 * r.target("city-2023", "funds").explanation().inChinese();   // 合计 5.5亿元 = A县 2.5亿元 + B县 0.8亿元（8000万元）…
 * r.scorecard("city-2023").node("funds").score();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Cascade {

    private final PlanSet set;
    private final RollUp rollUp;
    private final Map<String, Plan> plans;

    private Cascade(PlanSet set, RollUp rollUp, Map<String, Plan> plans) {
        this.set = set;
        this.rollUp = rollUp;
        this.plans = plans;
    }

    /**
     * Prepares the roll-up of a set of plans, scoring with {@link Scoring#standard()}.
     *
     * @param set the plans, their links checked
     * @return the cascade
     */
    public static Cascade of(PlanSet set) {
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (Plan p : set.bottomUp()) {
            plans.put(p.id(), CascadePlans.of(set, p));
        }
        return new Cascade(set, RollUp.standard(), plans);
    }

    /**
     * Returns this cascade scoring with another engine.
     *
     * @param engine the scoring engine
     * @return the cascade
     */
    public Cascade withScoring(Scoring engine) {
        return new Cascade(set, rollUp.withScoring(Objects.requireNonNull(engine, "engine")), plans);
    }

    /**
     * Returns the set of plans.
     *
     * @return the set
     */
    public PlanSet set() {
        return set;
    }

    /**
     * Returns a plan as it is scored here: each target that lower plans count toward broken down among them
     * (a lower plan a unit, its id and title), with everything else as in the plan.
     *
     * @param planId the plan's id
     * @return the plan
     * @throws IllegalArgumentException when the set has no plan with that id
     */
    public Plan plan(String planId) {
        Plan p = plans.get(planId);
        if (p == null) {
            throw new IllegalArgumentException("no plan '" + planId + "' in the set");
        }
        return p;
    }

    /**
     * Returns every plan's log with the values rolled up: each plan's breakdowns and the targets lower plans
     * count toward, from the bottom up. Score {@link #plan(String)} against them with any engine.
     *
     * @param logs each plan's reports, by plan id; a plan without a log has no reports of its own
     * @return each plan's rolled-up log, by plan id, bottom-up
     */
    public Map<String, ProgressLog> values(Map<String, ProgressLog> logs) {
        Map<String, ProgressLog> rolled = new LinkedHashMap<>();
        for (Plan p : set.bottomUp()) {
            ProgressLog own = logs.get(p.id());
            ProgressLog log = rollUp.values(p, own != null ? own : ProgressLog.empty(p));
            Plan scored = plans.get(p.id());
            rolled.put(p.id(), scored == p ? log : cascaded(p, scored, log, rolled));
        }
        return rolled;
    }

    /**
     * A plan's log with its cascaded targets' values added, combined straight from the lower plans' rolled-up
     * series, read and converted on primitive columns ({@link CascadeColumns}), without copying them into the
     * plan's log as units' reports.
     */
    private ProgressLog cascaded(Plan p, Plan scored, ProgressLog log, Map<String, ProgressLog> rolled) {
        List<Report> added = new ArrayList<>();
        Set<String> replaced = new HashSet<>();
        boolean fromUnits = p.breakdownSettings().scoreFromUnits();
        for (String target : set.cascaded(p.id())) {
            new CascadeColumns(scored, scored.breakdown(target).orElseThrow(), set.into(p.id(), target), rolled)
                    .rolledValues(log.series(target), fromUnits, added, replaced);
        }
        if (replaced.isEmpty()) {
            return added.isEmpty() ? log : log.plus(added);
        }
        List<Report> all = new ArrayList<>();
        for (Report r : log.reports()) {
            if (!replaced.contains(r.target())) {
                all.add(r);
            }
        }
        all.addAll(added);
        return ProgressLog.of(p, all);
    }

    /**
     * Scores every plan of the set at a date with the values rolled up across plans.
     *
     * @param logs each plan's reports, by plan id; a plan without a log has no reports of its own
     * @param asOf the date
     * @return each plan's roll-up and scorecard
     */
    public Cascaded score(Map<String, ProgressLog> logs, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, ProgressLog> rolled = new LinkedHashMap<>();
        Map<String, RolledUp> results = new LinkedHashMap<>();
        for (Plan p : set.bottomUp()) {
            Plan scored = plans.get(p.id());
            RolledUp r = rollUp.score(scored, input(p, logs, rolled), asOf);
            rolled.put(p.id(), r.log());
            results.put(p.id(), scored == p ? r : CascadeWords.explained(set, scored, r));
        }
        return new Cascaded(results);
    }

    /** A plan's own reports and, under its cascaded targets, the lower plans' rolled-up values. */
    private ProgressLog input(Plan p, Map<String, ProgressLog> logs, Map<String, ProgressLog> rolled) {
        Plan scored = plans.get(p.id());
        ProgressLog own = logs.get(p.id());
        if (scored == p) {
            return own != null ? own : ProgressLog.empty(p);
        }
        List<Report> reports = new ArrayList<>(own != null ? own.reports() : List.of());
        for (String target : set.cascaded(p.id())) {
            for (PlanSet.Link l : set.into(p.id(), target)) {
                CascadePlans.reports(l, rolled.get(l.lowerPlan().id()).series(l.lower().id()), reports);
            }
        }
        return ProgressLog.of(scored, reports);
    }
}
