package io.github.policyplan.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policyplan.internal.write.JsonOutput;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Value;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Status;
import io.github.policyplan.scoring.TargetResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Supervision notices (督办单, 三色督办): for each lead department, its targets that need pressing and
 * in which colour, decided from the statuses of its scorecards by {@link SupervisionRules} — blue
 * when the due date is near and the goal not met, yellow (or orange) when behind the schedule, red
 * when overdue, one colour up for each further consecutive period with a colour. The workflow around a
 * notice (交办, 签收, 办理, 反馈, 复核, 办结销号) belongs to the application; this decides which targets
 * need which colour and why, and writes the notices as HTML (one printable page per department), CSV
 * and JSON.
 *
 * <pre>{@code
 * List<Scorecard> cards = Scoring.standard().series(plan, log, Scoring.quarterEnds(2023));
 * Supervision s = Supervision.of(ScoredPlan.of(plan, log, cards), SupervisionRules.standard());
 * for (Supervision.Notice n : s.notices()) {
 *     n.name(); n.colour(); n.items();          // 县科技局, RED, the targets and why
 * }
 * String html = s.html(ReportSettings.standard());
 * }</pre>
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param planId  the plan's id
 * @param title   the plan's title
 * @param issuer  who issued the plan, and so the notices
 * @param asOf    the date reported
 * @param rules   the rules applied
 * @param notices the notices, one per lead department with a target to press, in the plan's order of departments
 */
public record Supervision(String planId, String title, String issuer, LocalDate asOf, SupervisionRules rules,
        List<Notice> notices) {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * Checks the components and copies the list.
     *
     * @param planId  the plan's id
     * @param title   the plan's title
     * @param issuer  who issued the plan, and so the notices
     * @param asOf    the date reported
     * @param rules   the rules applied
     * @param notices the notices, one per lead department with a target to press, in the plan's order of departments
     */
    public Supervision {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rules, "rules");
        notices = List.copyOf(notices);
    }

    /** Why a target is pressed. */
    public enum Reason {
        /** The due date is near and the goal is not met (blue). */
        DUE_SOON,
        /** Behind the schedule (yellow or orange). */
        BEHIND_SCHEDULE,
        /** The due date has passed and the goal is not met (red). */
        OVERDUE
    }

    /**
     * One department's notice.
     *
     * @param department the department's id
     * @param name       its name
     * @param colour     the highest colour among its items
     * @param items      its targets to press, red first, then in plan order
     */
    public record Notice(String department, String name, Colour colour, List<Item> items) {
        /**
         * Checks the components and copies the list.
         *
         * @param department the department's id
         * @param name       its name
         * @param colour     the highest colour among its items
         * @param items      its targets to press, red first, then in plan order
         */
        public Notice {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(colour, "colour");
            items = List.copyOf(items);
        }
    }

    /**
     * One target to press.
     *
     * @param number      the notice number (督办编号): date, department and place, such as {@code 20230630-kjj-01}
     * @param target      the target's id
     * @param title       its title
     * @param cooperating the names of its cooperating departments
     * @param status      its status
     * @param reason      why it is pressed this period
     * @param base        the colour its status gives this period
     * @param colour      the colour after escalation
     * @param periods     how many consecutive periods, this one included, it has had a colour
     * @param expected    the value expected by the date (序时目标), if any
     * @param actual      the latest value reported, if any
     * @param gap         how far the actual value falls short of the expected value (0 when it does not), when both are numbers
     * @param goal        the goal
     * @param gapToGoal   how far the actual value falls short of the goal, when both are numbers
     * @param unit        the measure's unit
     * @param due         the due date
     * @param deadline    the date by which the department answers (办理时限)
     */
    public record Item(String number, String target, String title, List<String> cooperating, Status status,
            Reason reason, Colour base, Colour colour, int periods, Optional<Goal> expected, Optional<Value> actual,
            OptionalDouble gap, Goal goal, OptionalDouble gapToGoal, String unit, LocalDate due, LocalDate deadline) {
        /**
         * Checks the components and copies the list.
         *
         * @param number      the notice number (督办编号): date, department and place, such as {@code 20230630-kjj-01}
         * @param target      the target's id
         * @param title       its title
         * @param cooperating the names of its cooperating departments
         * @param status      its status
         * @param reason      why it is pressed this period
         * @param base        the colour its status gives this period
         * @param colour      the colour after escalation
         * @param periods     how many consecutive periods, this one included, it has had a colour
         * @param expected    the value expected by the date (序时目标), if any
         * @param actual      the latest value reported, if any
         * @param gap         how far the actual value falls short of the expected value (0 when it does not), when both are numbers
         * @param goal        the goal
         * @param gapToGoal   how far the actual value falls short of the goal, when both are numbers
         * @param unit        the measure's unit
         * @param due         the due date
         * @param deadline    the date by which the department answers (办理时限)
         */
        public Item {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(title, "title");
            cooperating = List.copyOf(cooperating);
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(gap, "gap");
            Objects.requireNonNull(goal, "goal");
            Objects.requireNonNull(gapToGoal, "gapToGoal");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(deadline, "deadline");
        }

        /**
         * Tells whether the item moved up from the colour its status gives.
         *
         * @return true when escalated
         */
        public boolean escalated() {
            return colour != base;
        }
    }

    /** The colour a status gives in one period, and why. */
    private record Mark(Colour colour, Reason reason) {
    }

    /**
     * Decides the notices on the last scorecard, escalating by the earlier ones.
     *
     * @param scored the plan, its log and its scorecards of consecutive periods
     * @param rules  the thresholds
     * @return the notices
     */
    public static Supervision of(ScoredPlan scored, SupervisionRules rules) {
        Objects.requireNonNull(scored, "scored");
        Objects.requireNonNull(rules, "rules");
        Plan plan = scored.plan();
        Scorecard card = scored.current();
        List<Notice> notices = new ArrayList<>();
        String day = card.asOf().toString().replace("-", "");
        for (Department d : plan.departments()) {
            List<Item> items = new ArrayList<>();
            for (Target t : plan.targetsLedBy(d.id())) {
                Optional<Mark> now = mark(card, t, rules);
                if (now.isEmpty()) {
                    continue;
                }
                int periods = 1;
                for (int k = scored.scorecards().size() - 2; k >= 0; k--) {
                    if (mark(scored.scorecards().get(k), t, rules).isEmpty()) {
                        break;
                    }
                    periods++;
                }
                Colour colour = now.get().colour();
                for (int step = 0; step < (periods - 1) / rules.escalateAfter(); step++) {
                    colour = rules.up(colour);
                }
                items.add(item(card, t, plan, now.get(), colour, periods, rules));
            }
            if (items.isEmpty()) {
                continue;
            }
            List<Item> ordered = new ArrayList<>(items);
            ordered.sort(Comparator.comparing((Item i) -> i.colour() == Colour.RED ? 0 : i.colour() == Colour.BLUE ? 2 : 1));
            List<Item> numbered = new ArrayList<>();
            Colour highest = Colour.BLUE;
            for (int i = 0; i < ordered.size(); i++) {
                Item x = ordered.get(i);
                String number = day + "-" + d.id() + "-" + (i < 9 ? "0" : "") + (i + 1);
                numbered.add(new Item(number, x.target(), x.title(), x.cooperating(), x.status(), x.reason(), x.base(),
                        x.colour(), x.periods(), x.expected(), x.actual(), x.gap(), x.goal(), x.gapToGoal(), x.unit(),
                        x.due(), x.deadline()));
                highest = rank(x.colour()) > rank(highest) ? x.colour() : highest;
            }
            notices.add(new Notice(d.id(), d.name(), highest, numbered));
        }
        return new Supervision(plan.id(), plan.title(), plan.issuer(), card.asOf(), rules, notices);
    }

    private static int rank(Colour c) {
        return c == Colour.BLUE ? 0 : c == Colour.RED ? 2 : 1;
    }

    private static Optional<Mark> mark(Scorecard card, Target t, SupervisionRules rules) {
        Optional<NodeScore> n = card.find(t.id());
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Status s = n.get().status();
        if (s == Status.MISSED) {
            return Optional.of(new Mark(Colour.RED, Reason.OVERDUE));
        }
        if (s == Status.OFF_TRACK || rules.atRiskBehind() && s == Status.AT_RISK) {
            return Optional.of(new Mark(rules.middle(), Reason.BEHIND_SCHEDULE));
        }
        long days = ChronoUnit.DAYS.between(card.asOf(), t.due());
        if (s != Status.ACHIEVED && s != Status.UNSET && days >= 0 && days <= rules.nearDueDays()) {
            return Optional.of(new Mark(Colour.BLUE, Reason.DUE_SOON));
        }
        return Optional.empty();
    }

    private static Item item(Scorecard card, Target t, Plan plan, Mark mark, Colour colour, int periods,
            SupervisionRules rules) {
        NodeScore n = card.node(t.id());
        TargetResult r = n.target().orElseThrow();
        List<String> coop = new ArrayList<>();
        for (String c : t.cooperating()) {
            coop.add(plan.department(c).map(Department::name).orElse(c));
        }
        Direction dir = t.measure().direction();
        OptionalDouble gap = shortfall(r.expected(), r.actual(), dir);
        OptionalDouble toGoal = shortfall(Optional.of(r.goal()), r.actual(), dir);
        return new Item("", t.id(), t.title(), coop, n.status(), mark.reason(), mark.colour(), colour, periods,
                r.expected(), r.actual(), gap, r.goal(), toGoal, r.unit(), t.due(),
                card.asOf().plusDays(rules.handlingDays(colour)));
    }

    /** How far a value falls short of a number or band, 0 when it does not; empty unless both are numbers. */
    private static OptionalDouble shortfall(Optional<Goal> aim, Optional<Value> actual, Direction dir) {
        if (aim.isEmpty() || actual.isEmpty() || !(actual.get() instanceof Value.Amount)) {
            return OptionalDouble.empty();
        }
        double v = ((Value.Amount) actual.get()).value();
        Goal g = aim.get();
        if (g instanceof Goal.Band) {
            Goal.Band b = (Goal.Band) g;
            return OptionalDouble.of(v < b.low() ? b.low() - v : v > b.high() ? v - b.high() : 0);
        }
        if (!(g instanceof Goal.Amount)) {
            return OptionalDouble.empty();
        }
        double e = ((Goal.Amount) g).value();
        return OptionalDouble.of(Math.max(0, dir == Direction.LOWER_IS_BETTER ? v - e : e - v));
    }

    /**
     * Returns every item, department by department.
     *
     * @return the items
     */
    public List<Item> items() {
        List<Item> all = new ArrayList<>();
        notices.forEach(n -> all.addAll(n.items()));
        return all;
    }

    // ---- words

    static String reason(Item i, LocalDate asOf, Language lang) {
        String base;
        switch (i.reason()) {
            case DUE_SOON:
                long days = ChronoUnit.DAYS.between(asOf, i.due());
                base = lang.pick("距完成时限" + i.due() + "还有" + days + "天，目标尚未完成",
                        days + " days to the due date " + i.due() + ", and the goal is not met");
                break;
            case BEHIND_SCHEDULE:
                base = lang.pick("低于时序进度（" + Words.status(i.status(), lang) + "）",
                        "behind the schedule (" + Words.status(i.status(), lang) + ")");
                break;
            default:
                base = lang.pick("已超过完成时限" + i.due() + "，目标未完成",
                        "the due date " + i.due() + " has passed and the goal is not met");
        }
        if (i.periods() > 1) {
            base += lang.pick("；已连续" + i.periods() + "期列入督办", "; pressed " + i.periods() + " periods running");
            if (i.escalated()) {
                base += lang.pick("，等级由" + i.base().chinese() + "升为" + i.colour().chinese(),
                        ", so raised from " + i.base().english() + " to " + i.colour().english());
            }
        }
        return base;
    }

    static String request(Colour c, Language lang) {
        switch (c) {
            case BLUE:
                return lang.pick("请倒排工期、压实责任，确保按期完成。",
                        "Plan back from the due date, assign the work and make sure it is done on time.");
            case RED:
                return lang.pick("请书面说明未完成原因，明确整改措施和完成时限，限期整改到位。",
                        "Explain in writing why it is not done, and set out the remedy and a new date.");
            default:
                return lang.pick("请分析滞后原因，制定赶超措施，加快推进。",
                        "Find why it is behind, set out how to catch up, and speed up.");
        }
    }

    static String grade(Colour c, Language lang) {
        return lang.pick(c.chinese() + "督办", c.english());
    }

    private static String amount(Optional<Goal> g, String unit, Language lang) {
        return g.map(x -> Words.withUnit(Words.goal(x, lang), x instanceof Goal.Amount ? unit : "")).orElse(Words.NONE);
    }

    private static String actual(Optional<Value> v, String unit) {
        return v.map(x -> Words.withUnit(Words.value(x), x instanceof Value.Amount ? unit : "")).orElse(Words.NONE);
    }

    private static String gap(OptionalDouble g, String unit) {
        return g.isPresent() ? Words.withUnit(Words.number(g.getAsDouble()), unit) : Words.NONE;
    }

    // ---- HTML

    /**
     * Writes the notices as one HTML page: one notice per department, each on its own A4 page.
     *
     * @param settings language and illustrative label
     * @return the page
     */
    public String html(ReportSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Language lang = settings.language();
        String heading = lang.pick("督办通知单", "Supervision notice");
        StringBuilder b = new StringBuilder(16 * 1024);
        if (notices.isEmpty()) {
            b.append("<section class=\"notice\">\n<h1>").append(Html.esc(heading)).append("</h1>\n<p class=\"meta\">")
                    .append(Html.esc(title)).append(lang.pick("　", " · ")).append(Html.esc(Words.date(asOf, lang)))
                    .append("</p>\n").append(Html.illustrative(settings)).append("<p>")
                    .append(Html.esc(lang.pick("本期没有需要督办的目标。", "No target needs pressing this period.")))
                    .append("</p>\n</section>\n");
        }
        for (Notice n : notices) {
            b.append("<section class=\"notice\">\n<h1>").append(Html.esc(heading)).append("</h1>\n<p class=\"meta\">")
                    .append(Html.esc(title)).append(lang.pick("　截至", " · as of ")).append(Html.esc(Words.date(asOf, lang)))
                    .append("</p>\n").append(Html.illustrative(settings));
            b.append("<table class=\"head\">\n<tr><th>").append(Html.esc(lang.pick("责任单位", "Department")))
                    .append("</th><td>").append(Html.esc(n.name())).append("</td><th>")
                    .append(Html.esc(lang.pick("督办等级", "Level"))).append("</th><td class=\"grade\">")
                    .append(swatch(n.colour(), lang, true)).append("</td></tr>\n<tr><th>")
                    .append(Html.esc(lang.pick("督办日期", "Date"))).append("</th><td>").append(asOf).append("</td><th>")
                    .append(Html.esc(lang.pick("督办事项", "Items"))).append("</th><td>").append(n.items().size())
                    .append("</td></tr>\n</table>\n<p>")
                    .append(Html.esc(lang.pick(n.name() + "：经对照时序进度，你单位牵头的以下" + n.items().size()
                            + "项目标需督办，请按要求办理。", n.name() + ": checked against the schedule, the "
                            + n.items().size() + " target(s) below that you lead need pressing. Please act as asked.")))
                    .append("</p>\n");
            b.append("<table class=\"items\">\n<colgroup><col style=\"width:15%\"><col style=\"width:24%\">"
                    + "<col style=\"width:11%\"><col style=\"width:10%\"><col style=\"width:10%\"><col style=\"width:9%\">"
                    + "<col style=\"width:11%\"><col style=\"width:10%\"></colgroup>\n<thead><tr>");
            for (String h : List.of(lang.pick("督办编号", "Number"), lang.pick("督办事项", "Target"),
                    lang.pick("配合单位", "With"), lang.pick("序时目标", "Expected"), lang.pick("当前完成", "Actual"),
                    lang.pick("差距", "Short by"), lang.pick("办理时限", "Answer by"), lang.pick("督办等级", "Level"))) {
                b.append("<th>").append(Html.esc(h)).append("</th>");
            }
            b.append("</tr></thead>\n<tbody>\n");
            for (Item i : n.items()) {
                b.append("<tr><td>").append(Html.esc(i.number())).append("</td><td>").append(Html.esc(i.title()))
                        .append("</td><td>")
                        .append(Html.esc(i.cooperating().isEmpty() ? Words.NONE
                                : String.join(lang.pick("、", ", "), i.cooperating())))
                        .append("</td><td>").append(Html.esc(amount(i.expected(), i.unit(), lang))).append("</td><td>")
                        .append(Html.esc(actual(i.actual(), i.unit()))).append("</td><td>")
                        .append(Html.esc(gap(i.gap(), i.unit()))).append("</td><td>").append(i.deadline())
                        .append("</td><td>").append(swatch(i.colour(), lang, false)).append("</td></tr>\n");
                b.append("<tr><td class=\"ask\" colspan=\"8\">")
                        .append(Html.esc(lang.pick("督办原因：", "Why: ") + reason(i, asOf, lang)
                                + lang.pick("。目标值：", ". Goal: ") + amount(Optional.of(i.goal()), i.unit(), lang)
                                + lang.pick("，完成时限：", ", due ") + i.due() + lang.pick("。整改要求：", ". Asked: ")
                                + request(i.colour(), lang)))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n<p>")
                    .append(Html.esc(lang.pick("请于办理时限前书面反馈办理情况。",
                            "Please report in writing what has been done by the date to answer.")))
                    .append("</p>\n<p class=\"sign\">").append(Html.esc(issuer)).append("<br>")
                    .append(Html.esc(Words.date(asOf, lang))).append("</p>\n</section>\n");
        }
        return Html.page(lang, heading + " — " + title + " — " + asOf, b.toString());
    }

    /** A colour as a swatch with its word beside it: {@code 红色督办}, or in a table column just {@code 红色}. */
    private static String swatch(Colour c, Language lang, boolean full) {
        return "<span class=\"status\"><span class=\"swatch " + c.english() + "\"></span>"
                + Html.esc(full ? grade(c, lang) : c.in(lang)) + "</span>";
    }

    // ---- CSV

    /**
     * Writes the notices as a CSV table, one row per item, the columns of the office form
     * (督办编号, 督办事项, 责任单位, 配合单位, 序时目标, 当前完成, 差距, 办理时限, 督办等级, 整改要求 and more).
     *
     * @param settings the language of the headers and words
     * @return the table, starting with a byte-order mark
     */
    public String csv(ReportSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Language lang = settings.language();
        Csv csv = new Csv();
        List<String> header = new ArrayList<>(List.of(lang.pick("督办编号", "number"), lang.pick("督办事项", "target"),
                lang.pick("目标编号", "target id"), lang.pick("责任单位", "department"), lang.pick("配合单位", "cooperating"),
                lang.pick("序时目标", "expected"), lang.pick("当前完成", "actual"), lang.pick("差距", "short by"),
                lang.pick("目标值", "goal"), lang.pick("距目标差距", "short of the goal by"), lang.pick("计量单位", "unit"),
                lang.pick("完成时限", "due"), lang.pick("办理时限", "answer by"), lang.pick("督办等级", "level"),
                lang.pick("连续督办期数", "periods running"), lang.pick("督办原因", "why"), lang.pick("整改要求", "asked")));
        if (settings.illustrative()) {
            header.add(lang.pick("备注", "note"));
        }
        csv.row(header);
        for (Notice n : notices) {
            for (Item i : n.items()) {
                List<String> row = new ArrayList<>(List.of(i.number(), i.title(), i.target(), n.name(),
                        String.join(lang.pick("、", ", "), i.cooperating()),
                        i.expected().map(g -> Words.goal(g, lang)).orElse(""), i.actual().map(Words::value).orElse(""),
                        i.gap().isPresent() ? Words.number(i.gap().getAsDouble()) : "", Words.goal(i.goal(), lang),
                        i.gapToGoal().isPresent() ? Words.number(i.gapToGoal().getAsDouble()) : "", i.unit(),
                        i.due().toString(), i.deadline().toString(), grade(i.colour(), lang),
                        Integer.toString(i.periods()), reason(i, asOf, lang), request(i.colour(), lang)));
                if (settings.illustrative()) {
                    row.add(lang.pick("示例数值", "illustrative"));
                }
                csv.row(row);
            }
        }
        return csv.toString();
    }

    // ---- JSON

    /**
     * Writes the notices as JSON: keys in a fixed order, {@code \n} line ends, numbers exact; the same
     * inputs always give byte-identical text. Codes rather than words: statuses as in scorecards
     * ({@code off-track}), reasons and colours in lower case ({@code behind-schedule}, {@code red}).
     *
     * @return the JSON text
     */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(JsonOutput.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("plan", planId);
            g.writeStringField("asOf", asOf.toString());
            g.writeObjectFieldStart("rules");
            g.writeNumberField("nearDueDays", rules.nearDueDays());
            g.writeNumberField("escalateAfter", rules.escalateAfter());
            g.writeBooleanField("atRiskBehind", rules.atRiskBehind());
            g.writeStringField("middle", rules.middle().english());
            g.writeEndObject();
            g.writeArrayFieldStart("notices");
            for (Notice n : notices) {
                g.writeStartObject();
                g.writeStringField("department", n.department());
                g.writeStringField("name", n.name());
                g.writeStringField("colour", n.colour().english());
                g.writeArrayFieldStart("items");
                for (Item i : n.items()) {
                    item(g, i);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void item(JsonGenerator g, Item i) throws IOException {
        g.writeStartObject();
        g.writeStringField("number", i.number());
        g.writeStringField("target", i.target());
        g.writeStringField("title", i.title());
        g.writeArrayFieldStart("cooperating");
        for (String c : i.cooperating()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("status", i.status().code());
        g.writeStringField("reason", i.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        g.writeStringField("base", i.base().english());
        g.writeStringField("colour", i.colour().english());
        g.writeNumberField("periods", i.periods());
        if (i.expected().isPresent()) {
            g.writeFieldName("expected");
            JsonOutput.goal(g, i.expected().get());
        }
        if (i.actual().isPresent()) {
            Value v = i.actual().get();
            g.writeFieldName("actual");
            if (v instanceof Value.Amount) {
                JsonOutput.number(g, ((Value.Amount) v).value());
            } else {
                g.writeString(((Value.Level) v).name());
            }
        }
        if (i.gap().isPresent()) {
            g.writeFieldName("gap");
            JsonOutput.number(g, i.gap().getAsDouble());
        }
        g.writeFieldName("goal");
        JsonOutput.goal(g, i.goal());
        if (i.gapToGoal().isPresent()) {
            g.writeFieldName("gapToGoal");
            JsonOutput.number(g, i.gapToGoal().getAsDouble());
        }
        g.writeStringField("unit", i.unit());
        g.writeStringField("due", i.due().toString());
        g.writeStringField("deadline", i.deadline().toString());
        g.writeEndObject();
    }
}
