package io.github.policyplan.examples;

import io.github.policyplan.plans.PlanException;
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
 * of a million elements, nesting 1,000 deep and a 100 MB file, against reading the county plan as the
 * baseline. Prints elapsed time and peak heap growth for each.
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
            }
        } finally {
            Files.deleteIfExists(huge);
        }
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
            outcome = "refused: " + e.problems().get(0).message();
        }
        long elapsed = System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        if (round == 2) {
            out.println(String.format(Locale.ROOT, "%-32s %8.1f ms  peak heap +%6.1f MB  %s", what, elapsed / 1e6,
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
