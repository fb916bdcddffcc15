package io.github.policyplan.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Byte-identical output across runs, locales and time zones: plans, progress, scorecards and
 * assessments of both example data sets.
 */
class DeterminismTest {

    @Test
    void givesTheSameBytesInEveryLocaleAndTimeZone() throws Exception {
        String expected = ConcurrencyTest.pass(0) + ConcurrencyTest.pass(1);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String tag : List.of("tr-TR", "zh-CN", "de-DE", "ar-EG", "hi-IN", "th-TH-u-nu-thai")) {
                for (String tz : List.of("Asia/Shanghai", "Pacific/Kiritimati", "America/St_Johns")) {
                    Locale.setDefault(Locale.forLanguageTag(tag));
                    TimeZone.setDefault(TimeZone.getTimeZone(tz));
                    assertThat(ConcurrencyTest.pass(0) + ConcurrencyTest.pass(1)).as(tag + " " + tz)
                            .isEqualTo(expected);
                }
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
