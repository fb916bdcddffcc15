package io.github.policyplan.examples;

import io.github.policyplan.plans.PlanException;
import io.github.policyplan.plans.PlanReader;
import io.github.policyplan.plans.Plans;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures how fast, and in how much memory, hostile inputs are refused: an alias bomb, a sequence
 * of a million elements, nesting 1,000 deep and a 100 MB file; and inputs that once took work that grew
 * with one value's length or with the number of bad references (issue 12, point 6): a valid 5 MB title, a
 * 5 MB unknown lead (refused by the limit on one value's length, and read with that limit raised, so that
 * its did-you-mean is worked out), a 1 MB provincial plan of 2,800 units and 10,000 targets whose leads are
 * all unknown, and a 60,000-character key; against reading the county plan as the baseline. Prints for
 * each the elapsed time, the bytes the read allocated, the growth of the heap pools' peak (which counts
 * garbage not yet collected) and the longest line of the problems' text; then reads each input of point 6
 * again in a JVM of its own whose heap is capped at 64 MiB, to show what the read needs.
 */
public final class HostileInputs {

    private HostileInputs() {
    }

    /**
     * Runs the measurements.
     *
     * @param args none, or {@code --cap N}: the heap, in MiB, of the JVM that reads each input of point 6
     *             again (64 by default)
     * @throws IOException when the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 2 && args[0].equals(ONE)) {
            readOne(out, args[1]);
            return;
        }
        int cap = args.length == 2 && args[0].equals("--cap") ? Integer.parseInt(args[1]) : CAPPED_HEAP_MIB;
        Path huge = Files.createTempFile("policyplan-huge", ".yaml");
        try {
            byte[] line = "# padding padding padding padding padding padding padding padding padding\n"
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream o = Files.newOutputStream(huge)) {
                for (long written = 0; written < 100L << 20; written += line.length) {
                    o.write(line);
                }
            }
            List<Input> inputs = inputs(huge);
            Map<String, Read> reads = new LinkedHashMap<>();
            inputs.forEach(input -> reads.put(input.name(), input.prepare().get()));
            out.println(String.format(Locale.ROOT, "%-38s %9s  %10s  %14s  %s", "input", "time", "allocated",
                    "heap peak +", "outcome"));
            for (int round = 0; round < 3; round++) {
                for (Map.Entry<String, Read> e : reads.entrySet()) {
                    measure(out, e.getKey(), e.getValue(), round);
                }
            }
            reads.clear();
            inCappedHeaps(out, inputs, cap);
        } finally {
            Files.deleteIfExists(huge);
        }
    }

    /** The argument that makes a run read one input, by name: the run in a capped heap. */
    private static final String ONE = "--read-one";

    /** The heap a capped run gets by default, in MiB: under the 100 MB that issue 12, point 6 allows. */
    private static final int CAPPED_HEAP_MIB = 64;

    /** An input, named, and how to make its text (made before the read is timed). */
    private record Input(String name, boolean bounded, Supplier<Read> prepare) {
    }

    /** The inputs measured, in the order printed; {@code bounded} are those of issue 12, point 6. */
    private static List<Input> inputs(Path huge) {
        return List.of(
                new Input("baseline: read the county plan", false, () -> {
                    String county = ExampleData.text(ExampleData.COUNTY_PLAN);
                    return () -> Plans.parse(county, "county.yaml");
                }),
                new Input("alias bomb", false, () -> text(bomb(), "bomb.yaml")),
                new Input("a sequence of 10^6 elements", false, () -> text(million(), "big.yaml")),
                new Input("nesting 1,000 deep", false, () -> text("id: deep\nsections: " + "[".repeat(1000)
                        + "]".repeat(1000) + "\n", "deep.yaml")),
                new Input("a 100 MB file", false, () -> () -> Plans.read(huge)),
                new Input("a valid 5 MB title", true, () -> text(plan("科".repeat(5 << 20), "kjj"), "title.yaml")),
                new Input("a 5 MB unknown lead", true, () -> text(plan("科技创新", "局".repeat(5 << 20)), "lead.yaml")),
                new Input("the same in JSON, value limit raised", true, () -> {
                    String json = json("局".repeat(5 << 20), "");
                    return () -> PlanReader.standard().withMaxValueLength(6 << 20).parse(json, "lead.json");
                }),
                new Input("1 MB plan, 10^4 leads, all known", true, () -> text(provincial("u%04d"), "province.yaml")),
                new Input("1 MB plan, 10^4 unknown leads", true,
                        () -> text(provincial("第%05d市工信局"), "province.yaml")),
                new Input("a 60,000-character key", true,
                        () -> text(json("县科技局", "\"" + "k".repeat(60_000) + "\": 1, "), "key.json")));
    }

    /** Reads a text as a plan file of the given name. */
    private static Read text(String text, String name) {
        return () -> Plans.parse(text, name);
    }

    private static String bomb() {
        StringBuilder bomb = new StringBuilder("id: bomb\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append("]\n");
        }
        return bomb.toString();
    }

    private static String million() {
        StringBuilder million = new StringBuilder(4_100_000).append("id: big\nsections: [");
        for (int i = 0; i < 1_000_000; i++) {
            million.append(i == 0 ? "1" : ",1");
        }
        return million.append("]\n").toString();
    }

    /**
     * Reads each input of point 6 again in a JVM of its own whose heap is capped at {@code cap}
     * MiB: the read is answered there, so it needs less than that. The peak measured above counts the
     * parser's garbage until the collector runs, which an uncapped heap lets grow.
     */
    private static void inCappedHeaps(PrintStream out, List<Input> inputs, int cap)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        out.println("In a JVM of its own with -Xmx" + cap + "m (third of three reads; a cold JVM):");
        for (Input input : inputs) {
            if (!input.bounded()) {
                continue;
            }
            Process child = new ProcessBuilder(java, "-Xmx" + cap + "m", "-cp", classPath(),
                    HostileInputs.class.getName(), ONE, input.name()).redirectErrorStream(true).start();
            String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = child.waitFor();
            out.println(String.format(Locale.ROOT, "  %-38s %s", input.name(),
                    exit == 0 ? printed : "failed (exit " + exit + "): " + printed.lines().findFirst().orElse("")));
        }
    }

    /** Reads one input three times and prints the third read's time and outcome. */
    private static void readOne(PrintStream out, String name) throws IOException {
        for (Input input : inputs(Path.of("none"))) {
            if (input.name().equals(name)) {
                Read read = input.prepare().get();
                String line = "";
                for (int round = 0; round < 3; round++) {
                    long start = System.nanoTime();
                    String outcome = outcome(read);
                    line = String.format(Locale.ROOT, "%8.1f ms  %s", (System.nanoTime() - start) / 1e6, outcome);
                }
                out.println(line);
                return;
            }
        }
        throw new IllegalArgumentException("no input named " + name);
    }

    /** The class path this program runs on, also when run by Maven in a class loader of its own. */
    private static String classPath() {
        if (HostileInputs.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** A plan of one target, with a title and a lead as given. */
    private static String plan(String title, String lead) {
        return "id: p\ntitle: " + title + "\nissuer: 县委\nperiod: {start: 2023, end: 2025}\ndepartments:\n"
                + "  - {id: kjj, name: 县科技局}\nsections:\n  - id: s1\n    title: 强科技\n    targets:\n"
                + "      - {id: t1, title: 新增高新技术企业, kind: count, unit: 家, goal: 12, due: 2025, lead: " + lead + "}\n";
    }

    /** A plan of one target in JSON, with a lead and more keys as given. */
    private static String json(String lead, String more) {
        return "{\"id\": \"p\", \"title\": \"强科技\", \"issuer\": \"县委\", " + more
                + "\"period\": {\"start\": 2023, \"end\": 2025},"
                + " \"departments\": [{\"id\": \"kjj\", \"name\": \"县科技局\"}], \"sections\": [{\"id\": \"s1\","
                + " \"title\": \"强科技\", \"targets\": [{\"id\": \"t1\", \"title\": \"新增高新技术企业\","
                + " \"kind\": \"count\", \"unit\": \"家\", \"goal\": 12, \"due\": 2025, \"lead\": \"" + lead + "\"}]}]}";
    }

    /**
     * A provincial plan of about 1 MB: 2,800 units and 10,000 targets, each lead written by a pattern
     * given the target's number modulo 2,800 (u%04d names a unit; 第%05d市工信局 none, but one of similar
     * length to every unit's name).
     */
    private static String provincial(String lead) {
        StringBuilder sb = new StringBuilder(1_200_000).append("id: province-2023\ntitle: 全省目标任务\nissuer: 省委\n")
                .append("period: {start: 2023, end: 2025}\ndepartments:\n");
        for (int u = 0; u < 2_800; u++) {
            sb.append(String.format(Locale.ROOT, "  - {id: u%04d, name: 第%04d县科技局}%n", u, u));
        }
        sb.append("sections:\n  - id: s1\n    title: 强科技\n    targets:\n");
        for (int t = 0; t < 10_000; t++) {
            sb.append(String.format(Locale.ROOT, "      - {id: t%05d, title: 新增高新技术企业, kind: count, unit: 家,"
                    + " goal: 12, due: 2025, lead: " + lead + "}%n", t, t % 2_800));
        }
        return sb.toString();
    }

    /** Something to read. */
    @FunctionalInterface
    interface Read {
        Object run() throws IOException;
    }

    private static void measure(PrintStream out, String what, Read read, int round) throws IOException {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long before = heapUsed();
        long allocatedBefore = allocated();
        long start = System.nanoTime();
        String outcome = outcome(read);
        long elapsed = System.nanoTime() - start;
        long allocated = allocated() - allocatedBefore;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        if (round == 2) {
            out.println(String.format(Locale.ROOT, "%-38s %7.1f ms  %7.1f MB  %11.1f MB  %s", what, elapsed / 1e6,
                    allocated / 1e6, Math.max(0, peak - before) / 1e6, outcome));
        }
    }

    /** Reads, and says what came of it: loaded, or refused with how many problems and the first. */
    private static String outcome(Read read) throws IOException {
        try {
            read.run();
            return "loaded";
        } catch (PlanException e) {
            int longest = 0;
            for (String l : e.getMessage().split("\n")) {
                longest = Math.max(longest, l.length());
            }
            String first = e.problems().get(0).message();
            return "refused, " + e.totalProblems() + " problem(s), longest line " + longest + " chars: "
                    + (first.length() > 90 ? first.substring(0, 90) + "…" : first);
        }
    }

    /** Bytes this thread has allocated so far, where the JVM counts them (HotSpot does); else 0. */
    private static long allocated() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return 0;
    }

    private static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }
}
