package io.github.policyplan.rollup;

import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Cadence;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Rolls the values of broken-down targets up from their units' reports (汇总) and scores the plan from
 * them, with each unit's share scored beside it.
 *
 * <p>A broken-down target's value at a date combines its units' latest values by the method that fits
 * its measure ({@link io.github.policyplan.model.Combine}): the sum for counts, per-year amounts, levels
 * and thresholds; a weighted mean, or numerators over denominators, for shares and rates; the least
 * advanced stage for milestones. A unit's report counts when it falls in the reporting period that holds
 * the date — the period of the target's {@linkplain Plan#cadenceOf cadence}: the month for a monthly target,
 * the calendar quarter for a quarterly one, the year for a yearly one — or always when the plan carries
 * reports forward; the value then covers
 * only the units that count, and says so ("12个乡镇中9个已报送"). When the target has a report of its own
 * (a statistics office figure), that report scores unless the plan says {@code score: units}; both are
 * shown with their difference. The target's score comes from its rolled-up value against its goal, not
 * from the mean of its units' scores.
 *
 * <pre>{@code
 * RolledUp r = RollUp.standard().score(plan, log, LocalDate.of(2023, 6, 30));
 * r.target("funds").explanation().inChinese();    // 合计 46.2亿元 = 城关镇 8.1亿元 + 新集镇 6.4亿元 + …（12个乡镇中9个已报送…）
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RollUp {

    private static final RollUp STANDARD = new RollUp(Scoring.standard());

    private final Scoring scoring;

    private RollUp(Scoring scoring) {
        this.scoring = scoring;
    }

    /**
     * Returns the roll-up that scores with {@link Scoring#standard()}.
     *
     * @return the roll-up
     */
    public static RollUp standard() {
        return STANDARD;
    }

    /**
     * Returns a roll-up that scores with another engine.
     *
     * @param engine the scoring engine
     * @return the roll-up
     */
    public RollUp withScoring(Scoring engine) {
        return new RollUp(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * Returns the log with every broken-down target's rolled-up values in place: a value at every date a
     * unit reported on. A target with reports of its own keeps them, and its own report wins on the dates
     * it has one, unless the plan scores units ({@code score: units}), when the rolled-up values replace
     * them. The units' reports stay in the log.
     * A log rolled up can be rolled up again, into the targets of a plan above.
     *
     * @param plan the plan, with its breakdowns
     * @param log  the reports, the units' among them
     * @return the log with the rolled-up values; the same log when the plan has no breakdown
     */
    public ProgressLog values(Plan plan, ProgressLog log) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(log, "log");
        List<Report> added = new ArrayList<>();
        Set<String> replaced = new HashSet<>();
        boolean fromUnits = plan.breakdownSettings().scoreFromUnits();
        UnitValues units = plan.breakdowns().isEmpty() ? null : new UnitValues(plan, log);
        for (int i = 0; i < plan.breakdowns().size(); i++) {
            Breakdown b = plan.breakdowns().get(i);
            List<Report> own = log.series(b.target());
            Set<Long> ownDates = new HashSet<>();
            if (!own.isEmpty() && fromUnits) {
                replaced.add(b.target());
            } else {
                own.forEach(r -> ownDates.add(r.date().toEpochDay()));
            }
            units.values(i, ownDates::contains, (day, value) -> added.add(new Report(b.target(),
                    LocalDate.ofEpochDay(day), value, Optional.empty(), Optional.empty(), Optional.empty())));
        }
        if (replaced.isEmpty()) {
            return added.isEmpty() ? log : log.plus(added);
        }
        List<Report> all = new ArrayList<>(log.size() + added.size());
        for (Report r : log.reports()) {
            if (!replaced.contains(r.target())) {
                all.add(r);
            }
        }
        all.addAll(added);
        return ProgressLog.of(plan, all);
    }

    /**
     * Scores a plan at a date with its broken-down targets' values rolled up from their units.
     *
     * @param plan the plan, with its breakdowns
     * @param log  the reports, the units' among them
     * @param asOf the date
     * @return the scorecard, the shares' scorecard, each target's roll-up and the reporting completeness
     */
    public RolledUp score(Plan plan, ProgressLog log, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        ProgressLog rolled = values(plan, log);
        Scorecard card = scoring.score(plan, rolled, asOf);
        SharesPlan shares = plan.derived(SharesPlan.class, SharesPlan::new);
        Optional<Scorecard> shareCard = shares.plan == null ? Optional.empty()
                : Optional.of(scoring.score(shares.plan, sharesLog(plan, shares.plan, log), asOf));
        Map<String, TargetRollUp> targets = new LinkedHashMap<>();
        Map<String, List<LocalDate>> partial = new LinkedHashMap<>();
        boolean fromUnits = plan.breakdownSettings().scoreFromUnits();
        for (Breakdown b : inPlanOrder(plan)) {
            Combiner c = new Combiner(plan, b, log);
            targets.put(b.target(), detail(plan, c, log, asOf));
            partial.put(b.target(), PartialPoints.of(c, log.series(b.target()), fromUnits));
        }
        return new RolledUp(SharesUnder.attach(plan, card, shareCard, targets.values(), partial), shareCard, targets,
                completeness(plan, log, asOf), rolled);
    }

    /**
     * Returns the plan as an assessment sees it when it credits units by their shares (point 7 of the
     * breakdown design): every broken-down target replaced, where it stands, by one target a unit
     * ({@code funds.cgz}, titled with the unit's name, led by the unit, with the unit's goal and weight and
     * the parent's measure, schedule and rule). Targets without breakdowns stay as they are, with their
     * lead and cooperating units. The plan keeps its id, so a scheme for the plan reads against it; a peer
     * metric ranks units on their shares with {@code targets: 'funds.{unit}'}.
     *
     * <pre>{@code
     * Assessment contest = Assessments.parse(schemeText, "contest.yaml", RollUp.byUnit(plan));
     * contest.assess(RollUp.byUnit(plan, log), AssessmentPeriod.year(2023));
     * }</pre>
     *
     * @param plan the plan
     * @return the plan by unit; the plan itself when nothing is broken down
     */
    public static Plan byUnit(Plan plan) {
        return plan.derived(SharesPlan.class, SharesPlan::new).byUnit;
    }

    /**
     * Returns the log for {@link #byUnit(Plan)}: the reports on targets without breakdowns, and each unit's
     * reports under its share's id.
     *
     * @param plan the plan
     * @param log  the reports, the units' among them
     * @return the log of the plan by unit
     */
    public static ProgressLog byUnit(Plan plan, ProgressLog log) {
        Plan units = byUnit(plan);
        if (units == plan) {
            return log;
        }
        List<Report> reports = sharesReports(plan, log);
        for (Report r : log.reports()) {
            if (r.target().indexOf(Breakdown.UNIT_SEPARATOR) < 0 && plan.breakdown(r.target()).isEmpty()) {
                reports.add(r);
            }
        }
        return ProgressLog.of(units, reports);
    }

    /** The units' reports, under their shares' ids. */
    private static ProgressLog sharesLog(Plan plan, Plan sharesPlan, ProgressLog log) {
        return ProgressLog.of(sharesPlan, sharesReports(plan, log));
    }

    private static List<Report> sharesReports(Plan plan, ProgressLog log) {
        List<Report> reports = new ArrayList<>();
        for (Breakdown b : plan.breakdowns()) {
            for (Allotment a : b.units()) {
                String id = SharesPlan.id(b.target(), a.unit());
                boolean ratio = b.method(plan.target(b.target()).orElseThrow()).orElse(null) == Combine.RATIO;
                for (Report r : log.series(Breakdown.reportKey(b.target(), a.unit()))) {
                    Optional<Value> v = ratio ? Combiner.amount(r.value()) : Optional.of(r.value());
                    v.ifPresent(value -> reports.add(new Report(id, r.date(), value, r.source(), r.note(),
                            r.evidence())));
                }
            }
        }
        return reports;
    }

    private static TargetRollUp detail(Plan plan, Combiner c, ProgressLog log, LocalDate asOf) {
        int[] dates = c.dates();
        int at = java.util.Arrays.binarySearch(dates, Combiner.day(asOf.toEpochDay()));
        at = at >= 0 ? at : -at - 2;
        Optional<LocalDate> date = at < 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(dates[at]));
        Combiner.Point point = date.map(c::at).orElse(new Combiner.Point(Optional.empty(), 0));
        LocalDate when = date.orElse(asOf);
        List<UnitFigure> figures = new ArrayList<>();
        for (int u = 0; u < c.units(); u++) {
            Allotment a = c.breakdown.units().get(u);
            Optional<Report> r = c.report(u, when);
            String name = plan.department(a.unit()).map(Department::name).orElse(a.unit());
            figures.add(new UnitFigure(a.unit(), name, a.goalUnder(c.target), a.weight(), r.map(Report::value),
                    r.map(Report::date), r.isPresent() && c.counts(r.get().date(), when)));
        }
        Optional<Report> ownReport = log.latest(c.target.id(), asOf);
        boolean sameDate = ownReport.isPresent() && date.isPresent() && ownReport.get().date().equals(date.get());
        OptionalDouble difference = sameDate && ownReport.get().value() instanceof Value.Amount o
                && point.value().isPresent() && point.value().get() instanceof Value.Amount t
                ? OptionalDouble.of(Combiner.round(o.value() - t.value())) : OptionalDouble.empty();
        boolean onUnits = ownReport.isEmpty() || plan.breakdownSettings().scoreFromUnits()
                || date.isPresent() && ownReport.get().date().isBefore(date.get());
        OptionalDouble ratio = c.breakdown.allocation(c.target);
        double warn = plan.breakdownSettings().warnAbove();
        boolean over = ratio.isPresent() && ratio.getAsDouble() > warn;
        TargetRollUp draft = new TargetRollUp(c.target.id(), c.method, date, point.value(), point.counted(),
                c.units(), figures, ownReport, difference, onUnits, ratio, over, null);
        return new TargetRollUp(c.target.id(), c.method, date, point.value(), point.counted(), c.units(), figures, ownReport,
                difference, onUnits, ratio, over, RollUpWords.explain(plan, draft, warn));
    }

    /**
     * Says which units have not reported which of their targets within the reporting period that holds a
     * date: the period of the target's {@linkplain Plan#cadenceOf cadence} (the calendar quarter for
     * quarterly targets: a report dated from its first day to the date counts). A unit owes no report
     * before its target starts nor after its share's due date.
     *
     * @param plan the plan, with its breakdowns
     * @param log  the reports
     * @param asOf the date
     * @return the completeness (报送率)
     */
    public Completeness completeness(Plan plan, ProgressLog log, LocalDate asOf) {
        LocalDate earliest = null;
        List<Completeness.Missing> missing = new ArrayList<>();
        int expected = 0;
        for (Duties.Duty d : Duties.of(plan, false)) {
            LocalDate from = Duties.cadence(plan, d).periodStart(asOf);
            if (!Duties.active(plan, d, from, asOf)) {
                continue;
            }
            expected++;
            earliest = earliest == null || from.isBefore(earliest) ? from : earliest;
            if (!Duties.reported(log, d, from, asOf)) {
                missing.add(new Completeness.Missing(d.target().id(), d.unit(), d.name(), from, asOf));
            }
        }
        return new Completeness(asOf, earliest != null ? earliest
                : plan.cadence().orElse(Cadence.DEFAULT).periodStart(asOf), expected, missing);
    }

    /** The plan's breakdowns in the order of their targets in the plan. */
    private static List<Breakdown> inPlanOrder(Plan plan) {
        List<Breakdown> out = new ArrayList<>(plan.breakdowns());
        out.sort(java.util.Comparator.comparingInt(b -> plan.indexOf(b.target())));
        return out;
    }

    /**
     * Returns how each broken-down target's units' goals compare with its goal (层层加码), in the order of
     * the plan's breakdowns; targets whose goals are not numbers are left out.
     *
     * @param plan the plan
     * @return the allocations
     */
    public static List<Allocation> allocations(Plan plan) {
        List<Allocation> out = new ArrayList<>();
        double warn = plan.breakdownSettings().warnAbove();
        for (Breakdown b : inPlanOrder(plan)) {
            Target t = plan.target(b.target()).orElseThrow();
            OptionalDouble ratio = b.allocation(t);
            if (ratio.isPresent()) {
                String[] words = RollUpWords.allocationWords(ratio.getAsDouble(), warn);
                out.add(new Allocation(t.id(), ratio.getAsDouble(), ratio.getAsDouble() > warn,
                        io.github.policyplan.core.Explanation.of(words[0], words[1])));
            }
        }
        return out;
    }
}
