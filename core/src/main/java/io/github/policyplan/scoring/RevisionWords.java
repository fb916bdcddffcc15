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
            String what;
            String whatZh;
            if (r.change() instanceof Revision.NewGoal g) {
                what = "goal " + g.goal();
                whatZh = "目标值调整为" + g.goal();
            } else if (r.change() instanceof Revision.NewDue d) {
                what = "due " + d.due();
                whatZh = "完成时限调整为" + d.due();
            } else {
                what = "target added";
                whatZh = "新增目标";
            }
            english.add("revision " + r.id() + " applies (" + what + "; decided " + r.decided() + ", effective "
                    + r.effective() + "; " + r.reason() + r.reference().map(x -> "; " + x).orElse("") + ")");
            chinese.add("按目标调整" + r.id() + "（" + whatZh + "；" + r.decided() + "决定，" + r.effective() + "起执行；"
                    + r.reason() + r.reference().map(x -> "；" + x).orElse("") + "）");
        }
        return english.isEmpty() ? Optional.empty()
                : Optional.of(Explanation.of(String.join("; ", english), String.join("；", chinese)));
    }
}
