package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Derivation;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values of a plan's derived targets ({@link Derivation}), computed at scoring time from the values
 * of their inputs at the date, and read by the judge like reports through the same cursor: a derived
 * target's one "report" at a day has the derived value, dated by its oldest input (it is only as current
 * as that). It has none when an input has no report on or before the day, or when a ratio's denominator
 * is 0; the {@link #words} say which. Reports written for a derived target itself are not read. An input
 * may be derived in turn; the plan has refused cycles.
 *
 * <p>Not thread-safe: one per scoring pass or explanation, like the cursor it wraps.
 */
final class DerivedValues implements ProgressLog.Cursor {

    private final Plan plan;
    private final ProgressLog.Cursor reports;
    /** By target index: its derivation, or null for a reported target. */
    private final Derivation[] derivations;
    /** By target index: its inputs' indexes. */
    private final int[][] inputs;
    /** By target index: the day its value was last computed for, or {@link Long#MIN_VALUE}. */
    private final long[] computedFor;
    private final double[] values;
    private final int[] days;

    private DerivedValues(Plan plan, ProgressLog.Cursor reports) {
        this.plan = plan;
        this.reports = reports;
        int n = plan.targets().size();
        this.derivations = new Derivation[n];
        this.inputs = new int[n][];
        this.computedFor = new long[n];
        this.values = new double[n];
        this.days = new int[n];
        plan.derivations().forEach((id, d) -> {
            int i = plan.indexOf(id);
            derivations[i] = d;
            inputs[i] = d.inputs().stream().mapToInt(plan::indexOf).toArray();
        });
        Arrays.fill(computedFor, Long.MIN_VALUE);
    }

    /** The cursor scoring reads a plan's values through: the log's own when no target is derived. */
    static ProgressLog.Cursor cursor(Plan plan, ProgressLog log) {
        ProgressLog.Cursor own = log.cursor(plan);
        return plan.derivations().isEmpty() ? own : new DerivedValues(plan, own);
    }

    /** The derived values of a plan with derived targets, to explain them. */
    static DerivedValues of(Plan plan, ProgressLog log) {
        return new DerivedValues(plan, log.cursor(plan));
    }

    /** The changed targets and every derived target whose value depends on one of them, however indirectly. */
    static Collection<String> withDependents(Plan plan, Collection<String> changed) {
        if (plan.derivations().isEmpty()) {
            return changed;
        }
        Set<String> all = new LinkedHashSet<>(changed);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Derivation> e : plan.derivations().entrySet()) {
                if (!all.contains(e.getKey()) && e.getValue().inputs().stream().anyMatch(all::contains)) {
                    all.add(e.getKey());
                    grew = true;
                }
            }
        }
        return all;
    }

    private boolean derived(int index) {
        return derivations[index] != null;
    }

    /** Computes a derived target's value at a day, once per day; NaN when it has none. */
    private void compute(int index, long day) {
        if (computedFor[index] == day) {
            return;
        }
        int[] in = inputs[index];
        double[] v = new double[in.length];
        int oldest = Integer.MAX_VALUE;
        double value = 0;
        for (int k = 0; k < in.length && !Double.isNaN(value); k++) {
            int p = latest(in[k], day);
            if (p < 0 || isLevel(in[k], p)) {
                value = Double.NaN;
            } else {
                v[k] = amount(in[k], p);
                oldest = Math.min(oldest, day(in[k], p));
            }
        }
        if (!Double.isNaN(value)) {
            value = derivations[index].apply(v);
        }
        values[index] = Double.isFinite(value) ? value : Double.NaN;
        days[index] = oldest;
        computedFor[index] = day;
    }

    @Override
    public int latest(int index, long day) {
        if (!derived(index)) {
            return reports.latest(index, day);
        }
        compute(index, day);
        return Double.isNaN(values[index]) ? -1 : 0;
    }

    @Override
    public int day(int index, int position) {
        return derived(index) ? days[index] : reports.day(index, position);
    }

    @Override
    public boolean isLevel(int index, int position) {
        return !derived(index) && reports.isLevel(index, position);
    }

    @Override
    public double amount(int index, int position) {
        return derived(index) ? values[index] : reports.amount(index, position);
    }

    @Override
    public Value value(int index, int position) {
        return derived(index) ? Value.of(values[index]) : reports.value(index, position);
    }

    /**
     * The value of a derived target at a date as a report, for the words and the result of its node.
     *
     * @return the report, empty for a reported target or a derived one without a value
     */
    Optional<Report> report(int index, LocalDate asOf) {
        if (!derived(index) || latest(index, asOf.toEpochDay()) < 0) {
            return Optional.empty();
        }
        return Optional.of(Report.of(plan.targets().get(index).id(), LocalDate.ofEpochDay(days[index]),
                values[index]));
    }

    /**
     * How a derived target's value follows from its inputs' at a date, or why it has none: {@code 2.1 = 研发投入
     * 4.2 ÷ 地区生产总值 200 × 100}; empty for a reported target.
     */
    Optional<Explanation> words(int index, LocalDate asOf) {
        if (!derived(index)) {
            return Optional.empty();
        }
        long day = asOf.toEpochDay();
        Derivation d = derivations[index];
        List<String> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i : inputs[index]) {
            Target t = plan.targets().get(i);
            int p = latest(i, day);
            if (p < 0) {
                missing.add(t.title());
            } else {
                parts.add(t.title() + " " + NumberText.format(amount(i, p)));
            }
        }
        if (!missing.isEmpty()) {
            String names = String.join("、", missing);
            return Optional.of(Explanation.of("no value: " + names + " has no value on or before " + asOf,
                    "无完成值：" + names + "在" + asOf + "及之前无数据"));
        }
        compute(index, day);
        if (Double.isNaN(values[index])) {
            String denominator = plan.targets().get(inputs[index][1]).title();
            return Optional.of(Explanation.of("no value: the denominator " + denominator + " is 0",
                    "无完成值：分母" + denominator + "为0"));
        }
        String formula = plan.targets().get(index).title() + " " + NumberText.format(values[index]) + " = " + switch (d.kind()) {
            case SUM -> String.join(" + ", parts);
            case RATIO -> parts.get(0) + " ÷ " + parts.get(1);
            case SHARE -> parts.get(0) + " ÷ " + parts.get(1) + " × 100";
        };
        String since = LocalDate.ofEpochDay(days[index]).toString();
        return Optional.of(Explanation.of("derived: " + formula + " (the oldest input is of " + since + ")",
                "派生值：" + formula + "（最早一项数据为" + since + "）"));
    }
}
