package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.robust.ValidInputs.PlanWithReports;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scoring;
import io.github.policyplan.words.Languages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every scorecard explanation of a generated plan is in one language at a time (issue 11, point 10):
 * {@code inChinese()} has no English word and {@code inEnglish()} no Chinese, apart from the words that
 * come from the input (titles, ids, units, sources, notes). Checked at the period's start, middle and end
 * and a day after it, for every node and every forecast.
 */
class OneLanguageProperties {

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void everyScorecardExplanationIsInOneLanguage(@ForAll("plansWithReports") PlanWithReports input) {
        Plan plan = input.plan();
        ProgressLog log = ProgressLog.of(plan, input.reports());
        Set<String> words = Languages.inputWords(plan, input.reports());
        LocalDate start = plan.period().start();
        LocalDate end = plan.period().end();
        List<String> strays = new ArrayList<>();
        for (LocalDate date : List.of(start, ValidInputs.along(start, end, 0.5), end, end.plusDays(1))) {
            check(Scoring.standard().score(plan, log, date).root(), words, strays);
        }
        assertThat(strays).isEmpty();
    }

    @Provide
    Arbitrary<PlanWithReports> plansWithReports() {
        return ValidInputs.plansWithReports();
    }

    private static void check(NodeScore node, Set<String> words, List<String> strays) {
        check(node.id(), node.explanation(), words, strays);
        node.target().flatMap(t -> t.forecast()).ifPresent(f -> check(node.id() + " forecast", f.explanation(),
                words, strays));
        for (NodeScore child : node.children()) {
            check(child, words, strays);
        }
    }

    private static void check(String where, Explanation e, Set<String> words, List<String> strays) {
        List<String> zh = Languages.strays(e.inChinese(), true, words);
        if (!zh.isEmpty()) {
            strays.add(where + " (Chinese) has " + zh + ": " + e.inChinese());
        }
        List<String> en = Languages.strays(e.inEnglish(), false, words);
        if (!en.isEmpty()) {
            strays.add(where + " (English) has " + en + ": " + e.inEnglish());
        }
    }
}
