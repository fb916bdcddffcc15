package io.github.policyplan.rules;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code bands}. */
final class Bands extends BuiltInRule {
    Bands() {
        super("bands", "bands", "otherwise", "interpolate");
    }

    /** One band: from {@code min} % of completion, {@code points}. */
    private record Band(double min, double points) {
    }

    @Override
    void checkOwn(Target target, Map<String, Object> given, List<Violation> problems) {
        Object b = given.get("bands");
        if (!given.containsKey("bands")) {
            problems.add(new Violation("", "missing parameter 'bands'"));
        } else if (!(b instanceof List<?> list) || list.isEmpty()) {
            problems.add(new Violation("bands", "bands must be a list of {min, points} (was " + b + ")"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (!(item instanceof Map<?, ?> band) || !(band.get("min") instanceof Double)
                        || !(band.get("points") instanceof Double) || band.size() != 2) {
                    problems.add(new Violation("bands[" + i + "]", "a band is {min: completion %, points: score}"
                            + " (was " + item + ")"));
                }
            }
        }
        number(given, "otherwise", false, 0, 1000, problems);
        if (given.containsKey("interpolate") && !(given.get("interpolate") instanceof Boolean)) {
            problems.add(new Violation("interpolate", "interpolate must be true or false (was "
                    + given.get("interpolate") + ")"));
        }
    }

    /** The bands, lowest first. */
    private static List<Band> bands(RuleInput in) {
        List<Band> bands = new ArrayList<>();
        for (Parameter band : in.parameter("bands").list()) {
            bands.add(new Band(band.get("min").number(), band.get("points").number()));
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("parameter bands must list at least one band {min, points}");
        }
        bands.sort(Comparator.comparingDouble(Band::min));
        return bands;
    }

    @Override
    public RuleResult score(RuleInput in) {
        if (!numeric(in)) {
            return numbersOnly(in, "bands");
        }
        Completion c = Completion.of(in);
        if (!c.isDefined()) {
            return c.none();
        }
        List<Band> bands = bands(in);
        double otherwise = in.number("otherwise", 0);
        String rate = "completion " + NumberText.format(c.rate()) + "% = " + c.english();
        String rateZh = "完成率" + NumberText.format(c.rate()) + "% = " + c.chinese();
        Band lowest = bands.get(0);
        if (c.rate() < lowest.min()) {
            return clamped(otherwise, NumberText.format(otherwise) + ": " + rate + " is below every band (lowest "
                    + NumberText.format(lowest.min()) + "%)", NumberText.format(otherwise) + "：" + rateZh
                    + "，低于最低档" + NumberText.format(lowest.min()) + "%", in);
        }
        int i = 0;
        while (i + 1 < bands.size() && c.rate() >= bands.get(i + 1).min()) {
            i++;
        }
        Band band = bands.get(i);
        if (i + 1 == bands.size() || !in.parameter("interpolate").flag(false)) {
            return clamped(band.points(), NumberText.format(band.points()) + ": " + rate + " ≥ "
                    + NumberText.format(band.min()) + "%", NumberText.format(band.points()) + "：" + rateZh + " ≥ "
                    + NumberText.format(band.min()) + "%", in);
        }
        Band next = bands.get(i + 1);
        double raw = band.points() + (next.points() - band.points()) * (c.rate() - band.min())
                / (next.min() - band.min());
        String core = NumberText.format(raw) + " = " + NumberText.format(band.points()) + " + ("
                + NumberText.format(next.points()) + " − " + NumberText.format(band.points()) + ") × ("
                + NumberText.format(c.rate()) + " − " + NumberText.format(band.min()) + ") ÷ ("
                + NumberText.format(next.min()) + " − " + NumberText.format(band.min()) + ")";
        return clamped(raw, core + "; " + rate, core + "；" + rateZh, in);
    }
}
