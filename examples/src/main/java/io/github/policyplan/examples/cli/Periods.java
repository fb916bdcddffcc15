package io.github.policyplan.examples.cli;

import io.github.policyplan.assessment.AssessmentPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The periods scorecards are taken at before the date reported: quarter ends, month ends, or none. */
enum Periods {
    /** The quarter ends (the usual cadence of 调度). */
    QUARTER(3),
    /** The month ends. */
    MONTH(1),
    /** No earlier period: the date reported alone. */
    NONE(0);

    private static final Pattern PERIOD = Pattern.compile("([0-9]{4})(?:-Q([1-4]))?");

    private final int months;

    Periods(int months) {
        this.months = months;
    }

    /** The period ends from the plan's start up to the date reported, which comes last. */
    List<LocalDate> before(LocalDate planStart, LocalDate asOf) {
        List<LocalDate> out = new ArrayList<>();
        if (months > 0) {
            YearMonth m = YearMonth.from(planStart);
            while (m.getMonthValue() % months != 0) {
                m = m.plusMonths(1);
            }
            for (LocalDate end = m.atEndOfMonth(); end.isBefore(asOf); end = m.atEndOfMonth()) {
                out.add(end);
                m = m.plusMonths(months);
            }
        }
        out.add(asOf);
        return out;
    }

    /** An assessment period written {@code 2023} or {@code 2023-Q4}, or null when it is neither. */
    static AssessmentPeriod period(String text) {
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        return m.group(2) == null ? AssessmentPeriod.year(year) : AssessmentPeriod.quarter(year,
                Integer.parseInt(m.group(2)));
    }

    /** The assessment period a date closes: the year on 31 December, else its quarter. */
    static AssessmentPeriod closedBy(LocalDate date) {
        return date.getMonthValue() == 12 && date.getDayOfMonth() == 31 ? AssessmentPeriod.year(date.getYear())
                : AssessmentPeriod.quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
    }
}
