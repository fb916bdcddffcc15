package io.github.policyplan.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A small inline SVG chart of one target: its reports against the schedule's expected values, the
 * goal and the forecast. It draws what it is given and computes nothing but positions; coordinates
 * are written with one decimal, so the same inputs give the same text.
 */
final class Chart {

    private static final double WIDTH = 300;
    private static final double HEIGHT = 118;
    private static final double LEFT = 44;
    private static final double RIGHT = 292;
    private static final double TOP = 8;
    private static final double BOTTOM = 96;

    /** A value at a date. */
    record Point(LocalDate date, double value) {
    }

    /**
     * What a chart shows.
     *
     * @param reports  the reported values up to the date reported
     * @param expected the values expected by the schedule at the dates known (start, periods, due date)
     * @param goal     the goal, if a number
     * @param forecast the forecast, from the last report to the value projected, if any
     * @param asOf     the date reported
     */
    record Data(List<Point> reports, List<Point> expected, OptionalDouble goal, Optional<List<Point>> forecast,
            LocalDate asOf) {
        boolean isEmpty() {
            return reports.isEmpty() && expected.isEmpty() && goal.isEmpty();
        }
    }

    private Chart() {
    }

    /**
     * The chart as an {@code <svg>} element. Longer than our usual 60 lines on purpose: one pass that
     * finds the scale, then draws the axes, the expected schedule, the reports and the forecast in
     * the order they stack; split, each part would take the scale's six numbers as parameters.
     */
    static String svg(Data d, Language lang) {
        List<Point> all = new ArrayList<>(d.reports());
        all.addAll(d.expected());
        d.forecast().ifPresent(all::addAll);
        long minDay = d.asOf().toEpochDay();
        long maxDay = minDay;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Point p : all) {
            minDay = Math.min(minDay, p.date().toEpochDay());
            maxDay = Math.max(maxDay, p.date().toEpochDay());
            min = Math.min(min, p.value());
            max = Math.max(max, p.value());
        }
        if (d.goal().isPresent()) {
            min = Math.min(min, d.goal().getAsDouble());
            max = Math.max(max, d.goal().getAsDouble());
        }
        if (maxDay == minDay) {
            minDay--;
            maxDay++;
        }
        if (!(max > min)) {
            double pad = Math.max(1, Math.abs(max) * 0.1);
            min -= pad;
            max += pad;
        } else {
            double pad = (max - min) * 0.06;
            min = min >= 0 && min - pad < 0 ? 0 : min - pad;
            max += pad;
        }
        Scale s = new Scale(minDay, maxDay, min, max);

        StringBuilder out = new StringBuilder(1024);
        String title = lang.pick("完成值、时序进度、目标与预测", "Reports, schedule, goal and forecast");
        out.append("<svg viewBox=\"0 0 ").append(c(WIDTH)).append(' ')
                .append(c(HEIGHT)).append("\" role=\"img\" aria-label=\"").append(Html.esc(title))
                .append("\" font-size=\"9\">");
        out.append("<title>").append(Html.esc(title)).append("</title>");
        out.append("<rect x=\"").append(c(LEFT)).append("\" y=\"").append(c(TOP)).append("\" width=\"")
                .append(c(RIGHT - LEFT)).append("\" height=\"").append(c(BOTTOM - TOP))
                .append("\" fill=\"#fafafa\" stroke=\"#bbb\"/>");
        double x = s.x(d.asOf().toEpochDay());
        out.append("<line x1=\"").append(c(x)).append("\" y1=\"").append(c(TOP)).append("\" x2=\"").append(c(x))
                .append("\" y2=\"").append(c(BOTTOM)).append("\" stroke=\"#999\" stroke-dasharray=\"2 2\"/>");
        if (d.goal().isPresent()) {
            double y = s.y(d.goal().getAsDouble());
            out.append("<line x1=\"").append(c(LEFT)).append("\" y1=\"").append(c(y)).append("\" x2=\"")
                    .append(c(RIGHT)).append("\" y2=\"").append(c(y))
                    .append("\" stroke=\"#333\" stroke-dasharray=\"6 3\"/>");
        }
        line(out, s, d.expected(), "#8a8a8a", "1.6", null);
        d.forecast().ifPresent(f -> line(out, s, f, "#1f5fbf", "1.4", "1.5 2.5"));
        line(out, s, d.reports(), "#1f5fbf", "2", null);
        for (Point p : d.reports()) {
            out.append("<circle cx=\"").append(c(s.x(p.date().toEpochDay()))).append("\" cy=\"")
                    .append(c(s.y(p.value()))).append("\" r=\"2.4\" fill=\"#1f5fbf\"/>");
        }
        d.forecast().ifPresent(f -> {
            Point end = f.get(f.size() - 1);
            out.append("<circle cx=\"").append(c(s.x(end.date().toEpochDay()))).append("\" cy=\"")
                    .append(c(s.y(end.value()))).append("\" r=\"2.4\" fill=\"#fff\" stroke=\"#1f5fbf\"/>");
        });
        text(out, LEFT - 3, TOP + 3, "end", Words.number(round(max)));
        text(out, LEFT - 3, BOTTOM, "end", Words.number(round(min)));
        text(out, LEFT, BOTTOM + 12, "start", month(LocalDate.ofEpochDay(minDay)));
        text(out, RIGHT, BOTTOM + 12, "end", month(LocalDate.ofEpochDay(maxDay)));
        return out.append("</svg>").toString();
    }

    /** The legend shown once above the charts. */
    static String legend(Language lang) {
        String gap = lang.pick("　", "  ");
        return "<p class=\"legend\">"
                + sample("#1f5fbf", "2", null) + Html.esc(lang.pick("报送完成值", "reported")) + gap
                + sample("#8a8a8a", "1.6", null) + Html.esc(lang.pick("时序进度", "expected by the schedule")) + gap
                + sample("#333", "1", "6 3") + Html.esc(lang.pick("目标值", "goal")) + gap
                + sample("#1f5fbf", "1.4", "1.5 2.5") + Html.esc(lang.pick("预测", "forecast")) + gap
                + sample("#999", "1", "2 2") + Html.esc(lang.pick("报告日期", "date reported")) + "</p>\n";
    }

    private static String sample(String colour, String width, String dash) {
        return "<svg viewBox=\"0 0 24 8\" aria-hidden=\"true\"><line x1=\"1\" y1=\"4\" "
                + "x2=\"23\" y2=\"4\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/></svg> ";
    }

    private static void line(StringBuilder out, Scale s, List<Point> points, String colour, String width,
            String dash) {
        if (points.size() < 2) {
            if (points.size() == 1 && dash == null && !colour.equals("#1f5fbf")) {
                Point p = points.get(0);
                out.append("<circle cx=\"").append(c(s.x(p.date().toEpochDay()))).append("\" cy=\"")
                        .append(c(s.y(p.value()))).append("\" r=\"2\" fill=\"none\" stroke=\"").append(colour)
                        .append("\"/>");
            }
            return;
        }
        out.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width)
                .append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append(" points=\"");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            out.append(i == 0 ? "" : " ").append(c(s.x(p.date().toEpochDay()))).append(',').append(c(s.y(p.value())));
        }
        out.append("\"/>");
    }

    private static void text(StringBuilder out, double x, double y, String anchor, String text) {
        out.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" fill=\"#444\">").append(Html.esc(text)).append("</text>");
    }

    private static String month(LocalDate d) {
        return d.getYear() + "-" + (d.getMonthValue() < 10 ? "0" : "") + d.getMonthValue();
    }

    /** Rounds an axis label to a few significant digits. */
    private static double round(double v) {
        double magnitude = Math.abs(v);
        return magnitude >= 100 ? Math.rint(v) : magnitude >= 10 ? Math.rint(v * 10) / 10 : Math.rint(v * 100) / 100;
    }

    /** A coordinate with one decimal; coordinates are never negative. */
    static String c(double v) {
        long tenths = Math.round(Math.max(0, v) * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }

    /** Days and values to positions in the plot area. */
    private record Scale(long minDay, long maxDay, double min, double max) {
        double x(long day) {
            return LEFT + (RIGHT - LEFT) * (day - minDay) / (double) (maxDay - minDay);
        }

        double y(double value) {
            return BOTTOM - (BOTTOM - TOP) * (value - min) / (max - min);
        }
    }
}
