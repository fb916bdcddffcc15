package io.github.policyplan.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The did-you-mean distance reuses its rows from one comparison to the next: whatever came before, each
 * distance is the one worked out on fresh rows.
 */
class DistanceProperties {

    @Property(tries = 300)
    void reusedRowsGiveTheDistanceOfFreshOnes(
            @ForAll @Size(min = 1, max = 12) List<@StringLength(max = 14) @Chars({'a', 'b', 'c'}) String> names,
            @ForAll @StringLength(max = 14) @Chars({'a', 'b', 'c'}) String wrong, @ForAll @IntRange(min = 0, max = 5) int bound) {
        Texts.Rows shared = new Texts.Rows();
        for (String name : names) {
            assertThat(Texts.distance(wrong, name, bound, shared)).isEqualTo(Texts.distance(wrong, name, bound));
            assertThat(Texts.distance(name, wrong, bound, shared)).isEqualTo(Texts.distance(name, wrong, bound));
        }
    }
}
