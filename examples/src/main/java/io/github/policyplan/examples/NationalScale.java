package io.github.policyplan.examples;

import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.scoring.Status;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.management.ObjectName;

/**
 * Scores a national-sized data set in memory: 2,800 county plans of 200 targets each (560,000 targets,
 * the nine measure kinds with every field), twelve monthly reports a target (6,720,000 reports), every
 * plan scored at the end of 2023. Prints the time of each step, the peak heap, and the heap the plans
 * and the logs hold (bytes per target, per report); writes one line a county — its plan score,
 * coverage and status counts — to a CSV file, atomically (a temporary file in the same folder, then
 * moved over the target).
 *
 * <pre>
 * NationalScale out/summary.csv                      # 2,800 counties, one thread
 * NationalScale --parallel out/summary.csv           # also scored on every core, plan by plan
 * NationalScale --counties 20 out/summary.csv        # a quick run
 * NationalScale --yaml out/summary.csv               # each plan written as YAML and loaded back first
 * NationalScale --histogram out/histo out/summary.csv  # also the class histograms of plans and logs
 * </pre>
 *
 * <p>Time is measured against a floor taken in the same run: fetching, through the public API, the
 * report each target is judged on ({@code ProgressLog.latest}). With {@code --parallel} the plans are
 * scored on one thread, then again on one thread (warm) and on every core through
 * {@code Scoring.withParallelism(n).scoreAll}, and the parallel scores are checked to equal the others.
 *
 * <p>Memory is measured as used heap after {@code System.gc()}: before anything is made (the baseline),
 * with the plans held, with plans and logs held. The peak is the sum of the heap pools' peak usage since
 * the baseline (an upper bound: the pools need not peak at once), taken before the scorecards of the first
 * 100 plans are held to measure what a scorecard holds. All data are made up (示例数值).
 *
 * <p>The cascade ({@link ProvincialCascade}): each county's amounts count toward the same target of one of
 * 31 provincial plans; the set is checked, the counties' values rolled up into the provinces and the
 * provinces scored, each step timed against scoring the counties alone, in the same run.
 */
public final class NationalScale {

    /** Counties in the full run. */
    public static final int COUNTIES = 2_800;
    /** Departments and townships in each county plan. */
    static final int DEPARTMENTS = 50;
    /** Sections × items × targets of each county plan: 4 × 5 × 10 = 200 targets. */
    static final int SECTIONS = 4;
    static final int ITEMS = 5;
    static final int TARGETS = 10;
    /** The CSV header of the summary. */
    public static final String HEADER;

    static {
        StringBuilder h = new StringBuilder("county,plan,targets,score,coverage");
        for (Status s : Status.values()) {
            h.append(',').append(s.name().toLowerCase(Locale.ROOT));
        }
        HEADER = h.toString();
    }

    private NationalScale() {
    }

    /**
     * Runs the example.
     *
     * @param args options and the summary file
     * @throws IOException when the summary cannot be written
     */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Generates, scores, measures and writes the summary.
     *
     * @param args {@code [--counties N] [--parallel] [--yaml] [--histogram PREFIX] summary.csv}
     * @param out  where the figures go
     * @param err  where usage errors go
     * @return 0 on success, 2 on a usage error
     * @throws IOException when the summary cannot be written
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        int counties = COUNTIES;
        boolean parallel = false;
        boolean yaml = false;
        String histogram = null;
        Path summary = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--counties":
                        counties = Integer.parseInt(args[++i]);
                        break;
                    case "--parallel":
                        parallel = true;
                        break;
                    case "--yaml":
                        yaml = true;
                        break;
                    case "--histogram":
                        histogram = args[++i];
                        break;
                    default:
                        if (args[i].startsWith("--") || summary != null) {
                            throw new IllegalArgumentException("unknown argument " + args[i]);
                        }
                        summary = Path.of(args[i]);
                }
            }
            if (summary == null || counties < 1) {
                throw new IllegalArgumentException("name the summary file; --counties must be at least 1");
            }
        } catch (RuntimeException e) {
            err.println("NationalScale: " + e.getMessage());
            err.println("usage: NationalScale [--counties N] [--parallel] [--yaml] [--histogram PREFIX] summary.csv");
            return 2;
        }

        int threads = parallel ? Runtime.getRuntime().availableProcessors() : 1;
        out.printf(Locale.ROOT, "NationalScale: %,d county plans × %d targets, 12 monthly reports each; scoring on 1 "
                + "thread%s; max heap %s%n", counties, SECTIONS * ITEMS * TARGETS, parallel ? ", then on " + threads : "",
                mib(Runtime.getRuntime().maxMemory()));
        long baseline = Heap.usedAfterGc();
        Heap.resetPeaks();
        long start = System.nanoTime();

        Plan[] plans = new Plan[counties];
        long targets = 0;
        for (int c = 0; c < counties; c++) {
            plans[c] = countyPlan(c, yaml);
            targets += plans[c].targets().size();
        }
        long plansMade = System.nanoTime();
        long withPlans = Heap.usedAfterGc();
        if (histogram != null) {
            histogram(histogram + "-plans.txt");
        }

        ProgressLog[] logs = new ProgressLog[counties];
        long reports = 0;
        long afterPlans = System.nanoTime();
        for (int c = 0; c < counties; c++) {
            List<Report> list = SyntheticPlans.reports(plans[c], SyntheticPlans.monthEnds(2023, 12), 1_000_000L + c);
            logs[c] = ProgressLog.of(plans[c], list);
            reports += logs[c].size();
        }
        long logsMade = System.nanoTime();
        long withLogs = Heap.usedAfterGc();
        if (histogram != null) {
            histogram(histogram + "-logs.txt");
        }

        LocalDate asOf = SyntheticPlans.YEAR_END;
        // The floor, measured in the same run: fetch the report each target is judged on, nothing more.
        long floorStart = System.nanoTime();
        long found = 0;
        for (int c = 0; c < counties; c++) {
            for (Target t : plans[c].targets()) {
                found += logs[c].latest(t.id(), asOf).isPresent() ? 1 : 0;
            }
        }
        long floor = System.nanoTime() - floorStart;

        long scoringCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long scoring = System.nanoTime();
        String[] rows = new String[counties];
        for (int c = 0; c < counties; c++) {
            rows[c] = row(plans[c], Scoring.standard().score(plans[c], logs[c], asOf));
        }
        long scored = System.nanoTime();
        scoringCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - scoringCpu;
        long parallelTime = 0;
        long warmTime = 0;
        if (parallel) {
            // Compared warm: the first pass above also paid for compiling the code.
            long warmStart = System.nanoTime();
            for (int c = 0; c < counties; c++) {
                Scoring.standard().score(plans[c], logs[c], asOf);
            }
            warmTime = System.nanoTime() - warmStart;
            String[] again = new String[counties];
            long parallelStart = System.nanoTime();
            Map<Plan, ProgressLog> logOf = new IdentityHashMap<>();
            for (int c = 0; c < counties; c++) {
                logOf.put(plans[c], logs[c]);
            }
            List<Scorecard> cards = Scoring.standard().withParallelism(threads)
                    .scoreAll(Arrays.asList(plans), logOf::get, asOf);
            for (int c = 0; c < counties; c++) {
                again[c] = row(plans[c], cards.get(c));
            }
            parallelTime = System.nanoTime() - parallelStart;
            if (!Arrays.equals(rows, again)) {
                throw new IllegalStateException("the parallel scores differ from the sequential ones");
            }
        }
        long written = System.nanoTime();
        writeAtomically(summary, rows);
        long end = System.nanoTime();

        long peak = Heap.peakHeap();
        Rescoring rescoring = rescoring(plans[0], logs[0], asOf.minusDays(1));
        ProvincialCascade.Figures cascade = ProvincialCascade.measure(plans, logs, asOf);
        // What a scorecard holds: the cards of the first counties (at most 100), kept until measured.
        int held = Math.min(100, counties);
        long heldTargets = 0;
        long withoutCards = Heap.usedAfterGc();
        Scorecard[] cards = new Scorecard[held];
        for (int c = 0; c < held; c++) {
            cards[c] = Scoring.standard().score(plans[c], logs[c], asOf);
            heldTargets += plans[c].targets().size();
        }
        double perCardTarget = (double) (Heap.usedAfterGc() - withoutCards) / heldTargets;
        double perTarget = (double) (withPlans - baseline) / targets;
        double perReport = (double) (withLogs - withPlans) / reports;
        out.printf(Locale.ROOT, "  %,d targets, %,d reports%n", targets, reports);
        out.printf(Locale.ROOT, "  plans made in       %8.2f s%s%n", (plansMade - start) / 1e9,
                yaml ? "   (each written as YAML and loaded back)" : "");
        out.printf(Locale.ROOT, "  logs made in        %8.2f s%n", (logsMade - afterPlans) / 1e9);
        double sequential = (scored - scoring) / 1e9;
        out.printf(Locale.ROOT, "  floor in            %8.2f s   (the latest report of each target, %,d found)%n",
                floor / 1e9, found);
        out.printf(Locale.ROOT, "  scored in           %8.2f s   (%.1f µs a target; %.1f × the floor)%n", sequential,
                (scored - scoring) / 1e3 / targets, (double) (scored - scoring) / floor);
        if (parallel) {
            out.printf(Locale.ROOT, "  scored again        %8.2f s   (one thread, warm)%n", warmTime / 1e9);
            out.printf(Locale.ROOT, "  scored in parallel  %8.2f s   (%d threads, plan by plan: %.2f × the warm one-thread "
                    + "time; same scores)%n", parallelTime / 1e9, threads, (double) parallelTime / warmTime);
        }
        out.printf(Locale.ROOT, "  summary written in  %8.2f s   %s%n", (end - written) / 1e9, summary);
        out.printf(Locale.ROOT, "  a report arrives:   %8.1f µs  (log.plus and rescore of one county plan, %,d times: "
                + "%.3f × a full score of it, %.1f µs; the same scorecard as a full score)%n", rescoring.rescore(),
                rescoring.times(), rescoring.rescore() / rescoring.full(), rescoring.full());
        out.printf(Locale.ROOT, "  cascade             %8.2f s   (%d provincial totals from %,d county targets: links checked "
                + "%.2f s, values rolled up %.2f s, provinces scored %.2f s; %.2f × scoring the counties alone, the roll-up"
                + " %.2f ×)%n", cascade.total() / 1e9, cascade.provinces(), cascade.links(), cascade.checked() / 1e9,
                cascade.rolled() / 1e9, cascade.scored() / 1e9, (double) cascade.total() / (scored - scoring),
                (double) cascade.rolled() / (scored - scoring));
        out.printf(Locale.ROOT, "  cascade, thread CPU  links checked %.2f s, values rolled up %.2f s, against scoring the"
                + " counties %.2f s: %.2f × and %.2f ×%n", cascade.checkedCpu() / 1e9, cascade.rolledCpu() / 1e9,
                scoringCpu / 1e9, (double) cascade.checkedCpu() / scoringCpu, (double) cascade.rolledCpu() / scoringCpu);
        out.printf(Locale.ROOT, "  elapsed             %8.2f s   (plans, logs, scoring%s and summary; without the "
                + "measuring GCs and the floor)%n", (plansMade - start + logsMade - afterPlans + (parallel
                        ? parallelTime : scored - scoring) + end - written) / 1e9, parallel ? " in parallel" : "");
        out.printf(Locale.ROOT, "  heap: baseline %s; plans %s (%,.0f bytes a target); logs %s (%,.1f bytes a report, "
                + "%,.0f a target); peak %s (sum of heap pool peaks since the baseline)%n", mib(baseline),
                mib(withPlans - baseline), perTarget, mib(withLogs - withPlans), perReport,
                (double) (withLogs - withPlans) / targets, mib(peak));
        out.printf(Locale.ROOT, "  a scorecard holds %,.0f bytes a target (the cards of %d plans held)%n", perCardTarget,
                held);
        // Keep everything reachable until the figures are taken.
        if (plans[counties - 1] == null || logs[counties - 1] == null || cards[held - 1] == null) {
            throw new IllegalStateException();
        }
        return 0;
    }

    /** A county plan: 50 departments and townships, 4 sections × 5 items × 10 targets of every kind. */
    static Plan countyPlan(int c, boolean viaYaml) {
        List<Department> departments = SyntheticPlans.departments(DEPARTMENTS);
        String id = String.format(Locale.ROOT, "county-%04d", c + 1);
        Plan plan = ProvincialCascade.linked(SyntheticPlans.plan(id, "第" + (c + 1) + "县2023年重点工作部署",
                SyntheticPlans.Shape.MIXED, SECTIONS, ITEMS, TARGETS, departments, SyntheticPlans.spread(departments),
                true, c), ProvincialCascade.province(c));
        return viaYaml ? Plans.parse(Plans.toYaml(plan), id + ".yaml") : plan;
    }

    /** One CSV line: county, plan title, targets, score, coverage, the count of each status. */
    static String row(Plan plan, Scorecard card) {
        NodeScore root = card.root();
        StringBuilder sb = new StringBuilder();
        sb.append(csv(plan.id())).append(',').append(csv(plan.title())).append(',').append(plan.targets().size()).append(',');
        if (root.score().isPresent()) {
            sb.append(String.format(Locale.ROOT, "%.2f", root.score().getAsDouble()));
        }
        sb.append(',').append(String.format(Locale.ROOT, "%.4f", root.coverage()));
        for (Status s : Status.values()) {
            sb.append(',').append(root.counts().count(s));
        }
        return sb.toString();
    }

    /** Writes the rows to a temporary file beside the summary, then moves it over the summary at once. */
    /** The average time of an incremental update and of a full score, in microseconds. */
    record Rescoring(double rescore, double full, int times) {
    }

    /**
     * Times what a platform does when a report arrives — {@code log.plus(report)}, then
     * {@code rescore} — against a full score of the same plan, over one new report on each numeric
     * target in turn, and checks the last update equals a full score.
     */
    static Rescoring rescoring(Plan plan, ProgressLog log, LocalDate asOf) {
        Scoring scoring = Scoring.standard();
        Scorecard before = scoring.score(plan, log, asOf);
        List<Report> arriving = new ArrayList<>();
        for (Target t : plan.targets()) {
            Optional<Report> latest = log.latest(t.id(), asOf);
            if (latest.isPresent() && latest.get().value() instanceof Value.Amount) {
                arriving.add(Report.of(t.id(), asOf, ((Value.Amount) latest.get().value()).value() + 1));
            }
        }
        int times = 20 * arriving.size();
        Scorecard after = before;
        ProgressLog updated = log;
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            Report r = arriving.get(i % arriving.size());
            updated = log.plus(r);
            after = scoring.rescore(before, plan, updated, List.of(r.target()));
        }
        long rescored = System.nanoTime();
        Scorecard full = before;
        for (int i = 0; i < times; i++) {
            full = scoring.score(plan, updated, asOf);
        }
        long end = System.nanoTime();
        if (!after.toJson().equals(full.toJson())) {
            throw new IllegalStateException("rescoring after a report differs from a full score");
        }
        return new Rescoring((rescored - start) / 1e3 / times, (end - rescored) / 1e3 / times, times);
    }

    static void writeAtomically(Path summary, String[] rows) throws IOException {
        Path target = summary.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, target.getFileName().toString() + ".", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(HEADER);
                w.write('\n');
                for (String row : rows) {
                    w.write(row);
                    w.write('\n');
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The live objects by class, as {@code jcmd PID GC.class_histogram} prints them. */
    private static void histogram(String file) throws IOException {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Path path = Path.of(file).toAbsolutePath();
            Files.createDirectories(path.getParent());
            Files.writeString(path, String.valueOf(text), StandardCharsets.UTF_8);
        } catch (javax.management.JMException e) {
            throw new IOException("no class histogram: " + e.getMessage(), e);
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MiB", bytes / 1048576.0);
    }

    /** A CSV field: quoted when it holds a comma, a quote or a line break. */
    private static String csv(String text) {
        return text.matches("[^,\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
