package io.github.policyplan.store;

import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Revision;
import io.github.policyplan.plans.Plans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The plan and the entries the store tests share. */
final class StoreFixtures {

    /** A small plan: a share, a count, levels, a milestone, a grade, a growth rate, a per-year rate, a rank; 2023 to 2025. */
    static final Path SMALL = Path.of("src/test/resources/plans/small.yaml");

    /** The numeric targets of the small plan, for reports in a loop. */
    static final List<String> NUMERIC = List.of("s1.t1", "s1.i1.t1", "energy", "s1.i1.t5", "industry.t1",
            "industry.t2", "industry.t3");

    private StoreFixtures() {
    }

    static Plan plan() {
        try {
            return Plans.read(SMALL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReportVersion version(String target, String date, double value, String recorded) {
        return ReportVersion.of(new Report(target, LocalDate.parse(date), io.github.policyplan.model.Value.of(value),
                Optional.of("县科技局"), Optional.empty(), Optional.empty()), Recorded.parse(recorded));
    }

    /** The i-th report of a writer's loop: a target and a day of 2023 to 2025 no other i has, value i. */
    static ReportVersion nth(int i) {
        String target = NUMERIC.get(i % NUMERIC.size());
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(i / NUMERIC.size());
        return new ReportVersion(Report.of(target, date, i), Optional.empty());
    }

    static Revision lowerGoal() {
        return new Revision("r1", "s1.i1.t1", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 10), "受市场影响下调",
                Optional.of("县常委会会议纪要〔2023〕12号"), new Revision.NewGoal(Goal.of(8)));
    }

    static Revision laterDue() {
        return new Revision("r2", "energy", LocalDate.of(2023, 9, 1), LocalDate.of(2023, 8, 20), "延期一年",
                Optional.empty(), new Revision.NewDue(LocalDate.of(2024, 12, 31)));
    }

    static Revision withdrawn() {
        return new Revision("r3", "industry.t3", LocalDate.of(2023, 10, 1), LocalDate.of(2023, 9, 25), "不再考核排名",
                Optional.of("县政府〔2023〕8号"), new Revision.Withdrawn());
    }

    /** A target added to item s1.i1 from 1 August, counting 5 companies. */
    static Revision added() {
        return new Revision("r4", "s1.i1.t9", LocalDate.of(2023, 8, 1), LocalDate.of(2023, 7, 28), "新增科技招商任务",
                Optional.of("县委〔2023〕15号"), new Revision.Added("s1.i1", io.github.policyplan.model.Target.builder(
                        "s1.i1.t9", "引进科技型企业").measure(io.github.policyplan.model.MeasureKind.COUNT, "家")
                        .goal(5).due(LocalDate.of(2023, 12, 31)).lead("kj").build()));
    }

    /** Every kind of revision a store keeps. */
    static List<Revision> everyKind() {
        return List.of(lowerGoal(), laterDue(), withdrawn(), added());
    }
}
