package io.github.policyplan.assessment;

import static io.github.policyplan.assessment.UnitWords.fmt;

import io.github.policyplan.assessment.AssessmentScheme.Adjustment;
import io.github.policyplan.assessment.AssessmentScheme.AdjustmentKind;
import io.github.policyplan.assessment.AssessmentScheme.Veto;
import io.github.policyplan.core.Explanation;
import io.github.policyplan.rollup.Completeness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Adjustments and vetoes: the bonus and penalty entries dated in the period, each capped by its
 * category's cap and then by its kind's, in the order written, make a unit's score from its base;
 * then the penalty for the reports missing in the period ({@code reporting:}), capped by its own cap and
 * then like the entries; the vetoes dated in the period are kept for grading and awards. Made once per scheme; immutable.
 */
final class Adjusting {

    private final AssessmentScheme.Caps caps;
    private final Optional<ReportingPenalty> reporting;
    /** Each unit's entries, in the order written. */
    private final Map<String, List<Adjustment>> adjustments;
    /** Each unit's vetoes, in the order written. */
    private final Map<String, List<Veto>> vetoes;

    Adjusting(AssessmentScheme scheme) {
        this.caps = scheme.caps();
        this.reporting = scheme.reporting();
        this.adjustments = scheme.adjustments().stream().collect(Collectors.groupingBy(Adjustment::unit));
        this.vetoes = scheme.vetoes().stream().collect(Collectors.groupingBy(Veto::unit));
    }

    /**
     * Applies a unit's vetoes and adjustments in a period, then the penalty for its missing reports; a unit
     * without a base gets its vetoes only.
     *
     * @param d       the unit
     * @param period  the period
     * @param missing the reports the unit has not made in the period (empty without {@code reporting:})
     */
    void apply(UnitDraft d, AssessmentPeriod period, List<Completeness.Missing> missing) {
        for (Veto v : vetoes.getOrDefault(d.unit, List.of())) {
            if (period.contains(v.date())) {
                d.vetoes.add(v);
            }
        }
        if (d.base.score().isEmpty()) {
            return;
        }
        Totals totals = new Totals();
        for (Adjustment a : adjustments.getOrDefault(d.unit, List.of())) {
            if (period.contains(a.date())) {
                d.adjustments.add(totals.count(a, Optional.empty(), Optional.empty()));
            }
        }
        if (reporting.isPresent() && !missing.isEmpty()) {
            ReportingPenalty r = reporting.get();
            Adjustment a = new Adjustment(d.unit, AdjustmentKind.PENALTY, r.penaltyFor(missing.size()), r.category(),
                    ReportingWords.reason(missing, r).inChinese(), Optional.empty(), period.end());
            d.adjustments.add(totals.count(a, r.cap(), Optional.of(ReportingWords.reason(missing, r))));
        }
        d.score = OptionalDouble.of(d.base.score().getAsDouble() + totals.bonus - totals.penalty);
    }

    /** A kind of adjustment in one category, which a category cap limits. */
    private record Category(AdjustmentKind kind, String category) {
    }

    /** What one unit's entries have counted so far, by kind and by category. */
    private final class Totals {
        double bonus;
        double penalty;
        final Map<Category, Double> byCategory = new HashMap<>();

        /**
         * Counts an entry: as much of its points as its own cap (of {@code reporting:}), the category's cap and
         * then the kind's leave.
         */
        AppliedAdjustment count(Adjustment a, Optional<Double> ownCap, Optional<Explanation> words) {
            boolean isBonus = a.kind() == AdjustmentKind.BONUS;
            Category category = new Category(a.kind(), a.category());
            double counted = a.points();
            List<String> notes = new ArrayList<>();
            if (ownCap.isPresent() && counted > ownCap.get()) {
                counted = ownCap.get();
                notes.add("reporting capped at " + fmt(ownCap.get()));
            }
            Optional<Double> categoryCap = Optional.ofNullable(caps.categories().get(a.category()));
            double used = byCategory.getOrDefault(category, 0.0);
            if (categoryCap.isPresent() && used + counted > categoryCap.get()) {
                counted = Math.max(0, categoryCap.get() - used);
                notes.add("category " + a.category() + " capped at " + fmt(categoryCap.get()));
            }
            Optional<Double> kindCap = isBonus ? caps.bonus() : caps.penalty();
            double sofar = isBonus ? bonus : penalty;
            if (kindCap.isPresent() && sofar + counted > kindCap.get()) {
                counted = Math.max(0, kindCap.get() - sofar);
                notes.add((isBonus ? "bonus" : "penalty") + " capped at " + fmt(kindCap.get()));
            }
            byCategory.merge(category, counted, Double::sum);
            if (isBonus) {
                bonus += counted;
            } else {
                penalty += counted;
            }
            return new AppliedAdjustment(a, counted, String.join("; ", notes), words);
        }
    }
}
