package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.core.NumberText;

import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Forecasts from a target's reports: a least-squares trend (straight for counts, rates and ranks;
 * compound — a straight line through the logarithms — for levels and shares, whose growth compounds)
 * projected to the due date, the monthly rates, and the likelihood of meeting the goal.
 */
final class Forecasts {

    /** Days in an average month. */
    static final double MONTH = 365.25 / 12;

    private Forecasts() {
    }

    /** A straight line fitted by least squares. */
    record Line(double intercept, double slope) {
        double at(double x) {
            return intercept + slope * x;
        }
    }

    /** The ratio of projected to needed progress, with how it follows. */
    private record Ratio(double value, String english, String chinese) {
    }

    static Optional<Forecast> forecast(Target t, List<Report> series, double start, LocalDate to,
            ForecastSettings settings) {
        return forecast(t, series, start, to, settings, 0);
    }

    /**
     * The forecast from a series without the points left out of it: {@code leftOut} rolled-up values that
     * covered only some units, which the explanation counts.
     */
    static Optional<Forecast> forecast(Target t, List<Report> series, double start, LocalDate to,
            ForecastSettings settings, int leftOut) {
        if (!(t.goal() instanceof Goal.Amount amount)) {
            return Optional.empty();
        }
        List<Report> numeric = new ArrayList<>();
        for (Report r : series) {
            if (r.value() instanceof Value.Amount) {
                numeric.add(r);
            }
        }
        if (numeric.size() < 2) {
            return Optional.empty();
        }
        double goal = amount.value();
        LocalDate first = numeric.get(0).date();
        int n = numeric.size();
        double[] x = new double[n];
        double[] y = new double[n];
        boolean positive = true;
        for (int i = 0; i < n; i++) {
            x[i] = ChronoUnit.DAYS.between(first, numeric.get(i).date());
            y[i] = ((Value.Amount) numeric.get(i).value()).value();
            positive &= y[i] > 0;
        }
        if (x[n - 1] == 0) {
            return Optional.empty();
        }
        MeasureKind kind = t.measure().kind();
        boolean compound = positive && (kind == MeasureKind.LEVEL || kind == MeasureKind.SHARE);
        Line fit = fit(x, compound ? logs(y) : y);
        double xTo = ChronoUnit.DAYS.between(first, to);
        double projected = compound ? Math.exp(fit.at(xTo)) : fit.at(xTo);
        double last = y[n - 1];
        double lastX = x[n - 1];
        double current = compound ? Math.exp(fit.at(lastX)) - Math.exp(fit.at(lastX - MONTH)) : fit.slope() * MONTH;
        double monthsLeft = (xTo - lastX) / MONTH;
        double required = monthsLeft > 0 ? (goal - last) / monthsLeft : 0;
        Ratio ratio = settings.method() == ForecastSettings.Method.GROWTH_RATIO && positive && goal > 0
                ? growthRatio(y[0], last, goal, first, numeric.get(n - 1).date(), to, lastX, xTo)
                : progressRatio(t, Double.isNaN(start) ? y[0] : start, projected, goal);
        if (!Double.isFinite(projected) || !Double.isFinite(ratio.value()) || !Double.isFinite(current)
                || !Double.isFinite(required)) {
            return Optional.empty();
        }
        return Optional.of(forecast(projected, to, current, required, goal, ratio, n, compound, settings, leftOut));
    }

    /**
     * Actual ÷ required yearly growth. Years are calendar years when the dates fall on the same day of the
     * year (yearly data: 2015 to 2020 is 5 years), else days ÷ 365.25.
     */
    private static Ratio growthRatio(double firstValue, double last, double goal, LocalDate first, LocalDate lastDate,
            LocalDate to, double lastX, double xTo) {
        double years = years(first, lastDate, lastX);
        double yearsTotal = years(first, to, xTo);
        double actualRate = Math.pow(last / firstValue, 1 / years) - 1;
        double requiredRate = yearsTotal > 0 ? Math.pow(goal / firstValue, 1 / yearsTotal) - 1 : 0;
        double ratio = requiredRate == 0 ? (actualRate >= 0 ? 1 : -1) : actualRate / requiredRate;
        return new Ratio(ratio, "ratio " + NumberText.format(ratio) + " = actual growth "
                + NumberText.percent(actualRate) + " a year ÷ required " + NumberText.percent(requiredRate) + " a year",
                "比值 " + NumberText.format(ratio) + " = 实际年均增速" + NumberText.percent(actualRate) + " ÷ 所需年均增速"
                        + NumberText.percent(requiredRate));
    }

    /** The years between two dates: whole calendar years when they fall on the same day of the year. */
    static double years(LocalDate from, LocalDate to, double days) {
        return from.getMonth() == to.getMonth() && from.getDayOfMonth() == to.getDayOfMonth()
                ? to.getYear() - from.getYear() : days / 365.25;
    }

    /** Projected ÷ needed progress from the start. */
    private static Ratio progressRatio(Target t, double from, double projected, double goal) {
        double gain = projected - from;
        // A compound fit through equal values projects them again up to rounding (-2.5e-16 of the gap): no
        // change is no change, stagnating, not a fall.
        if (Math.abs(gain) <= 1e-9 * Math.max(1, Math.max(Math.abs(from), Math.abs(goal)))) {
            gain = 0;
        }
        double ratio = goal == from ? (reached(t, projected, goal) ? 1 : 0) : gain / (goal - from);
        String how = "ratio " + NumberText.format(ratio) + " = (" + NumberText.format(projected) + " − "
                + NumberText.format(from) + ") ÷ (" + NumberText.format(goal) + " − " + NumberText.format(from) + ")";
        String howZh = "比值 " + NumberText.format(ratio) + " = (" + NumberText.format(projected) + " − "
                + NumberText.format(from) + ") ÷ (" + NumberText.format(goal) + " − " + NumberText.format(from) + ")";
        return new Ratio(ratio, how, howZh);
    }

    private static Forecast forecast(double projected, LocalDate to, double current, double required, double goal,
            Ratio ratio, int n, boolean compound, ForecastSettings settings, int leftOut) {
        Likelihood likelihood = settings.of(ratio.value());
        String trend = compound ? "compound trend" : "linear trend";
        String trendZh = compound ? "复合增长趋势" : "线性趋势";
        String english = "projected " + NumberText.format(projected) + " by " + to + " (" + trend + " of " + n
                + " reports, " + signed(current) + " a month" + leftOut(leftOut)[0] + "); " + signed(required)
                + " a month still needed to reach " + NumberText.format(goal) + "; " + ratio.english() + " → "
                + likelihood.english();
        String chinese = "按" + n + "次报送的" + trendZh + "（每月" + signed(current) + leftOut(leftOut)[1] + "），预计" + to
                + "达到"
                + NumberText.format(projected) + "；实现目标" + NumberText.format(goal) + "尚需每月" + signed(required)
                + "；" + ratio.chinese() + " → " + likelihood.chinese();
        return new Forecast(projected, to, current, required, ratio.value(), likelihood, n,
                Explanation.of(english, chinese));
    }

    /**
     * What the trend leaves out, in English and Chinese: nothing, or the rolled-up values that covered only
     * some units, whose partial sums would bend the trend down.
     */
    static String[] leftOut(int points) {
        if (points == 0) {
            return new String[] {"", ""};
        }
        return new String[] {"; " + points + (points == 1 ? " value" : " values") + " left out: "
            + (points == 1 ? "it covered" : "they covered") + " only some units, a partial total",
            "；另有" + points + "个时点仅部分单位报送，未计入趋势"};
    }

    private static boolean reached(Target t, double value, double goal) {
        return t.measure().direction() == Direction.LOWER_IS_BETTER ? value <= goal : value >= goal;
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + NumberText.format(value);
    }

    private static double[] logs(double[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.log(y[i]);
        }
        return out;
    }

    /** Least squares. */
    static Line fit(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new Line(my - slope * mx, slope);
    }
}
