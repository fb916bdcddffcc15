package io.github.policyplan.report;

import java.util.Objects;
import java.util.Optional;

/**
 * How reports are written: the language, whether the figures are illustrative (示例数值) and must
 * say so, and the word for the whole of what the plan covers ({@code 全县}).
 *
 * <pre>{@code
 * ReportSettings zh = ReportSettings.standard();                          // Chinese, real figures
 * ReportSettings en = ReportSettings.standard().withLanguage(Language.ENGLISH).withIllustrative(true);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code with…} methods return a new instance and reject null.
 */
public final class ReportSettings {

    private static final ReportSettings STANDARD = new ReportSettings(Language.CHINESE, false, Optional.empty());

    private final Language language;
    private final boolean illustrative;
    private final Optional<String> scope;

    private ReportSettings(Language language, boolean illustrative, Optional<String> scope) {
        this.language = language;
        this.illustrative = illustrative;
        this.scope = scope;
    }

    /**
     * Returns the standard settings: Chinese, figures not marked illustrative, scope {@code 全县}.
     *
     * @return the settings
     */
    public static ReportSettings standard() {
        return STANDARD;
    }

    /**
     * Returns these settings in another language.
     *
     * @param value Chinese or English
     * @return new settings
     */
    public ReportSettings withLanguage(Language value) {
        return new ReportSettings(Objects.requireNonNull(value, "language"), illustrative, scope);
    }

    /**
     * Returns these settings with the figures marked illustrative or not. When marked, every report
     * carries the label 示例数值 (in English, "illustrative figures") where its figures are shown.
     *
     * @param value true when the goals or reports are invented, as in the examples
     * @return new settings
     */
    public ReportSettings withIllustrative(boolean value) {
        return new ReportSettings(language, value, scope);
    }

    /**
     * Returns these settings with the word for the whole the plan covers, as a bulletin writes it:
     * {@code 全县47项重点目标中}, {@code 全市…}.
     *
     * @param value such as {@code 全市}; not blank
     * @return new settings
     * @throws IllegalArgumentException when blank
     */
    public ReportSettings withScope(String value) {
        Objects.requireNonNull(value, "scope");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the scope of a report must not be blank");
        }
        return new ReportSettings(language, illustrative, Optional.of(value.strip()));
    }

    /**
     * Returns the language.
     *
     * @return Chinese unless set
     */
    public Language language() {
        return language;
    }

    /**
     * Tells whether the figures are marked illustrative.
     *
     * @return false unless set
     */
    public boolean illustrative() {
        return illustrative;
    }

    /**
     * Returns the scope word, if one was set; reports use {@code 全县} (in English "the county") otherwise.
     *
     * @return the scope
     */
    public Optional<String> scope() {
        return scope;
    }

    /** The scope word in the report's language. */
    String scopeText() {
        return scope.orElse(language.pick("全县", "the county"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportSettings && ((ReportSettings) o).language == language
                && ((ReportSettings) o).illustrative == illustrative && ((ReportSettings) o).scope.equals(scope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, illustrative, scope);
    }

    @Override
    public String toString() {
        return "ReportSettings[" + language.code() + (illustrative ? ", illustrative" : "")
                + scope.map(s -> ", scope " + s).orElse("") + "]";
    }
}
