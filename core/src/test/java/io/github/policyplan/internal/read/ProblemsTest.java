package io.github.policyplan.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.core.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cap on problems kept: problems past it are counted, not kept, and cost no message. */
class ProblemsTest {

    @Test
    void problemsPastTheCapAreCountedWithoutTheirMessages() {
        Problems problems = new Problems("plan.yaml", 2);
        problems.add(1, 1, "a", "first", Optional.empty());
        assertThatThrownBy(problems::countPastCap).isInstanceOf(IllegalStateException.class)
                .hasMessage("the problem would be kept: add it with its message");
        problems.add(2, 1, "b", "second", Optional.empty());
        problems.countPastCap();
        problems.countPastCap();
        assertThat(problems.total()).isEqualTo(4);
        assertThat(problems.sorted()).extracting(Problem::message).containsExactly("first", "second");
    }
}
