package io.github.policyplan.progress;

import io.github.policyplan.model.Derivation;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Checks reports built in Java against a plan, for {@link ProgressLog#of}. Stateless. */
final class JavaReports {

    private JavaReports() {
    }

    static ProgressLog log(Plan plan, Collection<Report> reports) {
        List<String> problems = new ArrayList<>();
        Map<String, Series.Builder> builders = new LinkedHashMap<>();
        Map<String, String> texts = Series.texts();
        int i = 0;
        for (Report r : reports) {
            Objects.requireNonNull(r, "reports must not contain null");
            String path = "reports[" + i + "]";
            ReportRules.Resolved resolved = ReportRules.resolve(r.target(), plan, true);
            Optional<Target> target = resolved.target();
            resolved.issue().ifPresent(issue -> problems.add(path + ".target: " + issue));
            Optional<ReportRules.Issue> date = ReportRules.checkDate(r.date(), plan);
            date.ifPresent(issue -> problems.add(path + ".date: " + issue));
            Value value = null;
            Optional<Derivation> derived = target.flatMap(t -> plan.derivation(t.id()));
            derived.ifPresent(d -> problems.add(path + ".target: " + ReportRules.derived(target.get().id(), d)));
            if (target.isPresent() && derived.isEmpty()) {
                // As the readers check it: a count's running total not below 0, a share in % within 0 to 100.
                ReportRules.Checked checked = ReportRules.byRatio(plan, resolved)
                        ? ReportRules.checkRatio(ReportRules.Cell.of(r.value()))
                        : RunningTotals.inDomain(target.get(), ReportRules.checkValue(target.get(),
                                ReportRules.Cell.of(r.value())));
                checked.issue().ifPresent(issue -> problems.add(path + ".value: " + issue));
                value = checked.value().orElse(null);
            }
            if (target.isPresent() && date.isEmpty() && value != null) {
                builders.computeIfAbsent(resolved.key(), Series.Builder::new).add(r.date(), value,
                        r.source().orElse(null), r.note().orElse(null), r.evidence().orElse(null), i, texts);
            }
            i++;
        }
        List<Series> built = new ArrayList<>();
        for (Series.Builder b : builders.values()) {
            built.add(b.build((target, date, first, kept, second, other) -> problems.add("reports[" + second
                    + "].value: " + ReportRules.conflict(target, date, other, kept, "in reports[" + first + "]"))));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException((problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " in the reports for plan " + plan.id()
                    + ":\n" + String.join("\n", problems));
        }
        return ProgressLog.fromSeries(plan, built);
    }
}
