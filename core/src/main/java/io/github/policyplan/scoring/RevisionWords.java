package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Target;
import io.github.policyplan.plans.Revisions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The words that say which revisions (目标调整) made a target what it is at the date scored. Stateless. */
final class RevisionWords {

    private RevisionWords() {
    }

    static Optional<Explanation> of(Plan plan, Target t) {
        List<String> english = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        for (Revision r : Revisions.appliedTo(plan)) {
            if (!r.target().equals(t.id())) {
                continue;
            }
            Explanation what = Revisions.describe(r);
            english.add("revision " + r.id() + " applies (" + what.inEnglish() + ")");
            chinese.add("按目标调整" + r.id() + "（" + what.inChinese() + "）");
        }
        return english.isEmpty() ? Optional.empty()
                : Optional.of(Explanation.of(String.join("; ", english), String.join("；", chinese)));
    }
}
