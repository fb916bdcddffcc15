package io.github.policyplan.examples.bench;

import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.scoring.Status;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) A full score and roll-up of a 100,000-target plan of counts (20 sections × 100 items × 50 targets,
 * completion rate on a linear schedule) with 1,000,000 reports (10 a target), as of 30 June 2023, against
 * the floor of {@link PrimitiveScorer}: the same scores and status counts from a loop over primitive
 * arrays. Goal: at most 3 × the floor. Setup checks that both give the same plan score and counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ScoreBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    private Plan plan;
    private ProgressLog log;
    private PrimitiveScorer floor;

    /** Generates the plan and the log, and checks the floor against the library. */
    @Setup
    public void setup() {
        plan = Fixtures.countPlan(100_000);
        log = Fixtures.tenReportsEach(plan);
        floor = PrimitiveScorer.of(plan, log);
        check(Scoring.standard().score(plan, log, AS_OF), floor.score(AS_OF));
        System.out.printf("%n[score] %,d targets, %,d reports%n", plan.targets().size(), log.size());
    }

    static void check(Scorecard card, PrimitiveScorer.Result result) {
        double library = card.root().score().orElse(Double.NaN);
        if (Math.abs(library - result.plan()) > 1e-9) {
            throw new IllegalStateException("the floor scores " + result.plan() + ", the library " + library);
        }
        Status[] order = {Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.MISSED,
            Status.NOT_STARTED, Status.NO_DATA, Status.STALE};
        for (int i = 0; i < order.length; i++) {
            if (card.root().counts().count(order[i]) != result.counts()[i]) {
                throw new IllegalStateException("the floor counts " + result.counts()[i] + " " + order[i]
                        + ", the library " + card.root().counts().count(order[i]));
            }
        }
    }

    /**
     * The library: {@code Scoring.standard().score(plan, log, date)}.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard score() {
        return Scoring.standard().score(plan, log, AS_OF);
    }

    /**
     * The floor: the same scores and counts over primitive arrays.
     *
     * @return the scores
     */
    @Benchmark
    public PrimitiveScorer.Result floorPrimitive() {
        return floor.score(AS_OF);
    }
}
