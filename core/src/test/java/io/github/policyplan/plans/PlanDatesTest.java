package io.github.policyplan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The date forms of plan files, read exactly: leap years, quarter and month ends. */
class PlanDatesTest {

    @ParameterizedTest(name = "{0} ends on {1} and starts on {2}")
    @CsvSource({
        "2025,       2025-12-31, 2025-01-01",
        "2023-Q1,    2023-03-31, 2023-01-01",
        "2023-Q2,    2023-06-30, 2023-04-01",
        "2023-Q3,    2023-09-30, 2023-07-01",
        "2023-Q4,    2023-12-31, 2023-10-01",
        "2023-06,    2023-06-30, 2023-06-01",
        "2024-02,    2024-02-29, 2024-02-01",
        "2023-02,    2023-02-28, 2023-02-01",
        "2100-02,    2100-02-28, 2100-02-01",
        "2000-02,    2000-02-29, 2000-02-01",
        "2024-02-29, 2024-02-29, 2024-02-29",
    })
    void readsEachFormAsTheLastOrFirstDayOfItsSpan(String text, LocalDate end, LocalDate start) {
        assertThat(PlanDates.parseEnd(text)).isEqualTo(end);
        assertThat(PlanDates.parseStart(text)).isEqualTo(start);
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {"2023-Q5", "2023-Q0", "2023-13", "2023-02-30", "2023-02-29", "23", "2023年底", "2023/12/31",
            "2023-1", "Q1-2023", ""})
    void refusesWhatIsNotADate(String text) {
        assertThat(PlanDates.parse(text, true)).isEmpty();
        assertThatThrownBy(() -> PlanDates.parseEnd(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed date '" + text + "' (expected 2023, 2023-Q1, 2023-06 or 2023-12-31)");
    }

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource({"2023/12/31, 2023-12-31", "2023.6.1, 2023-06-01", "2023-6, 2023-06", "2023/6, 2023-06"})
    void suggestsTheAcceptedFormOfACommonMistake(String text, String suggestion) {
        assertThat(PlanDates.suggest(text)).contains(suggestion);
    }

    @ParameterizedTest(name = "no suggestion for {0}")
    @ValueSource(strings = {"2023/13/01", "yesterday", "2023-02-30"})
    void suggestsNothingForWhatIsNoDateAtAll(String text) {
        assertThat(PlanDates.suggest(text)).isEmpty();
    }
}
