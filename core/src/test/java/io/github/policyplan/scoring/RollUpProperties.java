package io.github.policyplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.policyplan.model.Strategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * The laws of roll-up, for every roll-up: the order of children does not matter; scaling all weights
 * does not matter (except for points, where weights are the points); a child with no score changes
 * the coverage, not the weighted mean of the others; the mean lies between the lowest and the highest
 * child score.
 */
class RollUpProperties {

    private static final List<String> NAMES = List.of("weighted-mean", "missing-as-zero", "weakest", "points");

    @Provide
    Arbitrary<List<RollUps.Child>> children() {
        Arbitrary<RollUps.Child> child = Combinators.combine(
                Arbitraries.strings().alpha().ofLength(3),
                Arbitraries.doubles().between(0.01, 100).ofScale(2),
                Arbitraries.doubles().between(0, 120).ofScale(3).optional(0.8))
                .as((id, weight, score) -> new RollUps.Child(id, weight,
                        score.map(OptionalDouble::of).orElse(OptionalDouble.empty()), score.isPresent() ? 1 : 0,
                        score.isPresent() ? Status.ON_TRACK : Status.NO_DATA));
        return child.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Property(tries = 500)
    void theOrderOfChildrenDoesNotMatter(@ForAll("children") List<RollUps.Child> children, @ForAll("names") String name,
            @ForAll long seed) {
        List<RollUps.Child> shuffled = new ArrayList<>(children);
        Collections.shuffle(shuffled, new java.util.Random(seed));

        RollUps.Result a = RollUps.rollUp(RollUps.RollUp.of(Strategy.named(name)), children);
        RollUps.Result b = RollUps.rollUp(RollUps.RollUp.of(Strategy.named(name)), shuffled);

        assertThat(b.score().isPresent()).isEqualTo(a.score().isPresent());
        if (a.score().isPresent()) {
            assertThat(b.score().getAsDouble()).isCloseTo(a.score().getAsDouble(), within(1e-9));
        }
        assertThat(b.coverage()).isCloseTo(a.coverage(), within(1e-12));
    }

    @Property(tries = 500)
    void scalingAllWeightsDoesNotMatter(@ForAll("children") List<RollUps.Child> children,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double factor) {
        for (String name : List.of("weighted-mean", "missing-as-zero", "weakest")) {
            List<RollUps.Child> scaled = new ArrayList<>();
            for (RollUps.Child c : children) {
                scaled.add(new RollUps.Child(c.id(), c.weight() * factor, c.score(), c.coverage(), c.status()));
            }

            RollUps.Result a = RollUps.rollUp(RollUps.RollUp.of(Strategy.named(name)), children);
            RollUps.Result b = RollUps.rollUp(RollUps.RollUp.of(Strategy.named(name)), scaled);

            if (a.score().isPresent()) {
                assertThat(b.score().getAsDouble()).as(name).isCloseTo(a.score().getAsDouble(), within(1e-6));
            } else {
                assertThat(b.score()).as(name).isEmpty();
            }
            assertThat(b.coverage()).as(name).isCloseTo(a.coverage(), within(1e-9));
        }
    }

    @Property(tries = 500)
    void aChildWithNoScoreChangesCoverageNotTheMeanOfTheOthers(@ForAll("children") List<RollUps.Child> children,
            @ForAll @DoubleRange(min = 0.01, max = 100) double weight) {
        List<RollUps.Child> more = new ArrayList<>(children);
        more.add(new RollUps.Child("new", weight, OptionalDouble.empty(), 0, Status.NO_DATA));

        RollUps.Result a = RollUps.rollUp(RollUps.RollUp.of(Strategy.named("weighted-mean")), children);
        RollUps.Result b = RollUps.rollUp(RollUps.RollUp.of(Strategy.named("weighted-mean")), more);

        if (a.score().isPresent()) {
            assertThat(b.score().getAsDouble()).isCloseTo(a.score().getAsDouble(), within(1e-9));
            assertThat(b.coverage()).isLessThan(a.coverage());
        } else {
            assertThat(b.score()).isEmpty();
        }
    }

    @Property(tries = 500)
    void theMeanLiesBetweenTheLowestAndHighestChildScore(@ForAll("children") List<RollUps.Child> children) {
        RollUps.Result r = RollUps.rollUp(RollUps.RollUp.of(Strategy.named("weighted-mean")), children);
        double min = children.stream().filter(c -> c.score().isPresent())
                .mapToDouble(c -> c.score().getAsDouble()).min().orElse(Double.NaN);
        double max = children.stream().filter(c -> c.score().isPresent())
                .mapToDouble(c -> c.score().getAsDouble()).max().orElse(Double.NaN);

        if (r.score().isPresent()) {
            assertThat(r.score().getAsDouble()).isBetween(min - 1e-9, max + 1e-9);
            assertThat(RollUps.rollUp(RollUps.RollUp.of(Strategy.named("weakest")), children).score().getAsDouble()).isEqualTo(min);
        }
    }

    @Property(tries = 200)
    void belowTheMinimumCoverageANodeHasNoScore(@ForAll("children") List<RollUps.Child> children) {
        RollUps.Result plain = RollUps.rollUp(RollUps.RollUp.of(Strategy.named("weighted-mean")), children);
        Strategy strict = new Strategy("weighted-mean", java.util.Map.of("minCoverage", 1.0));

        RollUps.Result r = RollUps.rollUp(RollUps.RollUp.of(strict), children);

        assertThat(r.score().isPresent()).isEqualTo(plain.score().isPresent() && plain.coverage() >= 1.0);
    }
}
