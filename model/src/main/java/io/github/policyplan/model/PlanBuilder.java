package io.github.policyplan.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Plan.Builder} does, kept in a file of its own: each setter returns the {@code Plan.Builder}
 * it was called on. Sealed: {@code Plan.Builder} is its only kind; make one with {@link Plan#builder}.
 * Not thread-safe.
 */
public abstract sealed class PlanBuilder permits Plan.Builder {

    private final String id;
    private final String title;
    private String issuer;
    private PlanPeriod period;
    private Optional<SourceReference> source = Optional.empty();
    private final List<Department> departments = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private Optional<Strategy> aggregation = Optional.empty();
    private Optional<Strategy> rule = Optional.empty();
    private Optional<Cadence> cadence = Optional.empty();
    private final Map<String, Derivation> derivations = new LinkedHashMap<>();
    private final List<Breakdown> breakdowns = new ArrayList<>();
    private BreakdownSettings breakdownSettings = BreakdownSettings.DEFAULTS;

    PlanBuilder(String id, String title) {
        this.id = id;
        this.title = title;
    }

    private Plan.Builder self() {
        return (Plan.Builder) this;
    }

    /**
     * Sets who issued the plan.
     *
     * @param value the issuer
     * @return this builder
     */
    public Plan.Builder issuer(String value) {
        this.issuer = value;
        return self();
    }

    /**
     * Sets the period.
     *
     * @param value the period
     * @return this builder
     */
    public Plan.Builder period(PlanPeriod value) {
        this.period = value;
        return self();
    }

    /**
     * Sets the source document.
     *
     * @param value the source
     * @return this builder
     */
    public Plan.Builder source(SourceReference value) {
        this.source = Optional.of(value);
        return self();
    }

    /**
     * Adds a department.
     *
     * @param value the department
     * @return this builder
     */
    public Plan.Builder department(Department value) {
        departments.add(value);
        return self();
    }

    /**
     * Adds a section.
     *
     * @param value the section
     * @return this builder
     */
    public Plan.Builder section(Section value) {
        sections.add(value);
        return self();
    }

    /**
     * Makes a target a derived target: its value is computed from other targets' values.
     *
     * @param targetId the id of the derived target
     * @param value    how its value is derived
     * @return this builder
     */
    public Plan.Builder derive(String targetId, Derivation value) {
        derivations.put(targetId, value);
        return self();
    }

    /**
     * Sets how scores roll up by default.
     *
     * @param value the roll-up, such as {@code Strategy.named("weighted-mean")}
     * @return this builder
     */
    public Plan.Builder aggregation(Strategy value) {
        this.aggregation = Optional.of(value);
        return self();
    }

    /**
     * Sets the scoring rule of targets that name none.
     *
     * @param value the rule
     * @return this builder
     */
    public Plan.Builder rule(Strategy value) {
        this.rule = Optional.of(value);
        return self();
    }

    /**
     * Sets how often the targets that name no cadence report.
     *
     * @param value the cadence
     * @return this builder
     */
    public Plan.Builder cadence(Cadence value) {
        this.cadence = Optional.of(value);
        return self();
    }

    /**
     * Adds a breakdown: a target divided among the plan's units.
     *
     * @param value the breakdown
     * @return this builder
     */
    public Plan.Builder breakdown(Breakdown value) {
        breakdowns.add(value);
        return self();
    }

    /**
     * Sets how the units' values roll up; {@link BreakdownSettings#DEFAULTS} when not set.
     *
     * @param value the settings
     * @return this builder
     */
    public Plan.Builder breakdownSettings(BreakdownSettings value) {
        this.breakdownSettings = value;
        return self();
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     * @throws IllegalStateException when the issuer or period is not set
     * @throws InvalidPlanException  when the plan breaks a rule
     */
    public Plan build() {
        if (issuer == null || period == null) {
            throw new IllegalStateException("plan " + id + ": " + (issuer == null ? "issuer" : "period")
                    + " not set");
        }
        return new Plan(id, title, issuer, period, source, departments, sections, aggregation, rule, cadence,
                derivations, breakdowns, breakdownSettings);
    }
}
