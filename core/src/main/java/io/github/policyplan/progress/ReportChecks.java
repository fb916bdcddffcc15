package io.github.policyplan.progress;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks one report against a plan with the rules and words of {@link ProgressLog#of}, for readers of
 * other sources (a journal, a database) that locate each problem themselves: the target is one of
 * the plan's, the date within its period, the value fits the target's measure.
 *
 * <pre>{@code
 * List<Violation> wrong = ReportChecks.check(plan, Report.of("s1.i1.t9", LocalDate.of(2023, 6, 30), 3));
 * // [target: unknown target 's1.i1.t9' in plan county-2023 (did you mean 's1.i1.t1'?)]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportChecks {

    private ReportChecks() {
    }

    /**
     * Returns what is wrong with a report against a plan.
     *
     * @param plan   the plan
     * @param report the report
     * @return the violations, each with the path of its field ({@code target}, {@code date} or
     *         {@code value}), a message and the likely fix; empty when the report fits
     */
    public static List<Violation> check(Plan plan, Report report) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(report, "report");
        List<Violation> out = new ArrayList<>(1);
        Optional<Target> target = plan.target(report.target());
        if (target.isEmpty()) {
            ReportRules.Issue issue = ReportRules.unknownTarget(report.target(), plan);
            out.add(new Violation("target", issue.message(), issue.hint()));
        }
        ReportRules.checkDate(report.date(), plan)
                .ifPresent(issue -> out.add(new Violation("date", issue.message(), issue.hint())));
        if (target.isPresent()) {
            ReportRules.checkValue(target.get(), ReportRules.Cell.of(report.value())).issue()
                    .ifPresent(issue -> out.add(new Violation("value", issue.message(), issue.hint())));
        }
        return List.copyOf(out);
    }
}
