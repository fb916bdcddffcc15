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
import java.util.Locale;

/**
 * Measures how fast, and in how much memory, hostile inputs are refused: an alias bomb, a sequence
 * of a million elements, nesting 1,000 deep and a 100 MB file; and inputs that once took work that grew
 * with one value's length or with the number of bad references (issue 12, point 6): a valid 5 MB title, a
 * 5 MB unknown lead (refused by the limit on one value's length, and read with that limit raised, so that
 * its did-you-mean is worked out), a 1 MB provincial plan of 2,800 units and 10,000 targets whose leads are
 * all unknown, and a 60,000-character key; against reading the county plan as the baseline. Prints
 * elapsed time, peak heap growth and the longest line of the problems' text for each.
 */
public final class HostileInputs {

    private HostileInputs() {
    }

    /**
     * Runs the measurements.
     *
     * @param args none
     * @throws IOException when the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String county = ExampleData.text(ExampleData.COUNTY_PLAN);
        StringBuilder bomb = new StringBuilder("id: bomb\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append("]\n");
        }
        StringBuilder million = new StringBuilder(4_100_000).append("id: big\nsections: [");
        for (int i = 0; i < 1_000_000; i++) {
            million.append(i == 0 ? "1" : ",1");
        }
        million.append("]\n");
        String deep = "id: deep\nsections: " + "[".repeat(1000) + "]".repeat(1000) + "\n";
        String bigTitle = plan("科".repeat(5 << 20), "kjj");
        String bigLead = plan("科技创新", "局".repeat(5 << 20));
        String provincial = provincial("第%05d市工信局");
        String known = provincial("u%04d");
        String jsonLead = json("局".repeat(5 << 20), "");
        String longKey = json("县科技局", "\"" + "k".repeat(60_000) + "\": 1, ");
        Path huge = Files.createTempFile("policyplan-huge", ".yaml");
        try {
            byte[] line = "# padding padding padding padding padding padding padding padding padding\n"
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream o = Files.newOutputStream(huge)) {
                for (long written = 0; written < 100L << 20; written += line.length) {
                    o.write(line);
                }
            }
            for (int round = 0; round < 3; round++) {
                measure(out, "baseline: read the county plan", () -> Plans.parse(county, "county.yaml"), round);
                measure(out, "alias bomb", () -> Plans.parse(bomb.toString(), "bomb.yaml"), round);
                measure(out, "a sequence of 10^6 elements", () -> Plans.parse(million.toString(), "big.yaml"), round);
                measure(out, "nesting 1,000 deep", () -> Plans.parse(deep, "deep.yaml"), round);
                measure(out, "a 100 MB file", () -> Plans.read(huge), round);
                measure(out, "a valid 5 MB title", () -> Plans.parse(bigTitle, "title.yaml"), round);
                measure(out, "a 5 MB unknown lead", () -> Plans.parse(bigLead, "lead.yaml"), round);
                measure(out, "the same in JSON, value limit raised", () -> PlanReader.standard()
                        .withMaxValueLength(6 << 20).parse(jsonLead, "lead.json"), round);
                measure(out, "1 MB plan, 10^4 leads, all known", () -> Plans.parse(known, "province.yaml"),
                        round);
                measure(out, "1 MB plan, 10^4 unknown leads", () -> Plans.parse(provincial, "province.yaml"),
                        round);
                measure(out, "a 60,000-character key", () -> Plans.parse(longKey, "key.json"), round);
            }
        } finally {
            Files.deleteIfExists(huge);
        }
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
        long start = System.nanoTime();
        String outcome;
        try {
            read.run();
            outcome = "loaded";
        } catch (PlanException e) {
            int longest = 0;
            for (String l : e.getMessage().split("\n")) {
                longest = Math.max(longest, l.length());
            }
            String first = e.problems().get(0).message();
            outcome = "refused, " + e.totalProblems() + " problem(s), longest line " + longest + " chars: "
                    + (first.length() > 90 ? first.substring(0, 90) + "…" : first);
        }
        long elapsed = System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        if (round == 2) {
            out.println(String.format(Locale.ROOT, "%-34s %8.1f ms  peak heap +%6.1f MB  %s", what, elapsed / 1e6,
                    Math.max(0, peak - before) / 1048576.0, outcome));
        }
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
