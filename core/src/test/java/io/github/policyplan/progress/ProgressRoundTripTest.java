package io.github.policyplan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of reading, writing and combining progress logs, on generated sets of reports against
 * {@code plans/small.yaml} (every measure kind; numbers from tiny to huge, -0 included; stages and
 * grades; sources, notes and evidence with commas, quotes, line breaks, YAML look-alikes such as
 * {@code null} and {@code 12}, and Chinese text): CSV, YAML and JSON each read back as an equal log
 * and re-write to identical bytes; the order reports arrive in never matters; merging the parts of
 * a log gives the log; and {@code latest} agrees with a plain scan of the reports.
 */
class ProgressRoundTripTest {

    private static final Plan PLAN = ProgressFixtures.small();

    @Property
    void csvReadsBackAsAnEqualLogAndRewritesToTheSameBytes(@ForAll("reportSets") List<Report> reports) {
        ProgressLog log = ProgressLog.of(PLAN, reports);

        String csv = Progress.toCsv(log);
        ProgressLog again = Progress.parse(csv, "again.csv", PLAN);

        assertThat(again).isEqualTo(log);
        assertThat(again.reports()).isEqualTo(log.reports());
        assertThat(Progress.toCsv(again)).isEqualTo(csv);
    }

    @Property
    void yamlReadsBackAsAnEqualLogAndRewritesToTheSameBytes(@ForAll("reportSets") List<Report> reports) {
        ProgressLog log = ProgressLog.of(PLAN, reports);

        String yaml = Progress.toYaml(log);
        ProgressLog again = Progress.parse(yaml, "again.yaml", PLAN);

        assertThat(again).isEqualTo(log);
        assertThat(Progress.toYaml(again)).isEqualTo(yaml);
    }

    @Property
    void jsonReadsBackAsAnEqualLogAndRewritesToTheSameBytes(@ForAll("reportSets") List<Report> reports) {
        ProgressLog log = ProgressLog.of(PLAN, reports);

        String json = Progress.toJson(log);
        ProgressLog again = Progress.parse(json, "again.json", PLAN);

        assertThat(again).isEqualTo(log);
        assertThat(Progress.toJson(again)).isEqualTo(json);
    }

    @Property(tries = 200)
    void theOrderReportsArriveInNeverMatters(@ForAll("reportSets") List<Report> reports, @ForAll Random random) {
        List<Report> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, random);

        ProgressLog log = ProgressLog.of(PLAN, reports);
        ProgressLog again = ProgressLog.of(PLAN, shuffled);

        assertThat(again).isEqualTo(log).hasSameHashCodeAs(log);
        assertThat(Progress.toCsv(again)).isEqualTo(Progress.toCsv(log));
        assertThat(ProgressLog.empty(PLAN).plus(shuffled)).isEqualTo(log);
    }

    @Property(tries = 200)
    void mergingThePartsOfALogGivesTheLog(@ForAll("reportSets") List<Report> reports,
            @ForAll @IntRange(min = 0, max = 40) int cut, @ForAll @IntRange(min = 0, max = 10) int overlap) {
        int at = Math.min(cut, reports.size());
        List<Report> first = reports.subList(0, at);
        List<Report> second = reports.subList(Math.max(0, at - overlap), reports.size());

        ProgressLog whole = ProgressLog.of(PLAN, reports);

        assertThat(ProgressLog.of(PLAN, first).merge(ProgressLog.of(PLAN, second))).isEqualTo(whole);
        assertThat(ProgressLog.of(PLAN, second).merge(ProgressLog.of(PLAN, first))).isEqualTo(whole);
        assertThat(ProgressLog.of(PLAN, first).plus(second)).isEqualTo(whole);
    }

    @Property(tries = 300)
    void latestAgreesWithAScanOfTheReports(@ForAll("reportSets") List<Report> reports, @ForAll("days") LocalDate day) {
        ProgressLog log = ProgressLog.of(PLAN, reports);

        for (Target t : PLAN.targets()) {
            Optional<Report> scanned = log.reports().stream()
                    .filter(r -> r.target().equals(t.id()) && !r.date().isAfter(day))
                    .reduce((a, b) -> b);
            assertThat(log.latest(t.id(), day)).as(t.id() + " on " + day).isEqualTo(scanned);
        }
        assertThat(log.asOfDates()).isSorted().doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(reports.stream().map(Report::date).distinct().toList());
    }

    @Provide
    Arbitrary<List<Report>> reportSets() {
        Arbitrary<Report> report = Arbitraries.of(PLAN.targets()).flatMap(t -> Combinators.combine(days(), value(t),
                texts(), texts(), texts()).as((date, value, source, note, evidence) -> new Report(t.id(), date, value,
                        source, note, evidence)));
        return report.list().ofMaxSize(40).uniqueElements(r -> r.target() + "@" + r.date());
    }

    @Provide
    Arbitrary<LocalDate> days() {
        LocalDate start = PLAN.period().start();
        LocalDate end = PLAN.period().end();
        Arbitrary<LocalDate> any = Arbitraries.longs().between(start.toEpochDay(), end.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> quarterEnds = Arbitraries.integers().between(0, 11)
                .map(q -> start.plusMonths(3L * q + 3).minusDays(1));
        return Arbitraries.frequencyOf(Tuple.of(1, any), Tuple.of(1, quarterEnds));
    }

    private static Arbitrary<Value> value(Target t) {
        if (!t.measure().kind().isNumeric()) {
            return Arbitraries.of(t.measure().levels()).map(Value::level);
        }
        // A count's reports are running totals, never below 0, and a share in % lies from 0 to 100: the readers
        // refuse others.
        if (t.measure().kind() == MeasureKind.COUNT) {
            return numbers().map(d -> Value.of(Math.abs(d)));
        }
        if (t.measure().kind() == MeasureKind.SHARE && t.measure().unit().equals("%")) {
            return numbers().map(d -> Value.of(Math.abs(d) % 100.0));
        }
        return numbers().map(Value::of);
    }

    private static Arbitrary<Double> numbers() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(-1000, 1_000_000).map(i -> (double) i)),
                Tuple.of(4, Arbitraries.bigDecimals().between(new BigDecimal("-1e6"), new BigDecimal("1e6"))
                        .ofScale(4).map(BigDecimal::doubleValue)),
                Tuple.of(2, Arbitraries.doubles().between(-1e20, 1e20)),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, 1e-9, 1e-300, 1e300, Double.MAX_VALUE,
                        -Double.MIN_VALUE, 0.1 + 0.2, 123456789.123456789, 1e15, 1e15 + 1, -1e16)));
    }

    private static Arbitrary<Optional<String>> texts() {
        Arbitrary<String> tricky = Arbitraries.of("", " ", "null", "~", "true", "no", "12", "-3.5", "1e3", "- a",
                "a: b", "#c", "'q'", "\"q\"", "[x]", "{y}", "a,b", "*", "&a", "县科技局", "示例数据 illustrative",
                "两行\n备注", "tab\there", "cr\rlf", " lead", "trail ", "“引号”，逗号");
        Arbitrary<String> random = Arbitraries.strings()
                .withChars("abcXYZ019 ,\"'#:-*&!|>{}[]%@`\t\n县科技局示例数据“”、，。")
                .ofMinLength(1).ofMaxLength(14);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(2, tricky.map(Optional::of)),
                Tuple.of(3, random.map(ProgressRoundTripTest::readable).map(Optional::of)));
    }

    /**
     * A text as a CSV field holds it without being refused as a slip: not three digits alone (the tail of a
     * number split at a thousands separator), no later line of four commas (rows swallowed by a stray quote).
     */
    static String readable(String text) {
        String t = text.strip().matches("[0-9]{3}(\\.[0-9]+)?") ? "第" + text : text;
        return t.indexOf('\n') >= 0 ? t.replace(',', '，') : t;
    }
}
