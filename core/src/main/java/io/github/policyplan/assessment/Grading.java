package io.github.policyplan.assessment;

import io.github.policyplan.core.Explanation;
import static io.github.policyplan.assessment.UnitWords.fmt;

import io.github.policyplan.assessment.AssessmentScheme.GradeBand;
import io.github.policyplan.assessment.AssessmentScheme.QuotaTies;
import io.github.policyplan.assessment.AssessmentScheme.VetoKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Grading (等次): each ranked unit gets the first band whose minimum its rounded score reaches; a veto
 * gives the lowest band, a veto of the top grade at most the second; then each band with a quota, best
 * first, keeps as many units as its quota allows in rank order and moves the rest one band down (tied
 * units at the limit move down together, or stay together, as the scheme says). Immutable.
 */
final class Grading {

    private final List<GradeBand> bands;
    private final QuotaTies quotaTies;

    Grading(AssessmentScheme scheme) {
        this.bands = scheme.grades();
        this.quotaTies = scheme.ranking().quotaTies();
    }

    /**
     * Grades the ranked units of a pool, noting veto effects and quota moves.
     *
     * @param ranked   the units with a score, in rank order, ranked; units under 一票否决 hold no place a quota counts
     * @param poolSize the number of units in the pool, ranked or not, which quotas are shares of
     */
    void grade(List<UnitDraft> ranked, int poolSize) {
        for (UnitDraft d : ranked) {
            d.band = band(d);
        }
        for (int k = 0; k < bands.size(); k++) {
            quota(k, ranked, poolSize);
        }
    }

    /** The band a unit's rounded score earns, after its vetoes. */
    private int band(UnitDraft d) {
        int lowest = bands.size() - 1;
        int b = lowest;
        for (int k = 0; k < bands.size(); k++) {
            if (bands.get(k).min().isEmpty() || d.rounded >= bands.get(k).min().get()) {
                b = k;
                break;
            }
        }
        if (d.vetoed(VetoKind.VETO)) {
            d.notes.add(Explanation.of("veto: graded " + bands.get(lowest).name() + " and no award ("
                    + d.reason(VetoKind.VETO) + ")", "一票否决：等次定为" + bands.get(lowest).name() + "，不得评奖（"
                    + d.reason(VetoKind.VETO) + "）"));
            return lowest;
        }
        if (b == 0 && d.vetoed(VetoKind.VETO_TOP_GRADE)) {
            b = Math.min(1, lowest);
            d.notes.add(Explanation.of("veto of the top grade: at most " + bands.get(b).name() + " ("
                    + d.reason(VetoKind.VETO_TOP_GRADE) + ")", "一票否优：等次最高为" + bands.get(b).name() + "（"
                    + d.reason(VetoKind.VETO_TOP_GRADE) + "）"));
        }
        return b;
    }

    /** Moves the holders of band k beyond its quota, if it has one, one band down. */
    private void quota(int k, List<UnitDraft> ranked, int poolSize) {
        if (bands.get(k).quota().isEmpty()) {
            return;
        }
        double quota = bands.get(k).quota().get();
        int allowed = (int) Math.floor(quota * poolSize + 1e-9);
        List<UnitDraft> holders = new ArrayList<>();
        for (UnitDraft d : ranked) {
            if (d.band == k && !d.vetoed(VetoKind.VETO)) {
                holders.add(d);
            }
        }
        if (holders.size() <= allowed) {
            return;
        }
        int cut = allowed;
        if (quotaTies == QuotaTies.DOWN) {
            while (cut > 0 && holders.get(cut - 1).rank == holders.get(cut).rank) {
                cut--;
            }
        } else {
            while (cut > 0 && cut < holders.size() && holders.get(cut).rank == holders.get(cut - 1).rank) {
                cut++;
            }
        }
        int below = Math.min(k + 1, bands.size() - 1);
        for (UnitDraft d : holders.subList(cut, holders.size())) {
            d.band = below;
            d.notes.add(Explanation.of("quota: " + bands.get(k).name() + " is limited to " + fmt(quota * 100) + "% of "
                    + poolSize + " units (" + allowed + "); moved down to " + bands.get(below).name(),
                    "名额限制：" + bands.get(k).name() + "限" + poolSize + "个单位的" + fmt(quota * 100) + "%（" + allowed
                    + "个），调整为" + bands.get(below).name()));
        }
    }
}
