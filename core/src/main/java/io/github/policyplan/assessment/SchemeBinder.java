package io.github.policyplan.assessment;

import io.github.policyplan.assessment.AssessmentScheme.Pool;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.internal.read.Violations;
import io.github.policyplan.model.Plan;
import java.util.List;
import java.util.Optional;

/**
 * Binds a located document tree to an {@link AssessmentScheme} for a plan, reporting every problem
 * with its location: unknown keys, units and targets (did you mean), malformed dates and numbers,
 * unknown names of methods, kinds and tie rules, grades out of order. It reads the scheme's header
 * and leaves the parts to a binder each: {@link PoolBinder} the pools and assignments,
 * {@link PeerMetricBinder} the peer metrics, {@link GradingBinder} credit, grades, awards, the annual
 * mode and ranking, {@link AdjustmentBinder} bonuses, penalties, caps, the penalty for missing reports and vetoes. Not thread-safe:
 * one instance serves one read.
 */
final class SchemeBinder {

    static final List<String> KEYS = List.of("id", "title", "plan", "pools", "credit", "assignments", "peers",
            "grades", "adjustments", "caps", "vetoes", "awards", "annual", "ranking", "reporting");

    private final Problems problems;
    private final Plan plan;
    private final PoolBinder pools;
    private final PeerMetricBinder peers;
    private final GradingBinder grading;
    private final AdjustmentBinder adjustments;

    /**
     * Creates a binder.
     *
     * @param problems where problems go
     * @param plan     the plan the scheme assesses
     */
    SchemeBinder(Problems problems, Plan plan) {
        SchemeNames names = new SchemeNames(problems, plan);
        this.problems = problems;
        this.plan = plan;
        this.pools = new PoolBinder(problems, names);
        this.peers = new PeerMetricBinder(problems, names);
        this.grading = new GradingBinder(problems);
        this.adjustments = new AdjustmentBinder(problems, names);
    }

    /**
     * Binds a document.
     *
     * @param root the root
     * @return the scheme, or empty after any problem
     */
    Optional<AssessmentScheme> bind(Node root) {
        Optional<Fields> opened = Fields.open(root, "", "an assessment scheme", KEYS, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<String> id = f.requiredText("id", "give the scheme an id");
        Optional<String> title = f.requiredText("title", "give the scheme its title");
        Optional<String> planId = f.requiredText("plan", "name the id of the plan assessed");
        if (planId.isPresent() && !planId.get().equals(plan.id())) {
            f.problem("plan", "this scheme is for plan '" + Texts.abbreviate(planId.get()) + "', not '" + plan.id()
                    + "'", Optional.empty());
        }
        List<Pool> pooled = pools.pools(f);
        AssessmentScheme.Credit credit = grading.credit(f);
        List<AssessmentScheme.Assignment> assigned = pools.assignments(f);
        List<AssessmentScheme.PeerMetric> metrics = peers.peers(f, pooled);
        List<AssessmentScheme.GradeBand> grades = grading.grades(f);
        List<AssessmentScheme.Adjustment> adjusted = adjustments.adjustments(f);
        AssessmentScheme.Caps caps = adjustments.caps(f);
        List<AssessmentScheme.Veto> vetoes = adjustments.vetoes(f);
        Optional<ReportingPenalty> reporting = adjustments.reporting(f);
        AssessmentScheme.Awards awards = grading.awards(f);
        AssessmentScheme.Annual annual = grading.annual(f);
        AssessmentScheme.Ranking ranking = grading.ranking(f);
        if (!problems.isEmpty() || f.failed() || id.isEmpty() || title.isEmpty() || planId.isEmpty()) {
            return Optional.empty();
        }
        Optional<AssessmentScheme> scheme = Violations.construct(root, () -> "", () -> new AssessmentScheme(id.get(),
                title.get(), planId.get(), pooled, credit, assigned, metrics, grades, adjusted, caps, vetoes, awards,
                annual, ranking, reporting), problems);
        scheme.ifPresent(s -> SchemeWarnings.check(s, plan, root, problems));
        return scheme;
    }
}
