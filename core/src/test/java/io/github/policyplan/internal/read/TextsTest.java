package io.github.policyplan.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounded edit distance agrees with the full one within its bound; suggestions are bounded work. */
class TextsTest {

    /** The full table, as the suggestions were once computed. */
    private static int full(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void theBoundedDistanceIsExactWithinItsBoundAndAboveItOtherwise() {
        Random random = new Random(12);
        for (int k = 0; k < 20_000; k++) {
            String a = word(random);
            String b = word(random);
            int bound = random.nextInt(5);
            int exact = full(a, b);
            int bounded = Texts.distance(a, b, bound);
            if (exact <= bound) {
                assertThat(bounded).as("%s %s within %d", a, b, bound).isEqualTo(exact);
            } else {
                assertThat(bounded).as("%s %s within %d", a, b, bound).isGreaterThan(bound);
            }
            assertThat(Texts.distance(a, b)).isEqualTo(exact);
        }
    }

    private static String word(Random random) {
        char[] c = new char[random.nextInt(9)];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ('a' + random.nextInt(3));
        }
        return new String(c);
    }

    @Test
    void suggestionsAreTheNearestNameWithinTheLimit() {
        assertThat(Texts.didYouMean("weighted_mean", List.of("points", "weakest", "weighted-mean")))
                .contains("did you mean 'weighted-mean'?");
        assertThat(Texts.didYouMean("veto-top", List.of("veto-top-grade", "cap"))).contains("did you mean 'veto-top-grade'?");
        assertThat(Texts.didYouMean("zzzzzz", List.of("points", "weakest"))).isEmpty();
    }

    @Test
    void aHugeNameIsComparedOnlyWithNamesThatBeginIt() {
        String huge = "局".repeat(5 << 20);

        assertThat(Texts.didYouMean(huge, List.of("县科技局", "局局"))).contains("did you mean '局局'?");
        assertThat(Texts.didYouMean(huge, List.of("县科技局"))).isEmpty();
    }

    @Test
    void pathsAndMessagesAreShortened() {
        String path = "sections[0]." + "k".repeat(60_000);

        assertThat(Texts.shortPath(path)).hasSize(200).startsWith("sections[0].kkk").contains("…");
        assertThat(Texts.shortPath("sections[0].targets[1]")).isEqualTo("sections[0].targets[1]");
        assertThat(Texts.shortMessage("x".repeat(60_000))).hasSize(600);
        assertThat(Texts.shortList(List.of("a".repeat(30), "b".repeat(30), "c"))).hasSize(40).endsWith("…");
    }
}
