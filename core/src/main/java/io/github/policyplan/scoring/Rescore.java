package io.github.policyplan.scoring;

import io.github.policyplan.model.Plan;
import io.github.policyplan.progress.ProgressLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings a scorecard up to date after reports on some targets changed ({@link Scoring#rescore}): judges
 * those targets again and rolls up only the items, sections and plan above them, sharing every other
 * group with the previous scorecard. The numbers come from the same {@link Pass} as a full score, so the
 * result equals one.
 */
final class Rescore {

    private Rescore() {
    }

    static Scorecard rescore(Scoring engine, Scorecard previous, Plan plan, ProgressLog log,
            Collection<String> changed) {
        if (!previous.planId().equals(plan.id()) || previous.rootGroup().groups.length != plan.sections().size()) {
            throw new IllegalArgumentException("scorecard of plan " + previous.planId() + " does not match plan "
                    + plan.id());
        }
        Map<Integer, Map<Integer, List<Integer>>> bySection = changedBySectionAndItem(plan,
                DerivedValues.withDependents(plan, changed));
        Pass pass = new Pass(engine, plan, log, previous.asOf());
        if (previous.plan() != plan) {
            // Another plan object with the same id: its numbers may differ anywhere.
            return pass.all();
        }
        Group[] sections = previous.rootGroup().groups.clone();
        for (Map.Entry<Integer, Map<Integer, List<Integer>>> e : bySection.entrySet()) {
            Group section = sections[e.getKey()];
            Pass.Judged headline = new Pass.Judged(section.scores, section.statuses);
            Group[] items = section.groups;
            for (Map.Entry<Integer, List<Integer>> byItem : e.getValue().entrySet()) {
                if (byItem.getKey() < 0) {
                    headline = pass.rejudge(section, byItem.getValue());
                    continue;
                }
                if (items == section.groups) {
                    items = items.clone();
                }
                Group item = items[byItem.getKey()];
                items[byItem.getKey()] = pass.group(item, pass.rejudge(item, byItem.getValue()), item.groups);
            }
            sections[e.getKey()] = pass.group(section, headline, items);
        }
        return pass.card(sections);
    }

    /** The changed targets' places: section → item (-1 for headline targets) → slots, in plan order. */
    private static Map<Integer, Map<Integer, List<Integer>>> changedBySectionAndItem(Plan plan,
            Collection<String> changed) {
        Map<Integer, Map<Integer, List<Integer>>> bySection = new TreeMap<>();
        for (String id : changed) {
            Plan.TargetPosition p = plan.position(id).orElseThrow(() -> new IllegalArgumentException("plan "
                    + plan.id() + " has no target '" + id + "'"));
            bySection.computeIfAbsent(p.section(), k -> new TreeMap<>()).computeIfAbsent(p.item(),
                    k -> new ArrayList<>()).add(p.index());
        }
        return bySection;
    }
}
