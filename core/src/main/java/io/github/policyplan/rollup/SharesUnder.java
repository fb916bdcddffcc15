package io.github.policyplan.rollup;

import io.github.policyplan.model.Plan;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.UnitShares;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts each broken-down target's units' shares under it in the plan's scorecard (issue 14, point 4): the
 * shares' scorecard holds a section a broken-down target, with the target's id; its targets, the units'
 * shares, become the target's {@link NodeScore#shares()}, with the roll-up and its coverage in words.
 */
final class SharesUnder {

    private SharesUnder() {
    }

    /** Attaches the shares; {@code partial}: each target's values that covered only some units, by target id. */
    static Scorecard attach(Plan plan, Scorecard card, Optional<Scorecard> shares, Collection<TargetRollUp> targets,
            Map<String, List<LocalDate>> partial) {
        if (shares.isEmpty()) {
            return card;
        }
        Map<String, UnitShares> byTarget = new LinkedHashMap<>();
        for (TargetRollUp t : targets) {
            Optional<NodeScore> section = shares.get().find(t.target());
            List<NodeScore> units = section.map(NodeScore::children).orElse(List.of());
            byTarget.put(t.target(), new UnitShares(t.explanation(), RollUpWords.coverage(plan, t), t.reported(),
                    units, partial.getOrDefault(t.target(), List.of())));
        }
        return card.withShares(byTarget);
    }
}
