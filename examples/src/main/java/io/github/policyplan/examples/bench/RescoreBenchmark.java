package io.github.policyplan.examples.bench;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (c) Incremental rescoring after one new report, for plans of counts of 10,000 and 100,000 targets
 * (10 reports a target), against a full score of the same plan and updated log. The rescore should
 * cost about the same at both sizes.
 *
 * <ul>
 *   <li>{@code rescore}: {@code rescore(previous, plan, log.plus(report), List.of(target))}, the whole
 *       update as an application does it;</li>
 *   <li>{@code rescoreOnly}: the same rescore with the updated log made beforehand;</li>
 *   <li>{@code logPlus}: {@code log.plus(report)} alone;</li>
 *   <li>{@code fullScore}: the baseline, {@code score(plan, updated, date)}.</li>
 * </ul>
 *
 * <p>The new report (10 July 2023, scored as of 15 July) becomes the target's latest, so the rescore
 * changes its item, section and plan. Setup checks that rescore and full score agree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class RescoreBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2023, 7, 15);

    /** Targets in the plan. */
    @Param({"10000", "100000"})
    public int targets;

    private Plan plan;
    private ProgressLog log;
    private ProgressLog updated;
    private Scorecard previous;
    private Report report;
    private List<String> changed;

    /** Generates plan and log, scores them, and makes the new report. */
    @Setup
    public void setup() {
        plan = Fixtures.countPlan(targets);
        log = Fixtures.tenReportsEach(plan);
        previous = Scoring.standard().score(plan, log, AS_OF);
        int items = targets / (Fixtures.SECTIONS * Fixtures.TARGETS_PER_ITEM);
        String id = "s10.i" + (items / 2) + ".t25";
        double last = ((Value.Amount) log.latest(id, AS_OF).orElseThrow().value()).value();
        report = Report.of(id, LocalDate.of(2023, 7, 10), last + 7);
        changed = List.of(id);
        updated = log.plus(report);
        Scorecard incremental = Scoring.standard().rescore(previous, plan, updated, changed);
        Scorecard full = Scoring.standard().score(plan, updated, AS_OF);
        if (!incremental.root().equals(full.root()) || incremental.root().equals(previous.root())) {
            throw new IllegalStateException("rescore and full score disagree, or the report changed nothing");
        }
        System.out.printf("%n[rescore] %,d targets, %,d reports; %s scored %.2f, then %.2f%n", plan.targets().size(),
                log.size(), id, previous.node(id).score().orElse(Double.NaN),
                incremental.node(id).score().orElse(Double.NaN));
    }

    /**
     * The update as an application makes it: the log with the report, then the rescore.
     *
     * @return the updated scorecard
     */
    @Benchmark
    public Scorecard rescore() {
        return Scoring.standard().rescore(previous, plan, log.plus(report), changed);
    }

    /**
     * The rescore alone, with the updated log made beforehand.
     *
     * @return the updated scorecard
     */
    @Benchmark
    public Scorecard rescoreOnly() {
        return Scoring.standard().rescore(previous, plan, updated, changed);
    }

    /**
     * The log with one more report, alone.
     *
     * @return the new log
     */
    @Benchmark
    public ProgressLog logPlus() {
        return log.plus(report);
    }

    /**
     * The baseline: a full score of the updated log.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard fullScore() {
        return Scoring.standard().score(plan, updated, AS_OF);
    }
}
