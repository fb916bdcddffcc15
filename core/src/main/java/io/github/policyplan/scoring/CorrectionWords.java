package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Target;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The words that name a corrected value a target is judged on: "6月30日报送值于7月3日由6更正为7". Stateless.
 */
final class CorrectionWords {

    private CorrectionWords() {
    }

    /**
     * Names the last correction of a report, when its value was corrected.
     *
     * @param log    the log the report was read from
     * @param t      its target
     * @param report the report in force
     * @return the words, or empty when the report has one version or its value was not changed
     */
    static Optional<Explanation> of(ProgressLog log, Target t, Report report) {
        List<ReportVersion> versions = log.versions(t.id(), report.date());
        if (versions.size() < 2) {
            return Optional.empty();
        }
        ReportVersion before = versions.get(versions.size() - 2);
        ReportVersion last = versions.get(versions.size() - 1);
        if (before.report().value().equals(last.report().value())) {
            return Optional.empty();
        }
        String from = Explainer.valueText(t, before.report().value());
        String to = Explainer.valueText(t, last.report().value());
        Optional<LocalDate> on = last.recorded().map(Recorded::date);
        String english = "the value as of " + report.date() + " was corrected" + on.map(d -> " on " + d).orElse("")
                + " from " + from + " to " + to;
        String chinese = chinese(report.date()) + "报送值" + on.map(d -> "于" + chinese(d)).orElse("") + "由" + from
                + "更正为" + to;
        return Optional.of(Explanation.of(english, chinese));
    }

    private static String chinese(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
