package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.Annual;
import io.github.policyplan.assessment.AssessmentScheme.Awards;
import io.github.policyplan.assessment.AssessmentScheme.Credit;
import io.github.policyplan.assessment.AssessmentScheme.FlagTies;
import io.github.policyplan.assessment.AssessmentScheme.GradeBand;
import io.github.policyplan.assessment.AssessmentScheme.QuotaTies;
import io.github.policyplan.assessment.AssessmentScheme.Ranking;
import io.github.policyplan.assessment.AssessmentScheme.VetoedRanking;
import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds how scores become results: the credit a lead and a cooperating unit earn, the grade bands
 * (with quotas), the flags and red and black lists, the annual weights of the quarters and how scores
 * are compared for rank. Each part not written takes its default. Not thread-safe: one instance serves
 * one read.
 */
final class GradingBinder {

    private static final List<GradeBand> DEFAULT_GRADES = List.of(
            new GradeBand("优秀", Optional.of(90.0), Optional.empty()),
            new GradeBand("良好", Optional.of(80.0), Optional.empty()),
            new GradeBand("合格", Optional.of(60.0), Optional.empty()),
            new GradeBand("不合格", Optional.empty(), Optional.empty()));
    private static final Awards NO_AWARDS = new Awards(List.of(), FlagTies.STANDARD, 0, 0);

    private final Problems problems;

    /**
     * Creates a binder.
     *
     * @param problems where problems go
     */
    GradingBinder(Problems problems) {
        this.problems = problems;
    }

    /** Reads the credit shares of the lead and the cooperating units. */
    Credit credit(Fields f) {
        Optional<Fields> o = f.get("credit").flatMap(n -> Fields.open(n, f.path("credit"), "credit",
                List.of("lead", "cooperating", "split"), problems));
        if (o.isEmpty()) {
            return Credit.DEFAULT;
        }
        Fields c = o.get();
        double lead = SchemeFields.share(c, "lead", 1);
        double cooperating = SchemeFields.share(c, "cooperating", 0.3);
        boolean split = SchemeFields.bool(c, "split", false);
        if (lead <= 0) {
            c.problem("lead", "the lead's share must be above 0", Optional.empty());
            return Credit.DEFAULT;
        }
        return new Credit(lead, cooperating, split);
    }

    /** Reads the grade bands, best first, each but the last with its minimum score. */
    List<GradeBand> grades(Fields f) {
        if (!f.has("grades")) {
            return DEFAULT_GRADES;
        }
        Optional<List<Node>> nodes = f.list("grades");
        if (nodes.isPresent() && nodes.get().isEmpty()) {
            f.problem("grades", "grades need at least one band", Optional.of(
                    "leave grades out for 优秀 90, 良好 80, 合格 60, 不合格"));
        }
        List<GradeBand> out = new ArrayList<>();
        Set<String> gradeNames = new HashSet<>();
        Optional<Double> previous = Optional.empty();
        List<Node> items = nodes.orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String path = DocumentPath.index(f.path("grades"), i);
            Optional<Fields> g = Fields.open(items.get(i), path, "a grade", List.of("name", "min", "quota"), problems);
            if (g.isPresent()) {
                boolean last = i == items.size() - 1;
                Optional<Double> min = grade(g.get(), path, last, previous, gradeNames, out);
                if (min.isPresent()) {
                    previous = min;
                }
            }
        }
        return out;
    }

    /** Reads one grade band into {@code out}; returns its minimum, when it has one. */
    private Optional<Double> grade(Fields g, String path, boolean last, Optional<Double> previous,
            Set<String> gradeNames, List<GradeBand> out) {
        Optional<String> name = g.requiredText("name", "name the grade, such as 优秀");
        if (name.isPresent() && !gradeNames.add(name.get())) {
            g.problem("name", "duplicate grade '" + Texts.abbreviate(name.get()) + "'", Optional.empty());
        }
        Optional<Double> min = g.optionalNumber("min");
        Optional<Double> quota = g.optionalNumber("quota");
        if (last && min.isPresent()) {
            g.problem("min", "the last (lowest) grade has no minimum: it takes every score below the others",
                    Optional.of("remove min"));
        } else if (!last && min.isEmpty() && !g.failed()) {
            problems.add(g.node(), path, "every grade but the last needs a minimum score", Optional.of(
                    "write min: 80"));
        }
        if (min.isPresent() && previous.isPresent() && min.get() >= previous.get()) {
            g.problem("min", "grades go from the best down: " + Texts.number(min.get())
                    + " is not below the grade before (" + Texts.number(previous.get()) + ")", Optional.empty());
        }
        if (quota.isPresent() && !(quota.get() > 0 && quota.get() <= 1)) {
            g.problem("quota", "a quota is a share of the pool, above 0 and at most 1 (was "
                    + Texts.number(quota.get()) + ")", Optional.of("write quota: 0.3 for 30%"));
            quota = Optional.empty();
        }
        Optional<Double> quotaRead = quota;
        name.ifPresent(n -> out.add(new GradeBand(n, last ? Optional.empty() : min, quotaRead)));
        return min;
    }

    /** Reads the flags (冠军旗 …) and the sizes of the red and black lists. */
    Awards awards(Fields f) {
        Optional<Fields> o = f.get("awards").flatMap(n -> Fields.open(n, f.path("awards"), "awards",
                List.of("flags", "ties", "redList", "blackList", "exclusive"), problems));
        if (o.isEmpty()) {
            return NO_AWARDS;
        }
        Fields a = o.get();
        List<String> flags = new ArrayList<>();
        a.textList("flags").ifPresent(nodes -> nodes.forEach(x -> flags.add(x.text())));
        String ties = SchemeFields.choice(a, "ties", List.of("standard", "dense")).orElse("standard");
        int red = SchemeFields.whole(a, "redList");
        int black = SchemeFields.whole(a, "blackList");
        boolean exclusive = SchemeFields.bool(a, "exclusive", true);
        return new Awards(flags, ties.equals("dense") ? FlagTies.DENSE : FlagTies.STANDARD, red, black, exclusive);
    }

    /** Reads how the annual assessment is made: at the year's end, or from the quarters' weights. */
    Annual annual(Fields f) {
        Optional<Node> n = f.get("annual");
        if (n.isEmpty() || n.get() instanceof Node.ScalarNode s && s.text().equals("year-end")) {
            return Annual.YEAR_END;
        }
        if (n.get() instanceof Node.ScalarNode s) {
            f.problem("annual", "unknown annual mode '" + Texts.abbreviate(s.text())
                    + "' (expected year-end or {weights: [q1, q2, q3, q4]})", Optional.empty());
            return Annual.YEAR_END;
        }
        Optional<Fields> o = Fields.open(n.get(), f.path("annual"), "annual", List.of("weights", "rescale"),
                problems);
        if (o.isEmpty()) {
            return Annual.YEAR_END;
        }
        Fields a = o.get();
        List<Double> weights = new ArrayList<>();
        List<Node> nodes = a.list("weights").orElse(List.of());
        for (int i = 0; i < nodes.size(); i++) {
            a.number(nodes.get(i), DocumentPath.index(a.path("weights"), i)).ifPresent(weights::add);
        }
        if (weights.size() != 4 || weights.stream().anyMatch(w -> w < 0)
                || weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            a.problem("weights", "annual weights are four numbers ≥ 0 for Q1–Q4, not all 0 (was " + weights
                    + ")", Optional.of("write weights: [0.2, 0.2, 0.2, 0.4]"));
            return Annual.YEAR_END;
        }
        boolean rescale = SchemeFields.bool(a, "rescale", false);
        if (!rescale && !Annual.addsUpToOne(weights)) {
            a.problem("weights", "annual weights add up to " + Texts.number(weights.stream()
                    .mapToDouble(Double::doubleValue).sum()) + ", not 1 (was " + weights + ")", Optional.of(
                    "make them add up to 1, such as [0.2, 0.2, 0.2, 0.4], or write rescale: true to divide by their sum"));
            return Annual.YEAR_END;
        }
        return new Annual(weights, rescale);
    }

    /** Reads how scores are compared for rank: decimals kept, the margin of a tie, and quota ties. */
    Ranking ranking(Fields f) {
        Optional<Fields> o = f.get("ranking").flatMap(n -> Fields.open(n, f.path("ranking"), "ranking",
                List.of("decimals", "margin", "quotaTies", "vetoed"), problems));
        if (o.isEmpty()) {
            return Ranking.DEFAULT;
        }
        Fields r = o.get();
        double decimals = SchemeFields.nonNegative(r, "decimals", 2);
        double margin = SchemeFields.nonNegative(r, "margin", 0.5);
        String ties = SchemeFields.choice(r, "quotaTies", List.of("down", "up")).orElse("down");
        String vetoed = SchemeFields.choice(r, "vetoed", List.of("last", "unranked")).orElse("last");
        if (decimals > 6 || decimals != Math.rint(decimals)) {
            r.problem("decimals", "decimals must be a whole number from 0 to 6 (was " + Texts.number(decimals) + ")",
                    Optional.empty());
            return Ranking.DEFAULT;
        }
        return new Ranking((int) decimals, margin, ties.equals("up") ? QuotaTies.UP : QuotaTies.DOWN,
                vetoed.equals("unranked") ? VetoedRanking.UNRANKED : VetoedRanking.LAST);
    }
}
