package io.github.policyplan.core;

import java.util.Objects;

/**
 * How a number was reached, in words a person can check by hand, in English and in Chinese:
 * {@code 62.5 = 25 ÷ 40 × 100 (completion rate, capped at 120); expected 40 = 0 + (80 − 0) × 182/365}.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param english the explanation in English
 * @param chinese the explanation in Chinese
 */
public record Explanation(String english, String chinese) {

    /**
     * Checks the components.
     *
     * @param english the explanation in English
     * @param chinese the explanation in Chinese
     */
    public Explanation {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
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
     * Returns both, Chinese first, each on its own line.
     *
     * @return the two texts
     */
    @Override
    public String toString() {
        return chinese + "\n" + english;
    }
}
