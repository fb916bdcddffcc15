package io.github.policyplan.examples.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks with JMH's own command-line options (as {@code org.openjdk.jmh.Main} does: the
 * benchmark regexps, {@code -f}, {@code -wi}, {@code -i}, {@code -prof}, {@code -rf}, …), then prints
 * every result as a ratio to its baseline measured in the same run, so that figures from a shared,
 * noisy machine can be compared:
 * <ul>
 *   <li>each benchmark to the floor of its class and parameters (a method named {@code floor…}, or
 *       {@code fullScore} for the rescoring benchmark);</li>
 *   <li>each benchmark at every parameter value to itself at the first value (the rescore at 100,000
 *       targets to the rescore at 10,000).</li>
 * </ul>
 * The range after each ratio combines the two results' error margins as JMH reports them.
 */
public final class Bench {

    private Bench() {
    }

    /**
     * Runs JMH.
     *
     * @param args JMH's options; {@code -h} lists them
     * @throws Exception when JMH fails
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        printRatios(results, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** One measured result. */
    private record Row(String benchmark, String clazz, String method, String params, double score, double error,
            String unit) {
        String label() {
            return clazz + "." + method + (params.isEmpty() ? "" : " [" + params + "]");
        }
    }

    static void printRatios(Collection<RunResult> results, PrintStream out) {
        List<Row> rows = new ArrayList<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            int dot = benchmark.lastIndexOf('.');
            String clazz = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
            StringBuilder params = new StringBuilder();
            Map<String, String> sorted = new TreeMap<>();
            for (Object key : r.getParams().getParamsKeys()) {
                sorted.put(key.toString(), r.getParams().getParam(key.toString()));
            }
            sorted.forEach((k, v) -> params.append(params.length() == 0 ? "" : ", ").append(k).append('=').append(v));
            Result<?> primary = r.getPrimaryResult();
            rows.add(new Row(benchmark, clazz, benchmark.substring(dot + 1), params.toString(), primary.getScore(),
                    primary.getScoreError(), primary.getScoreUnit()));
        }
        out.println();
        out.println("== Ratios to the baseline measured in the same run (range from JMH's error margins)");
        for (Row row : rows) {
            if (isBaseline(row.method())) {
                continue;
            }
            for (Row base : rows) {
                if (isBaseline(base.method()) && base.clazz().equals(row.clazz()) && base.params().equals(row.params())
                        && base.unit().equals(row.unit())) {
                    out.println(line(row, base));
                }
            }
        }
        Map<String, List<Row>> byMethod = new LinkedHashMap<>();
        for (Row row : rows) {
            byMethod.computeIfAbsent(row.benchmark(), k -> new ArrayList<>()).add(row);
        }
        boolean header = false;
        for (List<Row> same : byMethod.values()) {
            for (int i = 1; i < same.size(); i++) {
                if (!header) {
                    out.println("== Ratios across parameters (each to the first value)");
                    header = true;
                }
                out.println(line(same.get(i), same.get(0)));
            }
        }
    }

    private static boolean isBaseline(String method) {
        return method.startsWith("floor") || method.equals("fullScore");
    }

    private static String line(Row row, Row base) {
        double ratio = row.score() / base.score();
        double lo = (row.score() - finite(row.error())) / (base.score() + finite(base.error()));
        double hi = base.score() > finite(base.error())
                ? (row.score() + finite(row.error())) / (base.score() - finite(base.error())) : Double.POSITIVE_INFINITY;
        return String.format(Locale.ROOT, "  %-50s %11.3f %-5s / %-46s %11.3f = %9.4g×  (%.4g–%.4g)", row.label(),
                row.score(), row.unit(), base.label(), base.score(), ratio, Math.max(0, lo), hi);
    }

    private static double finite(double error) {
        return Double.isFinite(error) ? error : 0;
    }
}
