package io.github.policyplan.examples.bench;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rollup.RollUp;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
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

/**
 * (e) Rolling up the values of the national set (汇总): 200 targets each divided among 2,800 townships,
 * 560,000 units' shares with 6,720,000 monthly reports; {@code rollUpValues} is
 * {@code RollUp.standard().values(plan, log)}, every target's value at each of the twelve month ends
 * summed from its 2,800 units. Its floor, {@code floorScoring}, scores the same 560,000 shares as
 * targets ({@code RollUp.byUnit}) at the year end: what scoring the national set costs. Goal: at most
 * 1.5 × the floor. A log keeps the units' reports packed for rolling up once it has been rolled up
 * ({@code UnitCursor}), as scoring keeps its figures once a plan has been scored; {@code rollUpValuesFirst}
 * rolls up a new log each time (the same reports and one more), packing included.
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
    private ProgressLog log;
    private Plan byUnit;
    private ProgressLog byUnitLog;
    private ProgressLog fresh;

    /** Generates the plan and the units' reports, and the same as one target a unit. */
    @Setup
    public void setup() {
        long t0 = System.nanoTime();
        plan = RollUpFixtures.plan(units);
        log = RollUpFixtures.reports(plan);
        long t1 = System.nanoTime();
        byUnit = RollUp.byUnit(plan);
        byUnitLog = RollUp.byUnit(plan, log);
        System.out.printf("%n[roll-up] %,d targets divided among %,d units (%,d shares), %,d reports; made in %.1f s%n",
                plan.targets().size(), plan.departments().size(), byUnit.targets().size(), log.size(),
                (t1 - t0) / 1e9);
    }

    /** A new log for each iteration: the units' reports and one report of a target's own, nothing packed yet. */
    @Setup(Level.Iteration)
    public void newLog() {
        fresh = log.plus(Report.of("t0", LocalDate.of(2023, 1, 15), 1));
    }

    /**
     * The library on a log rolled up for the first time: packing the units' reports, then rolling up.
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
     * The floor: scoring the national set, the 560,000 shares as targets, at the year end.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard floorScoring() {
        return Scoring.standard().score(byUnit, byUnitLog, AS_OF);
    }
}
