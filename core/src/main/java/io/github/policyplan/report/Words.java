package io.github.policyplan.report;

import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Value;
import io.github.policyplan.scoring.Likelihood;
import io.github.policyplan.scoring.NodeKind;
import io.github.policyplan.scoring.Status;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The words and number forms every report shares, in either language: dates, numbers, statuses and
 * the light each status shows. No locale, time zone or default charset is consulted.
 */
final class Words {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** A dash for a number or text that is not there. */
    static final String NONE = "—";

    private Words() {
    }

    /** A date written out: {@code 2023年6月30日}, {@code 30 June 2023}. */
    static String date(LocalDate d, Language lang) {
        return lang == Language.CHINESE
                ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                : d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** A number with at most two decimals, as explanations write it. */
    static String number(double v) {
        return NumberText.format(v);
    }

    /** A number with exactly two decimals, as ranked scores are published ({@code 102.00}). */
    static String fixed2(double v) {
        return String.format(Locale.ROOT, "%.2f", v + 0.0);
    }

    /** An optional number, or {@link #NONE}. */
    static String number(OptionalDouble v) {
        return v.isPresent() ? number(v.getAsDouble()) : NONE;
    }

    /** A share as a percentage with at most one decimal: {@code 83.9%}. */
    static String percent(double share) {
        return NumberText.format(Math.round(share * 1000) / 10.0) + "%";
    }

    /** A goal: its number, band or level; an unpublished goal as such. */
    static String goal(Goal g, Language lang) {
        if (g instanceof Goal.Amount) {
            return number(((Goal.Amount) g).value());
        }
        if (g instanceof Goal.Band) {
            Goal.Band b = (Goal.Band) g;
            return number(b.low()) + "–" + number(b.high());
        }
        if (g instanceof Goal.Level) {
            return ((Goal.Level) g).name();
        }
        return lang.pick("未公布", "not published");
    }

    /** A reported value: its number or level. */
    static String value(Value v) {
        return v instanceof Value.Amount ? number(((Value.Amount) v).value()) : ((Value.Level) v).name();
    }

    /** A number followed by its unit when it has one: {@code 6 家}. */
    static String withUnit(String number, String unit) {
        return unit.isEmpty() || number.equals(NONE) ? number : number + " " + unit;
    }

    /** A status's name in the language. */
    static String status(Status s, Language lang) {
        return lang == Language.CHINESE ? s.chinese() : s.english();
    }

    /** A likelihood's name in the language. */
    static String likelihood(Likelihood l, Language lang) {
        return lang == Language.CHINESE ? l.chinese() : l.english();
    }

    /** The light a status shows (亮灯): green, yellow, red or grey. */
    static String light(Status s) {
        switch (s) {
            case ACHIEVED:
            case ON_TRACK:
                return "green";
            case AT_RISK:
                return "yellow";
            case OFF_TRACK:
            case MISSED:
                return "red";
            default:
                return "grey";
        }
    }

    /** What a node of the tree is called. */
    static String kind(NodeKind k, Language lang) {
        switch (k) {
            case PLAN:
                return lang.pick("全部", "plan");
            case SECTION:
                return lang.pick("部分", "section");
            case ITEM:
                return lang.pick("事项", "item");
            default:
                return lang.pick("目标", "target");
        }
    }

    /** A heading's ordinal: {@code 一、}, {@code 十二、} in Chinese; {@code 1. } in English. */
    static String ordinal(int n, Language lang) {
        return lang == Language.CHINESE ? chineseNumber(n) + "、" : n + ". ";
    }

    /** 1 to 99 in Chinese numerals: 一, 十, 十二, 二十一. */
    static String chineseNumber(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
    }

    /** The label on illustrative figures. */
    static String illustrative(Language lang) {
        return lang.pick("示例数值：本报告的目标值和报送数据为示例，不是真实数据。",
                "Illustrative figures: the goals and reports in this report are examples, not real data.");
    }
}
