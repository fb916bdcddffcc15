package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.assessment.AssessmentScheme.Awards;
import io.github.policyplan.assessment.AssessmentScheme.FlagTies;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import io.github.policyplan.scoring.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Awards: flags (冠军旗 / 亚军旗 / 季军旗) to the first places among the units not vetoed (and not on
 * the black list, when the scheme makes the two exclusive, as by default), ties by the scheme's rule; the red list (红榜) of units within the top places that met every target they lead;
 * the black list (黑榜) of units within the bottom places with a target missed or off track. The lists
 * take every qualifying unit within their places, ties included, so that the order of units in the
 * scheme never decides who is listed. Immutable.
 */
final class Awarding {

    private final Awards awards;

    Awarding(AssessmentScheme scheme) {
        this.awards = scheme.awards();
    }

    /**
     * Awards the flags: a unit's place counts only the units that may hold a flag (not vetoed, and not
     * on the black list when the scheme makes them exclusive); tied units share a place (standard: 1, 1,
     * 3; dense: 1, 1, 2), and each is told with whom it shares the flag and which flag is then not
     * awarded.
     *
     * @param ranked    the ranked units, in rank order
     * @param blackList the units on the black list
     */
    void flags(List<UnitDraft> ranked, List<String> blackList) {
        List<String> flags = awards.flags();
        int place = 0;
        int denseRank = 0;
        double previous = Double.NaN;
        int eligibleSeen = 0;
        List<UnitDraft> holders = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        for (UnitDraft d : ranked) {
            if (d.vetoed(VetoKind.VETO)) {
                continue;
            }
            int flagRank = awards.ties() == FlagTies.DENSE ? denseRank + (d.rounded != previous ? 1 : 0)
                    : d.rounded != previous ? eligibleSeen + 1 : place;
            if (awards.exclusive() && blackList.contains(d.unit)) {
                if (flagRank <= flags.size()) {
                    d.notes.add(Explanation.of("on the black list, so no " + flags.get(flagRank - 1)
                            + ": an award and the black list exclude each other",
                            "列入黑榜，不授" + flags.get(flagRank - 1) + "（奖惩互斥）"));
                }
                continue;
            }
            eligibleSeen++;
            if (d.rounded != previous) {
                place = eligibleSeen;
                denseRank++;
                previous = d.rounded;
            }
            if (flagRank <= flags.size()) {
                d.flag = Optional.of(flags.get(flagRank - 1));
                holders.add(d);
                places.add(flagRank);
            }
        }
        tieNotes(holders, places);
    }

    /** Tells each group of units that share a flag with whom, and, under the standard rule, which flags are not awarded. */
    private void tieNotes(List<UnitDraft> holders, List<Integer> places) {
        int from = 0;
        while (from < holders.size()) {
            int to = from + 1;
            while (to < holders.size() && places.get(to).equals(places.get(from))) {
                to++;
            }
            if (to - from > 1) {
                List<UnitDraft> group = holders.subList(from, to);
                List<String> skipped = new ArrayList<>();
                for (int p = places.get(from) + 1; awards.ties() == FlagTies.STANDARD && p < places.get(from) + group.size()
                        && p <= awards.flags().size(); p++) {
                    skipped.add(awards.flags().get(p - 1));
                }
                for (UnitDraft d : group) {
                    d.notes.add(tieNote(d, group, skipped));
                }
            }
            from = to;
        }
    }

    private static Explanation tieNote(UnitDraft d, List<UnitDraft> group, List<String> skipped) {
        List<String> others = new ArrayList<>();
        for (UnitDraft o : group) {
            if (o != d) {
                others.add(o.name);
            }
        }
        String flag = d.flag.orElseThrow();
        return Explanation.of("tied at rank " + d.rank + " with " + String.join(", ", others)
                + ": under the tie rule each receives " + flag
                + (skipped.isEmpty() ? "" : ", and " + String.join(", ", skipped) + " is not awarded"),
                "与" + String.join("、", others) + "并列第" + d.rank + "名，按并列规则同授" + flag
                + (skipped.isEmpty() ? "" : "，不再授" + String.join("、", skipped)));
    }

    /**
     * Makes the red list and notes it on the units listed.
     *
     * @param ranked the ranked units, in rank order
     * @return the ids listed, best first
     */
    List<String> redList(List<UnitDraft> ranked) {
        List<String> listed = new ArrayList<>();
        for (UnitDraft d : ranked) {
            if (d.rank <= awards.redList() && !d.vetoed(VetoKind.VETO) && metEveryTargetItLeads(d)) {
                listed.add(d.unit);
                d.notes.add(Explanation.of("red list: met every target it leads, rank " + d.rank,
                        "红榜：牵头目标全部完成，排第" + d.rank + "名"));
            }
        }
        return listed;
    }

    /** Whether a unit leads a target and has achieved every target it leads. */
    private static boolean metEveryTargetItLeads(UnitDraft d) {
        boolean leadsAny = false;
        for (Contribution c : d.base.contributions()) {
            if (c.role() == Role.LEAD) {
                if (c.status() != Status.ACHIEVED) {
                    return false;
                }
                leadsAny = true;
            }
        }
        return leadsAny;
    }

    /**
     * Makes the black list and notes it on the units listed: those with fewer units strictly below
     * them than the list's places, counting only the units not vetoed (a vetoed unit is on neither list).
     *
     * @param ranked the ranked units, in rank order
     * @return the ids listed, worst first
     */
    List<String> blackList(List<UnitDraft> ranked) {
        // The places count the units not vetoed: a unit under 一票否决 ranks after them and is on neither list.
        List<UnitDraft> eligible = new ArrayList<>();
        for (UnitDraft d : ranked) {
            if (!d.vetoed(VetoKind.VETO)) {
                eligible.add(d);
            }
        }
        List<String> listed = new ArrayList<>();
        int last = eligible.size() - 1;
        // Ranked best first: the units strictly below one are those after the last unit tied with it.
        int below = 0;
        for (int i = last; i >= 0; i--) {
            UnitDraft d = eligible.get(i);
            if (i < last && eligible.get(i + 1).rounded != d.rounded) {
                below = last - i;
            }
            if (below < awards.blackList() && behind(d)) {
                listed.add(d.unit);
                d.notes.add(Explanation.of("black list: a target missed or off track, rank " + d.rank + " of " + ranked.size(),
                        "黑榜：有目标未完成或进度滞后，" + ranked.size() + "个单位中排第" + d.rank + "名"));
            }
        }
        return listed;
    }

    /** Whether a target the unit answers for (not one it only cooperates on) is missed or off track. */
    private static boolean behind(UnitDraft d) {
        return d.base.contributions().stream().anyMatch(c -> c.role() != Role.COOPERATING
                && (c.status() == Status.MISSED || c.status() == Status.OFF_TRACK));
    }
}
