package io.github.policyplan.examples.bench;

import io.github.policyplan.examples.Heap;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanTemplate;
import io.github.policyplan.progress.BulkReader;
import io.github.policyplan.progress.LogBuilder;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.scoring.Scoring;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads and scores the national data set three ways in one run and prints the ratios: DuckDB (JDBC, in
 * process: {@code read_csv_auto} and one SQL query computing the same scores), the floor (hand-written
 * loops over primitive arrays, {@link PrimitiveScorer}) and the library ({@link BulkReader} on one thread and on every core,
 * {@link LogBuilder}, {@code Scoring}). It generates the data — 2,800 county plans × 200 counts, twelve
 * month-end reports a target, 6.72 million rows; {@code --scale 0.1} for a tenth — checks that the three
 * give the same checksum over the plan scores as of 2023-06-30, and that the logs read from the CSV file
 * equal the logs built from the values. Each step is timed three times, the best kept; every figure is
 * a ratio to a baseline measured in the same run. The day count is the library's: days elapsed counting
 * the first day ÷ days in the span counting both ends (181/365 on 2023-06-30 for a target due at the
 * end of 2023).
 *
 * <pre>
 * mvn -q -DskipTests -Pbench verify -Dbench.main=io.github.policyplan.examples.bench.DuckDbComparison \
 *     -Dbench.jvm=-Xmx1g -Dbench.args="--scale 1 target/national"
 * </pre>
 *
 * <p>The DuckDB driver ({@code org.duckdb:duckdb_jdbc}) is on the class path of the bench profile only;
 * this class uses {@code java.sql} alone, so it compiles without it.
 */
public final class DuckDbComparison {

    /** The day the plans are scored as of. */
    static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    private static final int RUNS = 3;
    /** A short step runs again, up to this many times, until its runs took {@link #SHORT} seconds. */
    private static final int MAX_RUNS = 40;
    private static final double SHORT = 2.0;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final NationalData data;
    private final Path dir;
    private final PrintStream out;

    private DuckDbComparison(NationalData data, Path dir, PrintStream out) {
        this.data = data;
        this.dir = dir;
        this.out = out;
    }

    /**
     * Runs the comparison.
     *
     * @param args {@code [--scale S] [folder]}: S times 2,800 plans (1 by default); the folder for the CSV
     *             files ({@code target/national} by default)
     * @throws Exception when a step fails or the checksums differ
     */
    public static void main(String[] args) throws Exception {
        double scale = 1;
        Path dir = Path.of("target/national");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--scale")) {
                scale = Double.parseDouble(args[++i]);
            } else {
                dir = Path.of(args[i]);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Heap.resetPeaks();
        NationalData data = new NationalData(Math.max(1, (int) Math.round(2_800 * scale)));
        Files.createDirectories(dir);
        new DuckDbComparison(data, dir, out).run();
    }

    /**
     * A step timed {@link #RUNS} times, and again up to {@link #MAX_RUNS} times while its runs took less than
     * {@link #SHORT} seconds together (a step of a few tens of milliseconds is otherwise timed before the
     * JIT has compiled it, library and floor alike): its best time and its first, in seconds, its best in the running
     * thread's CPU time (which leaves out the time the thread waits for a core on a busy machine), and its
     * last result.
     */
    private record Timed<T>(double seconds, double first, double cpu, T result) {
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> Timed<T> best(Step<T> step) throws Exception {
        double best = Double.MAX_VALUE;
        double first = 0;
        double cpu = Double.MAX_VALUE;
        T result = null;
        double spent = 0;
        for (int r = 0; r < RUNS || r < MAX_RUNS && spent < SHORT; r++) {
            result = null;
            System.gc();
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            result = step.run();
            cpu = Math.min(cpu, (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e9);
            double seconds = (System.nanoTime() - start) / 1e9;
            spent += seconds;
            first = r == 0 ? seconds : first;
            best = Math.min(best, seconds);
        }
        return new Timed<>(best, first, cpu, result);
    }

    private void run() throws Exception {
        Path reports = dir.resolve("reports.csv");
        Path targets = dir.resolve("targets.csv");
        data.writeReports(reports);
        data.writeTargets(targets);
        out.printf(Locale.ROOT, "DuckDbComparison: %,d plans × %d counts, %,d reports (%,.1f MB of CSV), scored as of %s;"
                + " %d cores, max heap %,d MiB; best of %d runs (up to %d while a step's runs take under %.0f s)%n",
                data.plans, NationalData.PER_PLAN, data.reports(), Files.size(reports) / 1e6, AS_OF,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, RUNS, MAX_RUNS,
                SHORT);

        Timed<Plan[]> plans = best(this::buildPlans);
        PlanTemplate template = data.template();
        Timed<Plan[]> templated = best(() -> buildPlans(template));
        Timed<Object[][]> floorPlans = best(this::fillFloorPlans);
        List<Plan> planList = Arrays.asList(templated.result());
        Timed<Map<String, ProgressLog>> read = best(() -> BulkReader.standard().read(reports, planList));
        Map<String, ProgressLog> logs = read.result();
        Timed<Integer> warned = best(() -> BulkReader.standard().load(reports, planList).warnings().size());
        int cores = Runtime.getRuntime().availableProcessors();
        Timed<ProgressLog[]> built = best(() -> buildLogs(plans.result(), data.reportTargets, data.reportDays,
                data.reportValues));
        Timed<Map<String, ProgressLog>> parallel = readParallel(reports, plans.result(), built.result(), cores);
        Timed<int[][]> floorLoad = best(() -> fillFloorLogs(data.reportTargets, data.reportDays, data.reportValues));
        Timed<?>[] byMonth = monthAfterMonth(plans.result(), built.result());
        Timed<?> builtByMonth = byMonth[0];
        Timed<?> floorByMonth = byMonth[1];
        long live = Heap.usedAfterGc();
        long peak = Heap.peakHeap();
        ProgressLog[] logArray = built.result();
        ProgressLog[] readArray = new ProgressLog[data.plans];
        for (int p = 0; p < data.plans; p++) {
            readArray[p] = logs.get(data.planIds[p]);
        }
        Timed<Long> fromTemplate = best(() -> libraryChecksum(templated.result(), readArray));
        Timed<Long> library = best(() -> libraryChecksum(plans.result(), logArray));
        PrimitiveScorer[] scorers = new PrimitiveScorer[data.plans];
        for (int p = 0; p < data.plans; p++) {
            scorers[p] = PrimitiveScorer.of(plans.result()[p], logArray[p]);
        }
        Timed<Long> floor = best(() -> floorChecksum(scorers));
        double[] duck = duckDb(reports, targets);
        print(new Timed<?>[] {plans, templated, floorPlans, read, parallel, built, floorLoad, library, fromTemplate,
            floor, warned, builtByMonth, floorByMonth}, duck, cores);
        out.printf(Locale.ROOT, "  heap: live %,d MiB with plans and logs held (after GC); peak %,d MiB (sum of heap"
                + " pool peaks), max %,d MiB%n", live >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        check(plans.result(), templated.result(), logs, built.result(), (long) duck[2], floor.result(),
                library.result(), fromTemplate.result());
    }

    /**
     * Checks, after every step is timed (so that no target of a template's plan is made before it is scored):
     * the plans from the template equal those from builders, the logs read and built from values are equal,
     * and the four checksums agree.
     */
    private void check(Plan[] plans, Plan[] templated, Map<String, ProgressLog> logs, ProgressLog[] built,
            long duck, long floor, long library, long fromTemplate) {
        out.printf(Locale.ROOT, "  checksum (sum of round(plan score × 10^6)): DuckDB %d, floor %d, library %d"
                + " (plans from a template %d): %s%n", duck, floor, library, fromTemplate,
                duck == floor && duck == library && duck == fromTemplate ? "equal" : "DIFFERENT");
        for (int p = 0; p < data.plans; p++) {
            if (!built[p].equals(logs.get(data.planIds[p]))) {
                throw new IllegalStateException("the log read from the CSV file differs from the log built: "
                        + data.planIds[p]);
            }
            if (!templated[p].equals(plans[p]) || templated[p].hashCode() != plans[p].hashCode()) {
                throw new IllegalStateException("the plan from the template differs from the plan built: "
                        + data.planIds[p]);
            }
        }
        if (duck != floor || duck != library || duck != fromTemplate) {
            throw new IllegalStateException("the checksums differ");
        }
    }

    private void print(Timed<?>[] t, double[] duck, int cores) {
        Timed<?> plans = t[0];
        Timed<?> templated = t[1];
        Timed<?> floorPlans = t[2];
        Timed<?> read = t[3];
        Timed<?> parallel = t[4];
        Timed<?> built = t[5];
        Timed<?> floorLoad = t[6];
        Timed<?> library = t[7];
        Timed<?> fromTemplate = t[8];
        Timed<?> floor = t[9];
        Timed<?> warned = t[10];
        Timed<?> builtByMonth = t[11];
        Timed<?> floorByMonth = t[12];
        out.printf(Locale.ROOT, "  %-46s %9s %9s %9s   %s%n", "", "DuckDB", "floor", "library", "ratio");
        out.printf(Locale.ROOT, "  %-46s %8.3fs %9s %8.3fs   %.2f× DuckDB (goal ≤ 1.5×)%n",
                "read the reports CSV into logs", duck[0], "", read.seconds(), read.seconds() / duck[0]);
        out.printf(Locale.ROOT, "  %-46s %8.3fs %9s %8.3fs   %.2f× DuckDB, %.2f× without (%s warnings)%n",
                "the same with warnings (load)", duck[0], "", warned.seconds(), warned.seconds() / duck[0],
                warned.seconds() / read.seconds(), warned.result());
        out.printf(Locale.ROOT, "  %-46s %8.3fs %9s %8.3fs   %.2f× DuckDB (goal ≤ 1.5×), %.2f× one thread%n",
                "read the reports CSV into logs, " + cores + " threads", duck[0], "", parallel.seconds(),
                parallel.seconds() / duck[0], parallel.seconds() / read.seconds());
        out.printf(Locale.ROOT, "  %-46s %9s %8.3fs %8.3fs   %.2f× the floor (goal ≤ 1.5×)%n",
                "build logs from values held (LogBuilder)", "", floorLoad.seconds(), built.seconds(),
                built.seconds() / floorLoad.seconds());
        out.printf(Locale.ROOT, "  %-46s %9s %8.3fs %8.3fs   %.2f× the floor%n",
                "the same reports month after month", "", floorByMonth.seconds(), builtByMonth.seconds(),
                builtByMonth.seconds() / floorByMonth.seconds());
        out.printf(Locale.ROOT, "  %-46s %9s %8.3fs %8.3fs   %.2f× the floor (goal ≤ 2×); CPU %.4fs ÷ %.4fs: %.2f×%n",
                "build the plans in Java (PlanTemplate)", "", floorPlans.seconds(), templated.seconds(),
                templated.seconds() / floorPlans.seconds(), templated.cpu(), floorPlans.cpu(),
                templated.cpu() / floorPlans.cpu());
        out.printf(Locale.ROOT, "  %-46s %9s %8.3fs %8.3fs   %.2f× the floor; CPU %.4fs: %.2f×%n",
                "build the plans in Java (builders)", "", floorPlans.seconds(), plans.seconds(),
                plans.seconds() / floorPlans.seconds(), plans.cpu(), plans.cpu() / floorPlans.cpu());
        out.printf(Locale.ROOT, "  %-46s %8.3fs %8.3fs %8.3fs   %.2f× DuckDB, %.2f× the floor; first pass %.3fs%n",
                "score every plan as of " + AS_OF + " (1 thread)", duck[1], floor.seconds(), fromTemplate.seconds(),
                fromTemplate.seconds() / duck[1], fromTemplate.seconds() / floor.seconds(), fromTemplate.first());
        out.printf(Locale.ROOT, "  %-46s %8.3fs %8.3fs %8.3fs   %.2f× DuckDB, %.2f× the floor; first pass %.3fs%n",
                "the same, plans from builders", duck[1], floor.seconds(), library.seconds(),
                library.seconds() / duck[1], library.seconds() / floor.seconds(), library.first());
    }

    /**
     * Reads on every core, for the plans from builders; the logs are checked equal to those built from values,
     * then dropped: the result is null.
     */
    private Timed<Map<String, ProgressLog>> readParallel(Path reports, Plan[] plans, ProgressLog[] built, int cores)
            throws Exception {
        Timed<Map<String, ProgressLog>> read = best(() -> BulkReader.standard().withParallelism(cores)
                .read(reports, Arrays.asList(plans)));
        for (int p = 0; p < data.plans; p++) {
            if (!read.result().get(data.planIds[p]).equals(built[p])) {
                throw new IllegalStateException("the logs read on " + cores + " threads differ from those built: "
                        + data.planIds[p]);
            }
        }
        return new Timed<>(read.seconds(), read.first(), read.cpu(), null);
    }

    private Plan[] buildPlans() {
        Plan[] plans = new Plan[data.plans];
        for (int p = 0; p < data.plans; p++) {
            plans[p] = data.plan(p);
        }
        return plans;
    }

    private Plan[] buildPlans(PlanTemplate template) {
        Plan[] plans = new Plan[data.plans];
        for (int p = 0; p < data.plans; p++) {
            plans[p] = data.plan(template, p);
        }
        return plans;
    }

    /**
     * The floor of building plans: the arrays {@link PrimitiveScorer} scores from, filled from the values
     * held — goals, weights, due days, the target ids, and the starts and weights of items and sections.
     */
    private Object[][] fillFloorPlans() {
        Object[][] all = new Object[data.plans][];
        int items = NationalData.SECTIONS * NationalData.ITEMS;
        for (int p = 0; p < data.plans; p++) {
            int n = NationalData.PER_PLAN;
            int[] itemStart = new int[items + 1];
            double[] itemWeight = new double[items];
            for (int i = 0; i <= items; i++) {
                itemStart[i] = i * NationalData.TARGETS;
                if (i < items) {
                    itemWeight[i] = 1 + i % NationalData.ITEMS % 2;
                }
            }
            double[] sectionWeight = new double[NationalData.SECTIONS];
            for (int s = 0; s < sectionWeight.length; s++) {
                sectionWeight[s] = 1 + s % 3;
            }
            all[p] = new Object[] {Arrays.copyOf(data.goals[p], n), Arrays.copyOf(data.weights[p], n),
                Arrays.copyOf(data.dueDays[p], n), Arrays.copyOf(data.targetIds, n), itemStart, itemWeight,
                sectionWeight};
        }
        return all;
    }

    private ProgressLog[] buildLogs(Plan[] plans, int[][] targets, int[][] days, double[][] values) {
        ProgressLog[] logs = new ProgressLog[data.plans];
        for (int p = 0; p < data.plans; p++) {
            logs[p] = LogBuilder.of(plans[p], targets[p].length).addAll(targets[p], days[p], values[p]).build();
        }
        return logs;
    }

    /**
     * Builds the logs, and fills the floor's arrays, from each plan's reports reordered month after month
     * (every target's January, then every target's February, …), as a reader of monthly returns might hold
     * them: {@link LogBuilder} then sorts them by target. The logs are checked equal to {@code expected}, then
     * dropped with the reordered columns.
     *
     * @return the LogBuilder's timing and the floor's, without results
     */
    private Timed<?>[] monthAfterMonth(Plan[] plans, ProgressLog[] expected) throws Exception {
        int[][] targets = new int[data.plans][];
        int[][] days = new int[data.plans][];
        double[][] values = new double[data.plans][];
        for (int p = 0; p < data.plans; p++) {
            int n = data.reportTargets[p].length;
            targets[p] = new int[n];
            days[p] = new int[n];
            values[p] = new double[n];
            int k = 0;
            for (int m = 0; m < NationalData.MONTHS; m++) {
                // Generated target after target, twelve months each: month m of every target.
                for (int j = m; j < n; j += NationalData.MONTHS) {
                    targets[p][k] = data.reportTargets[p][j];
                    days[p][k] = data.reportDays[p][j];
                    values[p][k++] = data.reportValues[p][j];
                }
            }
        }
        Timed<ProgressLog[]> built = best(() -> buildLogs(plans, targets, days, values));
        if (!Arrays.equals(built.result(), expected)) {
            throw new IllegalStateException("the logs built month after month differ from those built target after"
                    + " target");
        }
        Timed<int[][]> floor = best(() -> fillFloorLogs(targets, days, values));
        return new Timed<?>[] {new Timed<>(built.seconds(), built.first(), built.cpu(), null),
            new Timed<>(floor.seconds(), floor.first(), floor.cpu(), null)};
    }

    /**
     * The floor of building logs: each plan's reports sorted by target into the arrays the floor scores
     * from (report starts by target, days, values), checked as sorted by day.
     */
    private int[][] fillFloorLogs(int[][] reportTargets, int[][] reportDays, double[][] reportValues) {
        int[][] starts = new int[data.plans][];
        for (int p = 0; p < data.plans; p++) {
            int[] targets = reportTargets[p];
            int n = targets.length;
            int[] start = new int[NationalData.PER_PLAN + 1];
            for (int t : targets) {
                start[t + 1]++;
            }
            for (int t = 0; t < NationalData.PER_PLAN; t++) {
                start[t + 1] += start[t];
            }
            int[] next = Arrays.copyOf(start, NationalData.PER_PLAN);
            int[] days = new int[n];
            double[] values = new double[n];
            for (int k = 0; k < n; k++) {
                int at = next[targets[k]]++;
                days[at] = reportDays[p][k];
                values[at] = reportValues[p][k];
            }
            for (int t = 0; t < NationalData.PER_PLAN; t++) {
                for (int k = start[t] + 1; k < start[t + 1]; k++) {
                    if (days[k] <= days[k - 1]) {
                        throw new IllegalStateException("reports out of order");
                    }
                }
            }
            starts[p] = start;
        }
        return starts;
    }

    private static long libraryChecksum(Plan[] plans, ProgressLog[] logs) {
        long sum = 0;
        for (int p = 0; p < plans.length; p++) {
            sum += Math.round(Scoring.standard().score(plans[p], logs[p], AS_OF).root().score().orElse(0) * 1e6);
        }
        return sum;
    }

    private static long floorChecksum(PrimitiveScorer[] scorers) {
        long sum = 0;
        for (PrimitiveScorer s : scorers) {
            double score = s.score(AS_OF).plan();
            sum += Math.round((score == score ? score : 0) * 1e6);
        }
        return sum;
    }

    /** DuckDB: the best read time, the best scoring time and the checksum. */
    private double[] duckDb(Path reports, Path targets) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            st.execute("CREATE TABLE targets AS SELECT * FROM read_csv_auto('" + sql(targets) + "')");
            Timed<Integer> read = best(() -> {
                st.execute("DROP TABLE IF EXISTS reports");
                st.execute("CREATE TABLE reports AS SELECT * FROM read_csv_auto('" + sql(reports) + "')");
                return 0;
            });
            Timed<Long> score = best(() -> checksum(st));
            return new double[] {read.seconds(), score.seconds(), score.result()};
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed (is org.duckdb:duckdb_jdbc on the class path? run with"
                    + " -Pbench): " + e.getMessage(), e);
        }
    }

    private static String sql(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    /** The plan scores in SQL, as the library and the floor compute them, summed as the checksum. */
    private static long checksum(Statement st) throws SQLException {
        long day = AS_OF.toEpochDay();
        String query = "WITH latest AS (SELECT plan, target, arg_max(value, date) AS v FROM reports"
                + " WHERE date <= DATE '" + AS_OF + "' GROUP BY plan, target),"
                + " t AS (SELECT g.*, l.v, CASE WHEN " + day + " >= g.due_day THEN g.goal"
                + "   ELSE g.goal * (" + day + " - g.origin_day) / (g.due_day - g.origin_day) END AS e"
                + "   FROM targets g LEFT JOIN latest l ON g.plan = l.plan AND g.target = l.target),"
                + " s AS (SELECT *, CASE WHEN v IS NULL OR e <= 0 THEN NULL ELSE least(100, greatest(0, v / e * 100))"
                + "   END AS score FROM t),"
                + " items AS (SELECT plan, section, item, any_value(item_weight) AS w, any_value(section_weight) AS sw,"
                + "   sum(weight * score) / sum(CASE WHEN score IS NOT NULL THEN weight END) AS score"
                + "   FROM s GROUP BY plan, section, item),"
                + " sections AS (SELECT plan, section, any_value(sw) AS w,"
                + "   sum(w * score) / sum(CASE WHEN score IS NOT NULL THEN w END) AS score FROM items"
                + "   GROUP BY plan, section),"
                + " plans AS (SELECT plan, sum(w * score) / sum(CASE WHEN score IS NOT NULL THEN w END) AS score"
                + "   FROM sections GROUP BY plan)"
                + " SELECT sum(CAST(round(coalesce(score, 0) * 1000000) AS BIGINT)) FROM plans";
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
