package io.github.policyplan.report;

import java.util.Locale;
import java.util.Objects;

/**
 * The language a report is written in: one at a time, so that a Chinese report holds no English
 * words and an English one no Chinese, apart from the names and titles taken from the input.
 */
public enum Language {
    /** Chinese (简体中文), the default. */
    CHINESE("zh", "zh-CN"),
    /** English. */
    ENGLISH("en", "en");

    private final String code;
    private final String tag;

    Language(String code, String tag) {
        this.code = code;
        this.tag = tag;
    }

    /**
     * Returns the short code used on command lines.
     *
     * @return {@code zh} or {@code en}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the language tag written into HTML ({@code <html lang="…">}).
     *
     * @return {@code zh-CN} or {@code en}
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the language with a code.
     *
     * @param code {@code zh} or {@code en}, in any case
     * @return the language
     * @throws IllegalArgumentException for any other code
     */
    public static Language of(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(c)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown report language '" + code + "' (expected zh or en)");
    }

    /** Picks the text in this language. */
    String pick(String chinese, String english) {
        return this == CHINESE ? chinese : english;
    }
}
