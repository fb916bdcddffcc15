package io.github.policyplan.core;

import java.util.Objects;

/**
 * How a number was reached, in words a person can check by hand, in English and in Chinese:
 * {@code 62.5 = 25 ÷ 40 × 100 (completion rate, capped at 120); expected 40 = 0 + (80 − 0) × 182/365}.
 *
 * <pre>{@code
 * Explanation why = card.node("s1.i1.t1").explanation();
 * why.inChinese();   // 得分 100 = 完成值6 ÷ 时序目标5.95 × 100（完成率）…
 * why.inEnglish();   // score 100 = 6 ÷ 5.95 × 100 (completion rate) …
 * }</pre>
 *
 * <p>Immutable and thread-safe; neither text is null. Two explanations are equal when both texts are.
 */
public final class Explanation {

    private final String english;
    private final String chinese;

    private Explanation(String english, String chinese) {
        this.english = Objects.requireNonNull(english, "english");
        this.chinese = Objects.requireNonNull(chinese, "chinese");
    }

    /**
     * Returns the explanation with these texts.
     *
     * @param english the explanation in English, not null
     * @param chinese the explanation in Chinese, not null
     * @return the explanation
     */
    public static Explanation of(String english, String chinese) {
        return new Explanation(english, chinese);
    }

    /**
     * Returns the English text.
     *
     * @return the explanation in English
     */
    public String inEnglish() {
        return english;
    }

    /**
     * Returns the Chinese text.
     *
     * @return the explanation in Chinese
     */
    public String inChinese() {
        return chinese;
    }

    /**
     * Returns whether the other object is an explanation with the same texts.
     *
     * @param o the other object
     * @return true when both texts are equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation other && english.equals(other.english) && chinese.equals(other.chinese);
    }

    /**
     * Returns a hash of both texts.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * english.hashCode() + chinese.hashCode();
    }

    /**
     * Returns both, Chinese first, each on its own line.
     *
     * @return the two texts
     */
    @Override
    public String toString() {
        return chinese + "\n" + english;
    }
}
