package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bulk reader streams: it reads an input of any size — here a generated stream larger than the
 * one-plan reader's 16 MiB limit, never held as a whole — through a buffer of fixed size. Checked by
 * design, not by time or heap: the scanner is never more than one buffer ahead of the row it hands
 * over, and the reader never asks the stream for more than its buffer.
 */
class BulkReaderStreamingTest {

    private static final int PLANS = 300;
    private static final int DAYS = 365;
    private static final int BUFFER = 4096;

    /**
     * Rows made as they are read: for each of 300 plans, each of its 3 counts, each day of 2023, a
     * running count; about 20 MB of text, none of it kept.
     */
    static final class Generated extends InputStream {
        final long rows = (long) PLANS * 3 * DAYS;
        long row = -1;
        long produced;
        int largestRequest;
        private byte[] pending = "plan,target,date,value,source\n".getBytes(StandardCharsets.UTF_8);
        private int at;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            largestRequest = Math.max(largestRequest, len);
            int n = 0;
            while (n < len) {
                if (at == pending.length) {
                    if (++row >= rows) {
                        break;
                    }
                    pending = line(row).getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                int k = Math.min(len - n, pending.length - at);
                System.arraycopy(pending, at, b, off + n, k);
                at += k;
                n += k;
            }
            produced += n;
            return n == 0 && len > 0 ? -1 : n;
        }

        private static final String[] DATES = new String[DAYS];

        static {
            for (int d = 0; d < DAYS; d++) {
                DATES[d] = LocalDate.of(2023, 1, 1).plusDays(d).toString();
            }
        }

        static String line(long row) {
            int plan = (int) (row / (3 * DAYS));
            int target = (int) (row / DAYS % 3) + 1;
            int day = (int) (row % DAYS);
            return "county-" + (plan < 10 ? "00" : plan < 100 ? "0" : "") + plan + ",s1.i1.t" + target + ","
                    + DATES[day] + "," + day + ",县发改委（示例）\n";
        }
    }

    @Test
    void readsAStreamLargerThanTheOnePlanLimitThroughAFixedBuffer() throws IOException {
        Plan[] plans = new Plan[PLANS];
        for (int p = 0; p < PLANS; p++) {
            plans[p] = BulkReaderTest.county(String.format("county-%03d", p));
        }
        Generated in = new Generated();
        Map<String, ProgressLog> logs = BulkReader.standard().withBuffer(BUFFER).read(in, "generated.csv",
                List.of(plans));
        assertThat(in.produced).isGreaterThan(ProgressReader.DEFAULT_MAX_BYTES);
        assertThat(in.largestRequest).isLessThanOrEqualTo(BUFFER);
        assertThat(logs).hasSize(PLANS);
        ProgressLog last = logs.get(String.format("county-%03d", PLANS - 1));
        assertThat(last.size()).isEqualTo(3 * DAYS);
        assertThat(last.latest("s1.i1.t3", LocalDate.of(2023, 6, 30)).orElseThrow().value())
                .isEqualTo(io.github.policyplan.model.Value.of(180));
        assertThat(last.reports().get(0).source()).contains("县发改委（示例）");
    }

    @Test
    void theScannerIsNeverMoreThanOneBufferAheadOfTheRowItHandsOver() throws IOException {
        Generated in = new Generated();
        CsvScanner scanner = new CsvScanner(in, BUFFER, BulkReader.MAX_ROW);
        long rows = 0;
        long ahead = 0;
        long behind = 0;
        int largestBuffer = 0;
        while (scanner.next()) {
            // What the scanner has taken from the stream but not yet handed over is within one buffer.
            ahead = Math.max(ahead, in.produced - scanner.consumed());
            behind = Math.min(behind, in.produced - scanner.consumed());
            largestBuffer = Math.max(largestBuffer, scanner.buf.length);
            rows++;
        }
        assertThat(ahead).isPositive().isLessThanOrEqualTo(BUFFER);
        assertThat(behind).isZero();
        assertThat(largestBuffer).isEqualTo(BUFFER);
        assertThat(scanner.error).isNull();
        assertThat(rows).isEqualTo(in.rows + 1);
    }
}
