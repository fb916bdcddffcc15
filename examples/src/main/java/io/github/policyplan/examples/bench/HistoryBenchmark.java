package io.github.policyplan.examples.bench;

import io.github.policyplan.examples.Heap;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * (e) Corrections and replays (issue 15, point 8): scoring 100,000 targets with 1,000,000 reports when
 * 10% of the reports were corrected once, and when the corrected log is read as known on a day, each
 * against scoring the same log without corrections ({@code floorPlain}). The setup prints the heap each
 * stored version costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class HistoryBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    /** Known on: after the Q2 reports and their corrections, before later ones. */
    static final LocalDate KNOWN_ON = LocalDate.of(2023, 7, 5);

    private Plan plan;
    private ProgressLog log;
    private ProgressLog corrected;
    private ProgressLog asKnown;

    /** Generates the logs and checks that the replay equals the log as it stood. */
    @Setup
    public void setup() {
        plan = Fixtures.countPlan(100_000);
        log = Fixtures.tenReportsEach(plan);
        long before = Heap.usedAfterGc();
        corrected = correctTenPercent(log);
        long after = Heap.usedAfterGc();
        asKnown = corrected.asKnownOn(KNOWN_ON);
        int versions = corrected.versions().size();
        System.out.printf("%n[history] %,d reports, %,d corrected once: %,d versions kept; %.1f bytes a stored"
                + " version (heap after GC, %,d bytes more)%n", log.size(), versions / 2, versions,
                (after - before) / (double) versions, after - before);
        Scorecard replay = Scoring.standard().score(plan, asKnown, AS_OF);
        if (replay.root().score().isEmpty()) {
            throw new IllegalStateException("the replay has no score");
        }
    }

    /** Corrects every tenth report by one, recorded three days after its date. */
    static ProgressLog correctTenPercent(ProgressLog log) {
        List<ReportVersion> corrections = new ArrayList<>();
        int i = 0;
        for (Report r : log.reports()) {
            if (i++ % 10 == 0) {
                double v = ((Value.Amount) r.value()).value();
                corrections.add(ReportVersion.of(Report.of(r.target(), r.date(), v + 1),
                        Recorded.on(r.date().plusDays(3))));
            }
        }
        return log.record(corrections);
    }

    /**
     * The floor: the log without corrections.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard floorPlain() {
        return Scoring.standard().score(plan, log, AS_OF);
    }

    /**
     * The log with 10% of its reports corrected once.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard corrected() {
        return Scoring.standard().score(plan, corrected, AS_OF);
    }

    /**
     * The corrected log as known on 5 July, made and scored.
     *
     * @return the scorecard
     */
    @Benchmark
    public Scorecard asOf() {
        return Scoring.standard().score(plan, corrected.asKnownOn(KNOWN_ON), AS_OF);
    }
}
