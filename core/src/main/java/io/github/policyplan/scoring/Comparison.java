package io.github.policyplan.scoring;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.core.NumberText;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Target;
import io.github.policyplan.plans.Revisions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What changed between two scorecards of a plan, target by target, and why: a new report, a correction,
 * a revision of the plan, or a change of the rules the scores were computed with (another engine, other
 * thresholds, another date). Used to explain how a result published on one day differs from the same
 * result computed now.
 *
 * <pre>{@code
 * List<Comparison.Change> changes = Comparison.of(published, now);
 * changes.get(0).why().inChinese();      // s1.i1.t1：得分 83.3 → 100；更正：6月30日报送值于7月3日由6更正为7
 * }</pre>
 */
public final class Comparison {

    private Comparison() {
    }

    /** Why a target's result changed. */
    public enum Cause {
        /** A report dated later than the one the target was judged on before. */
        NEW_REPORT,
        /** The report judged on was corrected (same date, another value). */
        CORRECTION,
        /** A revision changed, added or withdrew the target. */
        REVISION,
        /** Same report, same target: the rules, settings or date differ. */
        RULE_CHANGE
    }

    /**
     * One target whose score or status changed.
     *
     * @param target the target's id
     * @param before its score before, if it had one
     * @param after  its score after, if it has one
     * @param cause  why
     * @param why    the change in words
     */
    public record Change(String target, OptionalDouble before, OptionalDouble after, Cause cause, Explanation why) {
        /**
         * Checks the components.
         *
         * @param target the target's id
         * @param before its score before
         * @param after  its score after
         * @param cause  why
         * @param why    the change in words
         */
        public Change {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * Lists the targets whose score or status differs between two scorecards of the same plan, in plan
     * order (targets only in the later one last).
     *
     * @param before the earlier result, such as the one published
     * @param after  the later result
     * @return the changes; empty when every target scores the same
     * @throws IllegalArgumentException when the scorecards are of different plans
     */
    public static List<Change> of(Scorecard before, Scorecard after) {
        if (!before.planId().equals(after.planId())) {
            throw new IllegalArgumentException("cannot compare a scorecard of plan " + before.planId() + " with one of "
                    + after.planId());
        }
        Set<String> ids = new LinkedHashSet<>();
        before.plan().targets().forEach(t -> ids.add(t.id()));
        after.plan().targets().forEach(t -> ids.add(t.id()));
        List<Change> out = new ArrayList<>();
        for (String id : ids) {
            Optional<NodeScore> b = before.find(id);
            Optional<NodeScore> a = after.find(id);
            OptionalDouble sb = b.map(NodeScore::score).orElse(OptionalDouble.empty());
            OptionalDouble sa = a.map(NodeScore::score).orElse(OptionalDouble.empty());
            boolean same = b.isPresent() && a.isPresent() && sb.equals(sa) && b.get().status() == a.get().status();
            if (!same) {
                out.add(change(id, before, after, sb, sa));
            }
        }
        return List.copyOf(out);
    }

    private static Change change(String id, Scorecard before, Scorecard after, OptionalDouble sb, OptionalDouble sa) {
        String scores = show(sb) + " → " + show(sa);
        Optional<Target> tb = before.plan().target(id);
        Optional<Target> ta = after.plan().target(id);
        List<String> revs = new ArrayList<>();
        boolean newBreakdown = false;
        for (Revision r : Revisions.appliedTo(after.plan())) {
            if (r.target().equals(id) && !Revisions.appliedTo(before.plan()).contains(r)) {
                revs.add(r.id());
                newBreakdown |= r.change() instanceof Revision.NewBreakdown;
            }
        }
        if (tb.isEmpty() || ta.isEmpty() || !tb.get().equals(ta.get()) || newBreakdown) {
            String named = revs.isEmpty() ? "" : " " + String.join(", ", revs);
            String what = tb.isEmpty() ? "target added" : ta.isEmpty() ? "target withdrawn" : "target revised";
            String whatZh = tb.isEmpty() ? "新增目标" : ta.isEmpty() ? "撤销目标" : "目标调整";
            return new Change(id, sb, sa, Cause.REVISION, Explanation.of(id + ": score " + scores + "; " + what
                    + (named.isEmpty() ? "" : " by revision" + named), id + "：得分 " + scores + "；" + whatZh + named));
        }
        Target t = ta.get();
        Optional<Report> rb = before.log().latest(id, before.asOf());
        Optional<Report> ra = after.log().latest(id, after.asOf());
        if (!rb.equals(ra) && ra.isPresent() && (rb.isEmpty() || !rb.get().date().equals(ra.get().date()))) {
            Report r = ra.get();
            return new Change(id, sb, sa, Cause.NEW_REPORT, Explanation.of(id + ": score " + scores + "; new report as of "
                    + r.date() + ": " + Explainer.valueText(t, r.value()), id + "：得分 " + scores + "；新报送（" + r.date()
                    + "）：" + Explainer.valueText(t, r.value())));
        }
        if (!rb.equals(ra) && ra.isPresent()) {
            Explanation c = CorrectionWords.of(after.log(), t, ra.get()).orElse(Explanation.of("the report as of "
                    + ra.get().date() + " was corrected", ra.get().date() + "报送值已更正"));
            return new Change(id, sb, sa, Cause.CORRECTION, Explanation.of(id + ": score " + scores + "; correction: "
                    + c.inEnglish(), id + "：得分 " + scores + "；更正：" + c.inChinese()));
        }
        String date = before.asOf().equals(after.asOf()) ? "" : " (scored at " + before.asOf() + ", then "
                + after.asOf() + ")";
        String dateZh = before.asOf().equals(after.asOf()) ? "" : "（评分日期 " + before.asOf() + " → " + after.asOf()
                + "）";
        return new Change(id, sb, sa, Cause.RULE_CHANGE, Explanation.of(id + ": score " + scores
                + "; same report and target: the rules or settings changed" + date, id + "：得分 " + scores
                + "；报送与目标未变，评分规则或设置有变" + dateZh));
    }

    private static String show(OptionalDouble score) {
        return score.isPresent() ? NumberText.format(score.getAsDouble()) : "—";
    }
}
