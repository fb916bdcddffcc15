package io.github.policyplan.plans;

import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.RevisionFields;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a revisions file to {@link Revision}s, checked against the plan with located problems. Not
 * thread-safe: one per file read.
 */
final class RevisionBinder {

    static final List<String> FILE_KEYS = List.of("plan", "revisions");
    static final List<String> KEYS = List.of("id", "target", "change", "effective", "decided", "reason", "reference",
            "goal", "due", "item", "title", "kind", "unit", "lead", "units", "combine", "under-allocation");
    static final List<String> CHANGES = RevisionFields.CHANGES;

    /** The field of a problem with one unit of a breakdown revision: {@code units[2].unit}. */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("units\\[(\\d+)\\](.*)");

    private final Problems problems;
    private final Plan plan;

    RevisionBinder(Problems problems, Plan plan) {
        this.problems = problems;
        this.plan = plan;
    }

    Optional<List<Revision>> bind(Node root) {
        Optional<Fields> opened = Fields.open(root, "", "a revisions file", FILE_KEYS, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<String> planId = f.requiredText("plan", "name the id of the plan these revisions amend");
        if (planId.isPresent() && !planId.get().equals(plan.id())) {
            f.problem("plan", "these revisions are for plan '" + Texts.abbreviate(planId.get()) + "', not '"
                    + plan.id() + "'", Optional.empty());
        }
        List<Node> items = f.require("revisions", "list the revisions under revisions:").flatMap(n ->
                f.list("revisions")).orElse(List.of());
        List<Revision> out = new ArrayList<>();
        List<Fields> fields = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = DocumentPath.index(f.path("revisions"), i);
            Optional<Fields> r = Fields.open(items.get(i), path, "a revision", KEYS, problems);
            Optional<Revision> rev = r.flatMap(x -> revision(x, ids));
            if (rev.isPresent()) {
                out.add(rev.get());
                fields.add(r.get());
            }
        }
        // Checked against the plan once all are read: a revision may change a target another one adds.
        for (int i = 0; i < out.size(); i++) {
            check(fields.get(i), out.get(i), out);
        }
        return problems.isEmpty() ? Optional.of(out) : Optional.empty();
    }

    private Optional<Revision> revision(Fields r, Set<String> ids) {
        Optional<String> id = r.requiredText("id", "give the revision an id, such as r1");
        id.filter(x -> !ids.add(x)).ifPresent(x -> r.problem("id", "a second revision '" + Texts.abbreviate(x) + "'",
                Optional.of("give each revision an id of its own")));
        Optional<String> target = r.requiredText("target", "name the target revised, such as s1.i1.t1");
        Optional<String> change = r.requiredText("change", "say what changes: " + String.join(", ", CHANGES));
        change.filter(c -> !CHANGES.contains(c)).ifPresent(c -> r.problem("change", "unknown change '"
                + Texts.abbreviate(c) + "' (known: " + String.join(", ", CHANGES) + ")",
                Texts.didYouMean(c, CHANGES)));
        Optional<LocalDate> effective = date(r, "effective", "write the date the revision takes effect");
        Optional<LocalDate> decided = date(r, "decided", "write the date the revision was decided");
        Optional<String> reason = r.requiredText("reason", "give the reason, in the words of the decision");
        Optional<String> reference = r.optionalText("reference");
        Optional<Revision.Change> what = change.filter(CHANGES::contains).flatMap(c -> change(r, c, target));
        if (id.isEmpty() || target.isEmpty() || what.isEmpty() || effective.isEmpty() || decided.isEmpty()
                || reason.isEmpty() || r.failed()) {
            return Optional.empty();
        }
        return Optional.of(new Revision(id.get(), target.get(), effective.get(), decided.get(), reason.get(),
                reference, what.get()));
    }

    /** Checks a revision against the plan and the file's other revisions, each problem at its key. */
    private void check(Fields r, Revision rev, List<Revision> all) {
        List<RevisionRules.Issue> issues = RevisionRules.check(plan, rev, all);
        for (RevisionRules.Issue issue : issues) {
            java.util.regex.Matcher unit = UNIT.matcher(issue.field());
            if (unit.matches() && r.get("units").orElse(null) instanceof Node.ListNode units
                    && Integer.parseInt(unit.group(1)) < units.items().size()) {
                int i = Integer.parseInt(unit.group(1));
                problems.add(units.items().get(i), DocumentPath.index(r.path("units"), i) + unit.group(2),
                        issue.message(), issue.hint());
            } else {
                String key = issue.field().startsWith("units") ? "units" : issue.field();
                r.problem(r.has(key) ? key : "target", issue.message(), issue.hint());
            }
        }
    }

    private Optional<LocalDate> date(Fields r, String key, String advice) {
        return r.require(key, advice).flatMap(n -> DateReader.CANONICAL_ONLY.read(n, false, r, key, problems));
    }

    private Optional<Revision.Change> change(Fields r, String kind, Optional<String> target) {
        switch (kind) {
            case "goal":
                return r.require("goal", "write the new goal: a number, {low, high}, a stage or grade, or *")
                        .flatMap(n -> RevisionFields.goal(n, r, problems)).map(Revision.NewGoal::new);
            case "due":
                return date(r, "due", "write the new due date").map(Revision.NewDue::new);
            case "withdraw":
                return Optional.of(new Revision.Withdrawn());
            case "breakdown":
                return target.flatMap(t -> RevisionFields.breakdown(r, t, problems)).map(Revision.NewBreakdown::new);
            default:
                return added(r, target);
        }
    }

    private Optional<Revision.Change> added(Fields r, Optional<String> target) {
        Optional<String> item = r.requiredText("item", "name the item the target is added to, such as s1.i1");
        Optional<String> title = r.requiredText("title", "give the new target's title");
        Optional<String> kind = r.requiredText("kind", "give the new target's measure kind");
        Optional<MeasureKind> measure = kind.flatMap(k -> {
            for (MeasureKind m : MeasureKind.values()) {
                if (m.code().equals(k)) {
                    return Optional.of(m);
                }
            }
            List<String> codes = new ArrayList<>();
            for (MeasureKind m : MeasureKind.values()) {
                codes.add(m.code());
            }
            r.problem("kind", "unknown measure kind '" + Texts.abbreviate(k) + "'", Texts.didYouMean(k, codes));
            return Optional.empty();
        });
        Optional<Goal> goal = r.require("goal", "write the new target's goal").flatMap(
                n -> RevisionFields.goal(n, r, problems));
        Optional<LocalDate> due = date(r, "due", "write the new target's due date");
        Optional<String> lead = r.requiredText("lead", "name the lead department");
        if (target.isEmpty() || item.isEmpty() || title.isEmpty() || measure.isEmpty() || goal.isEmpty()
                || due.isEmpty() || lead.isEmpty()) {
            return Optional.empty();
        }
        try {
            Target t = Target.builder(target.get(), title.get()).measure(measure.get(), r.optionalText("unit")
                    .orElse("")).goal(goal.get()).due(due.get()).lead(lead.get()).build();
            return Optional.of(new Revision.Added(item.get(), t));
        } catch (RuntimeException e) {
            r.problem("target", "the new target does not fit: " + Texts.abbreviate(String.valueOf(e.getMessage())),
                    Optional.empty());
            return Optional.empty();
        }
    }
}
