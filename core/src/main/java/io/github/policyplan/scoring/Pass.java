package io.github.policyplan.scoring;

import io.github.policyplan.model.Item;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scoring of a plan at a date: the numbers of its targets ({@link Judge}) and of its items, sections
 * and plan ({@link RollUps}), without words. {@link #all()} scores every node; {@link Rescore} uses
 * {@link #rejudge} and {@link #group(Group, Judged, Group[])} to redo only the nodes above changed targets.
 *
 * <p>Before any target is judged, a pass checks that the engine knows every rule the plan names:
 * rules are open, so a plan built in Java may name one this engine has never heard of.
 *
 * <p>Not thread-safe; each call of {@link Scoring#score} or {@link Scoring#rescore} has its own.
 */
final class Pass {

    private static final int STATUSES = Status.values().length;

    private final Scoring engine;
    private final Plan plan;
    private final ProgressLog log;
    private final LocalDate asOf;
    private final RollUps.RollUp planRollUp;
    private final TargetFigures figures;
    private final Judge judge;
    private double[] weights = new double[16];
    private double[] scores = new double[16];
    private double[] coverages = new double[16];

    /** The scores and statuses of a group's own targets. */
    record Judged(double[] scores, byte[] statuses) {
    }

    /**
     * Starts a pass.
     *
     * @throws ScoringException when the plan names a rule the engine does not know
     */
    Pass(Scoring engine, Plan plan, ProgressLog log, LocalDate asOf) {
        this.engine = engine;
        this.plan = plan;
        this.log = log;
        this.asOf = asOf;
        this.planRollUp = plan.aggregation().map(RollUps.RollUp::of).orElse(RollUps.RollUp.DEFAULT);
        this.judge = Judge.ofNumbers(engine, plan, log, asOf);
        this.figures = judge.figures();
        for (Map.Entry<String, String> use : figures.ruleUsers.entrySet()) {
            if (!engine.rules().containsKey(use.getKey())) {
                throw Judge.unknownRule(engine.rules(), use.getKey(), use.getValue());
            }
        }
    }

    /** Scores every target and node of the plan. */
    Scorecard all() {
        Group[] sections = new Group[plan.sections().size()];
        int first = 0;
        for (int s = 0; s < sections.length; s++) {
            Section section = plan.sections().get(s);
            Group[] items = new Group[section.items().size()];
            int headline = first;
            first += section.targets().size();
            for (int i = 0; i < items.length; i++) {
                Item item = section.items().get(i);
                items[i] = group(NodeKind.ITEM, item.id(), item.title(), item.weight(), rollUp(item.aggregation()),
                        s, i, item.targets(), first, judge(item.targets(), first), new Group[0]);
                first += item.targets().size();
            }
            sections[s] = group(NodeKind.SECTION, section.id(), section.title(), section.weight(),
                    rollUp(section.aggregation()), s, -1, section.targets(), headline,
                    judge(section.targets(), headline), items);
        }
        return card(sections);
    }

    /** The scorecard of the plan with these sections. */
    Scorecard card(Group[] sections) {
        Group root = group(NodeKind.PLAN, plan.id(), plan.title(), 1, planRollUp, -1, -1, List.of(), 0,
                new Judged(new double[0], new byte[0]), sections);
        return new Scorecard(engine, plan, log, asOf, root);
    }

    private RollUps.RollUp rollUp(Optional<Strategy> aggregation) {
        return aggregation.isPresent() ? RollUps.RollUp.of(aggregation.get()) : planRollUp;
    }

    private Judged judge(List<Target> targets, int first) {
        int n = targets.size();
        double[] out = new double[n];
        byte[] statuses = new byte[n];
        for (int j = 0; j < n; j++) {
            statuses[j] = (byte) judge.judge(first + j).ordinal();
            out[j] = judge.score();
        }
        return new Judged(out, statuses);
    }

    /** A group's targets judged again where {@code slots} says, the others as they were. */
    Judged rejudge(Group group, List<Integer> slots) {
        double[] out = group.scores.clone();
        byte[] statuses = group.statuses.clone();
        for (int j : slots) {
            statuses[j] = (byte) judge.judge(group.firstTarget + j).ordinal();
            out[j] = judge.score();
        }
        return new Judged(out, statuses);
    }

    /** A group like {@code old} with other targets' numbers and child groups. */
    Group group(Group old, Judged judged, Group[] groups) {
        return group(old.kind, old.id, old.title, old.weight, old.rollUp, old.section, old.item, old.targets,
                old.firstTarget, judged, groups);
    }

    private Group group(NodeKind kind, String id, String title, double weight, RollUps.RollUp rollUp, int section,
            int item, List<Target> targets, int firstTarget, Judged judged, Group[] groups) {
        int n = targets.size() + groups.length;
        if (weights.length < n) {
            weights = new double[n];
            scores = new double[n];
            coverages = new double[n];
        }
        int[] counts = new int[STATUSES];
        for (int j = 0; j < targets.size(); j++) {
            weights[j] = figures.weight[firstTarget + j];
            scores[j] = judged.scores()[j];
            coverages[j] = Double.isNaN(judged.scores()[j]) ? 0 : 1;
            counts[judged.statuses()[j]]++;
        }
        for (int g = 0; g < groups.length; g++) {
            int k = targets.size() + g;
            weights[k] = groups[g].weight;
            scores[k] = groups[g].score();
            coverages[k] = groups[g].coverage();
            for (int c = 0; c < counts.length; c++) {
                counts[c] += groups[g].counts[c];
            }
        }
        RollUps.Numbers numbers = RollUps.compute(rollUp, n, weights, scores, coverages);
        return new Group(kind, id, title, weight, rollUp, section, item, targets, firstTarget, judged.scores(),
                judged.statuses(), groups, numbers, status(numbers, counts), counts);
    }

    /** A node's status, by the engine's {@link NodeStatusRule}. */
    private Status status(RollUps.Numbers numbers, int[] counts) {
        return engine.nodeStatus().decide(engine.thresholds(), numbers.score(), numbers.scale(), counts);
    }
}
