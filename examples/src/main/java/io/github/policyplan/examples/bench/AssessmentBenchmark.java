package io.github.policyplan.examples.bench;

import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.assessment.AssessmentPeriod;
import io.github.policyplan.assessment.AssessmentResult;
import io.github.policyplan.assessment.AssessmentScheme;
import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
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
 * (d) Ranking and grading 2,800 townships with 200 targets each: one plan of 560,000 targets (all nine
 * measure kinds), 6,720,000 monthly reports, the townships in one pool, a scheme with a peer metric,
 * grades with a quota, bonuses and penalties with caps, vetoes, flags and red and black lists, built in
 * Java with the {@link AssessmentScheme} records. {@code assess} binds the scheme and assesses the year;
 * its floor, {@code floorScoring}, is the year-end scoring of the plan that every assessment starts
 * from, so that {@code assess − floorScoring} is the cost of the assessment itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
public class AssessmentBenchmark {

    private Plan plan;
    private ProgressLog log;
    private AssessmentScheme scheme;

    /** Generates plan, log and scheme. */
    @Setup
    public void setup() {
        long t0 = System.nanoTime();
        plan = Fixtures.assessmentPlan();
        long t1 = System.nanoTime();
        log = Fixtures.monthly(plan);
        long t2 = System.nanoTime();
        scheme = Fixtures.scheme(plan);
        System.out.printf("%n[assess] %,d targets, %,d reports, %,d units; plan built in %.1f s, log in %.1f s%n",
                plan.targets().size(), log.size(), scheme.pools().get(0).units().size(), (t1 - t0) / 1e9,
                (t2 - t1) / 1e9);
    }

    /**
     * The library: bind the scheme, assess the year.
     *
     * @return the result
     */
    @Benchmark
    public AssessmentResult assess() {
        return new Assessment(scheme, plan, Scoring.standard()).assess(log, AssessmentPeriod.year(2023));
    }

    /**
     * The floor: the year-end scorecard the assessment is made from.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard floorScoring() {
        return Scoring.standard().score(plan, log, AssessmentPeriod.year(2023).end());
    }
}
