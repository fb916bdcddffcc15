package io.github.policyplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.ProgressLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process writing to a journal at random moments, many times, and checks after each kill that
 * every append it acknowledged is there, that what is there is exactly what was appended (a prefix of
 * its reports, no part of an append), and that the next writer goes on from it.
 */
class JournalKillTest {

    private static final int ROUNDS = 15;

    @TempDir
    Path dir;

    @Test
    void nothingAcknowledgedIsLostWhenTheWriterIsKilledMidAppend() throws Exception {
        Plan plan = plan();
        Path journal = dir.resolve("kill.jsonl");
        Random random = new Random(20231231L);
        int torn = 0;
        int acknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), JournalWriterProcess.class.getName(),
                    journal.toString(), dir.resolve("kill.yaml").toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicInteger acked = new AtomicInteger(-1);
            AtomicInteger ready = new AtomicInteger(-1);
            Thread reader = new Thread(() -> read(child, acked, ready));
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ready.get() < 0 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(ready.get()).as("round %d: the writer opened the journal", round).isGreaterThanOrEqualTo(0);
            Thread.sleep(20 + random.nextInt(250));
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(60_000);
            try (Journal reopened = Journal.open(journal, plan)) {
                torn += reopened.notes().size();
                ProgressLog log = reopened.progress();
                int n = log.size();
                assertThat(n).as("round %d: reports kept, against the last acknowledged", round)
                        .isGreaterThanOrEqualTo(Math.max(acked.get(), ready.get()));
                for (int i = 0; i < n; i++) {
                    Report expected = JournalWriterProcess.nth(plan, i);
                    assertThat(log.latest(expected.target(), expected.date())).as("round %d, report %d", round, i)
                            .contains(expected);
                }
                acknowledged = Math.max(acknowledged, acked.get());
            }
        }
        System.out.println("JournalKillTest: " + ROUNDS + " writers killed, " + acknowledged
                + " reports acknowledged, " + torn + " torn last lines found and left out");
        assertThat(acknowledged).isPositive();
    }

    private static void read(Process child, AtomicInteger acked, AtomicInteger ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("ack ")) {
                    acked.set(Integer.parseInt(line.substring(4)));
                } else if (line.startsWith("ready ")) {
                    ready.set(Integer.parseInt(line.substring(6)));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // A line cut by the kill is not an acknowledgement.
        }
    }

    /** A plan of 200 counts over 2023 to 2025: room for 219,200 reports, one a target and day. */
    private Plan plan() throws IOException {
        StringBuilder yaml = new StringBuilder("id: kill-2023\ntitle: 写入测试\nissuer: 县委\nperiod: {start: 2023, end: 2025}\n"
                + "departments:\n  - {id: kj, name: 县科技局}\nsections:\n  - id: s1\n    title: 一\n    targets:\n");
        for (int t = 0; t < 200; t++) {
            yaml.append("      - {id: t").append(t).append(", title: 指标").append(t)
                    .append(", kind: count, unit: 家, goal: 1000000, due: 2025, lead: kj}\n");
        }
        Path path = dir.resolve("kill.yaml");
        Files.writeString(path, yaml, StandardCharsets.UTF_8);
        return Plans.read(path);
    }
}
