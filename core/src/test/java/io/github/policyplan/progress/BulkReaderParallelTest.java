package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.policyplan.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read on several threads ({@link BulkReader#withParallelism}) gives the logs one thread gives —
 * the same reports in the same order, texts, levels, repeats kept once — whatever the number of threads,
 * also when the cuts between the threads' runs fall inside quoted notes that span lines; a file with a
 * problem is refused with the same problems, located as one thread locates them.
 */
class BulkReaderParallelTest {

    private static final List<Plan> PLANS = List.of(BulkReaderTest.county("county-a"),
            BulkReaderTest.county("county-b"), BulkReaderTest.county("county-c"));

    @TempDir
    Path dir;

    /** Rows on the three plans, plan after plan and mixed, with repeats, levels, notes; some notes span lines. */
    private static String csv(long seed, boolean multiLineNotes) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder("\uFEFFplan,target,date,value,source,note\r\n");
        String[] targets = {"s1.i1.t1", "s1.i1.t2", "s1.i1.t3"};
        for (int plan = 0; plan < PLANS.size(); plan++) {
            for (int t = 0; t < targets.length; t++) {
                for (int m = 1; m <= 12; m++) {
                    String date = LocalDate.of(2023, m, 1).plusMonths(1).minusDays(1).toString();
                    String p = PLANS.get(random.nextInt(2) == 0 ? plan : random.nextInt(PLANS.size())).id();
                    String note = !multiLineNotes || random.nextInt(3) > 0 ? "示例" + m
                            : "\"第一行\n第二行, \"\"引号\"\"\r\n第三行\"";
                    out.append(p).append(',').append(targets[t]).append(',').append(date).append(',').append(m * 3 + t)
                            .append(",县统计局,").append(note).append("\r\n");
                    if (m % 5 == 0) {
                        out.append(p).append(',').append(targets[t]).append(',').append(date).append(',')
                                .append(m * 3 + t).append(",,\n");
                    }
                }
            }
            out.append(PLANS.get(plan).id()).append(",s1.i1.m,2023-06-30,开工,,\n");
        }
        return out.toString();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheLogsOneThreadReadsOnAnyNumberOfThreads() throws IOException {
        for (boolean multiLine : new boolean[] {false, true}) {
            for (long seed = 1; seed <= 5; seed++) {
                Path file = write("reports-" + seed + multiLine + ".csv", csv(seed, multiLine));
                Map<String, ProgressLog> one = BulkReader.standard().read(file, PLANS);
                assertThat(one.values().stream().mapToInt(ProgressLog::size).sum()).isGreaterThan(80);
                for (int threads = 2; threads <= 7; threads++) {
                    Map<String, ProgressLog> many = BulkReader.standard().withParallelism(threads).read(file, PLANS);
                    assertThat(many).as("%d threads", threads).isEqualTo(one);
                    assertThat(new ArrayList<>(many.keySet())).containsExactlyElementsOf(one.keySet());
                    for (String plan : one.keySet()) {
                        assertThat(many.get(plan).reports()).containsExactlyElementsOf(one.get(plan).reports());
                    }
                }
            }
        }
    }

    @Test
    void refusesAFileWithProblemsWithTheProblemsOneThreadFinds() throws IOException {
        String good = csv(9, true);
        int middle = good.indexOf("county-b,s1.i1.t2");
        String bad = good.substring(0, middle) + "county-b,s1.i1.t9,2023-06-30,1,,\ncounty-a,s1.i1.t1,2023-13-01,x,,\n"
                + good.substring(middle) + "county-c,s1.i1.t1,2023-01-31,999,,\n";
        Path file = write("bad.csv", bad);
        ProgressException one = catchThrowableOfType(ProgressException.class,
                () -> BulkReader.standard().read(file, PLANS));
        assertThat(one).isNotNull();
        for (int threads = 2; threads <= 4; threads++) {
            BulkReader reader = BulkReader.standard().withParallelism(threads);
            assertThatThrownBy(() -> reader.read(file, PLANS)).isInstanceOf(ProgressException.class)
                    .hasMessage(one.getMessage());
        }
        assertThatThrownBy(() -> BulkReader.standard().withParallelism(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BulkReader.standard().withParallelism(3).parallelism()).isEqualTo(3);
    }
}
