package io.github.policyplan.scoring;

import io.github.policyplan.internal.Decimals;

/** Formats numbers for explanations: at most two decimals, half up, no trailing zeros, no locale. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        return Decimals.twoPlaces(value);
    }

    static String percent(double share) {
        return format(share * 100) + "%";
    }
}
