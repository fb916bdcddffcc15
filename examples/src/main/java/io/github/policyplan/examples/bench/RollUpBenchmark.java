package io.github.policyplan.examples.bench;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rollup.RollUp;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * (e) Rolling up the values of the national set (汇总): 200 targets each divided among 2,800 townships,
 * 560,000 units' shares with 6,720,000 monthly reports; {@code rollUpValues} is
 * {@code RollUp.standard().values(plan, log)}, every target's value at each of the twelve month ends
 * summed from its 2,800 units. Its floor, {@code floorScoring}, scores the same 560,000 shares as
 * targets ({@code RollUp.byUnit}) at the year end: what scoring the national set costs. Goal: at most
 * 1.5 × the floor. {@code rollUpValuesFirst} rolls up a log built for each iteration from the reports,
 * as an application builds one ({@code ProgressLog.of}), never rolled up before: everything but building
 * the log is measured. A log lays its units' reports out by breakdown when it is built, as it lays out the
 * targets' reports that scoring reads; {@code buildLog} measures that building, against
 * {@code floorBuildLog}, building the log of the same reports on the shares as targets. Building a log
 * leaves garbage that a collection during the next shot pays for; {@code floorScoringFirst} scores the
 * shares on a log built for each iteration too, the like-for-like floor of {@code rollUpValuesFirst}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
public class RollUpBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

    /** Townships each target is divided among: 2,800 is the national set; fewer for a quick run. */
    @Param({"2800"})
    public int units;

    private Plan plan;
    private List<Report> reports;
    private ProgressLog log;
    private Plan byUnit;
    private ProgressLog byUnitLog;
    private List<Report> byUnitReports;
    private ProgressLog fresh;
    private ProgressLog freshByUnit;

    /** Generates the plan and the units' reports, and the same as one target a unit. */
    @Setup
    public void setup() {
        long t0 = System.nanoTime();
        plan = RollUpFixtures.plan(units);
        reports = RollUpFixtures.reports(plan);
        log = ProgressLog.of(plan, reports);
        long t1 = System.nanoTime();
        byUnit = RollUp.byUnit(plan);
        byUnitLog = RollUp.byUnit(plan, log);
        byUnitReports = new ArrayList<>(byUnitLog.reports());
        System.out.printf("%n[roll-up] %,d targets divided among %,d units (%,d shares), %,d reports; made in %.1f s%n",
                plan.targets().size(), plan.departments().size(), byUnit.targets().size(), log.size(),
                (t1 - t0) / 1e9);
    }

    /**
     * New logs for each iteration of the "first" benchmarks, built from the reports as an application builds
     * them, never read before: the units' for {@link #rollUpValuesFirst}, the shares' for
     * {@link #floorScoringFirst}.
     *
     * @param params which benchmark runs
     */
    @Setup(Level.Iteration)
    public void newLogs(BenchmarkParams params) {
        fresh = null;
        freshByUnit = null;
        if (params.getBenchmark().endsWith(".rollUpValuesFirst")) {
            fresh = ProgressLog.of(plan, reports);
        } else if (params.getBenchmark().endsWith(".floorScoringFirst")) {
            freshByUnit = ProgressLog.of(byUnit, byUnitReports);
        }
    }

    /**
     * The library on a log rolled up for the first time: everything but building the log.
     *
     * @return the log with the rolled-up values
     */
    @Benchmark
    public ProgressLog rollUpValuesFirst() {
        return RollUp.standard().values(plan, fresh);
    }

    /**
     * The library: every broken-down target's values rolled up from its units.
     *
     * @return the log with the rolled-up values
     */
    @Benchmark
    public ProgressLog rollUpValues() {
        return RollUp.standard().values(plan, log);
    }

    /**
     * Building the log of the units' reports, checked against the plan and laid out by breakdown.
     *
     * @return the log
     */
    @Benchmark
    public ProgressLog buildLog() {
        return ProgressLog.of(plan, reports);
    }

    /**
     * The floor of {@link #buildLog}: building the log of the same reports on the shares as targets.
     *
     * @return the log
     */
    @Benchmark
    public ProgressLog floorBuildLog() {
        return ProgressLog.of(byUnit, byUnitReports);
    }

    /**
     * The floor: scoring the national set, the 560,000 shares as targets, at the year end.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard floorScoring() {
        return Scoring.standard().score(byUnit, byUnitLog, AS_OF);
    }

    /**
     * The floor of {@link #rollUpValuesFirst} like for like: scoring the shares as targets on a log built for
     * each iteration, as the first roll-up rolls up a log built for each iteration.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard floorScoringFirst() {
        return Scoring.standard().score(byUnit, freshByUnit, AS_OF);
    }
}
