package io.github.policyplan.scoring;

import io.github.policyplan.core.NumberText;

import io.github.policyplan.core.Explanation;

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

    static Optional<Forecast> forecast(Target t, List<Report> series, double start, LocalDate to,
            ForecastSettings settings) {
        if (!(t.goal() instanceof Goal.Amount)) {
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
        double goal = ((Goal.Amount) t.goal()).value();
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
        double[] fit = fit(x, compound ? logs(y) : y);
        double xTo = ChronoUnit.DAYS.between(first, to);
        double projected = compound ? Math.exp(fit[0] + fit[1] * xTo) : fit[0] + fit[1] * xTo;
        double last = y[n - 1];
        double lastX = x[n - 1];
        double current = compound ? (Math.exp(fit[0] + fit[1] * lastX) - Math.exp(fit[0] + fit[1] * (lastX - MONTH)))
                : fit[1] * MONTH;
        double monthsLeft = (xTo - lastX) / MONTH;
        double required = monthsLeft > 0 ? (goal - last) / monthsLeft : 0;
        double from = Double.isNaN(start) ? y[0] : start;
        double ratio;
        String how;
        String howZh;
        if (settings.method() == ForecastSettings.Method.GROWTH_RATIO && positive && goal > 0) {
            double years = lastX / 365.25;
            double yearsTotal = xTo / 365.25;
            double actualRate = Math.pow(last / y[0], 1 / years) - 1;
            double requiredRate = yearsTotal > 0 ? Math.pow(goal / y[0], 1 / yearsTotal) - 1 : 0;
            ratio = requiredRate == 0 ? (actualRate >= 0 ? 1 : -1) : actualRate / requiredRate;
            how = "ratio " + NumberText.format(ratio) + " = actual growth " + NumberText.percent(actualRate)
                    + " a year ÷ required " + NumberText.percent(requiredRate) + " a year";
            howZh = "比值 " + NumberText.format(ratio) + " = 实际年均增速" + NumberText.percent(actualRate) + " ÷ 所需年均增速"
                    + NumberText.percent(requiredRate);
        } else {
            ratio = goal == from ? (reached(t, projected, goal) ? 1 : 0) : (projected - from) / (goal - from);
            how = "ratio " + NumberText.format(ratio) + " = (" + NumberText.format(projected) + " − " + NumberText.format(from)
                    + ") ÷ (" + NumberText.format(goal) + " − " + NumberText.format(from) + ")";
            howZh = "比值 " + NumberText.format(ratio) + " = (" + NumberText.format(projected) + " − " + NumberText.format(from)
                    + ") ÷ (" + NumberText.format(goal) + " − " + NumberText.format(from) + ")";
        }
        if (!Double.isFinite(projected) || !Double.isFinite(ratio) || !Double.isFinite(current)
                || !Double.isFinite(required)) {
            return Optional.empty();
        }
        Likelihood likelihood = settings.of(ratio);
        String trend = compound ? "compound trend" : "linear trend";
        String trendZh = compound ? "复合增长趋势" : "线性趋势";
        String english = "projected " + NumberText.format(projected) + " by " + to + " (" + trend + " of " + n
                + " reports, " + signed(current) + " a month); " + signed(required)
                + " a month still needed to reach " + NumberText.format(goal) + "; " + how + " → " + likelihood.english();
        String chinese = "按" + n + "次报送的" + trendZh + "（每月" + signed(current) + "），预计" + to + "达到"
                + NumberText.format(projected) + "；实现目标" + NumberText.format(goal) + "尚需每月" + signed(required) + "；"
                + howZh + " → " + likelihood.chinese();
        return Optional.of(new Forecast(projected, to, current, required, ratio, likelihood, n,
                new Explanation(english, chinese)));
    }

    private static boolean reached(Target t, double value, double goal) {
        return t.measure().direction() == io.github.policyplan.model.Direction.LOWER_IS_BETTER ? value <= goal
                : value >= goal;
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

    /** Least squares: {intercept, slope}. */
    static double[] fit(double[] x, double[] y) {
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
        return new double[] {my - slope * mx, slope};
    }
}
