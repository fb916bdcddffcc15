package io.github.policyplan.plans;

import io.github.policyplan.core.Explanation;
import io.github.policyplan.internal.read.ReadLimits;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Revision;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A plan with its revisions (目标调整): the plan as issued and every change decided since, each in force
 * from its effective date. {@link #planAt(LocalDate, LocalDate)} gives the plan in force at a date as
 * known on a day: with the revisions effective by the date and decided by the day, applied in order of
 * effective date, then of decision, then as listed.
 *
 * <pre>{@code
 * Revisions revised = Revisions.read(Path.of("revisions/county-2023.yaml"), plan);
 * Plan julyPlan = revised.planAt(LocalDate.of(2023, 9, 30));               // with the July revision
 * Revisions.appliedTo(julyPlan);                                          // which revisions made it
 * }</pre>
 *
 * <p>Every revision is checked against the plan: a known target (a new id for one added), an
 * effective date within the plan period and not after the target's due date, a new due date within the
 * period, a new breakdown that fits its target (units of the plan, goals that fit the measure). A
 * breakdown revision replaces the target's breakdown from its effective date; roll-ups and unit scores at
 * a date use the breakdown in force. Immutable and thread-safe.
 */
public final class Revisions {

    private static final Comparator<Revision> ORDER = Comparator.comparing(Revision::effective)
            .thenComparing(Revision::decided);

    private final Plan plan;
    private final List<Revision> list;

    private Revisions(Plan plan, List<Revision> list) {
        this.plan = plan;
        List<Revision> sorted = new ArrayList<>(list);
        sorted.sort(ORDER);
        this.list = List.copyOf(sorted);
    }

    /**
     * Returns a plan's revisions, checked against it.
     *
     * @param plan      the plan as issued
     * @param revisions the revisions, in any order
     * @return the revisions
     * @throws IllegalArgumentException listing every revision that does not fit, by its index
     */
    public static Revisions of(Plan plan, List<Revision> revisions) {
        Objects.requireNonNull(plan, "plan");
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < revisions.size(); i++) {
            Revision r = Objects.requireNonNull(revisions.get(i), "revisions must not contain null");
            if (!ids.add(r.id())) {
                problems.add("revisions[" + i + "].id: a second revision " + r.id());
            }
            for (RevisionRules.Issue issue : RevisionRules.check(plan, r, revisions)) {
                problems.add("revisions[" + i + "]." + issue.field() + ": " + issue.message()
                        + issue.hint().map(h -> " (" + h + ")").orElse(""));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in the revisions of plan " + plan.id() + ":\n" + String.join("\n", problems));
        }
        return new Revisions(plan, revisions);
    }

    /**
     * Returns a plan without revisions.
     *
     * @param plan the plan
     * @return no revisions
     */
    public static Revisions none(Plan plan) {
        return of(plan, List.of());
    }

    /**
     * Reads a revisions file (YAML or JSON; see docs/plan-format.md, "Revisions").
     *
     * @param path the file
     * @param plan the plan it revises
     * @return the revisions
     * @throws IOException         when the file cannot be read
     * @throws RevisionException listing every problem, located
     */
    public static Revisions read(Path path, Plan plan) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(plan, "plan");
        return ReadLimits.DEFAULTS.pipeline().read(path, binder(path.toString(), plan), RevisionException::new).value();
    }

    /**
     * Parses a revisions file from text.
     *
     * @param text   the text
     * @param source the name problems give; its extension says YAML or JSON
     * @param plan   the plan it revises
     * @return the revisions
     * @throws RevisionException listing every problem, located
     */
    public static Revisions parse(String text, String source, Plan plan) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        return ReadLimits.DEFAULTS.pipeline().parse(text, source, binder(source, plan), RevisionException::new)
                .value();
    }

    private static io.github.policyplan.internal.read.ReadPipeline.TextBinder<Revisions> binder(String source,
            Plan plan) {
        TreeReader.Format format = PlanFormat.forFileName(source) == PlanFormat.JSON ? TreeReader.Format.JSON
                : TreeReader.Format.YAML;
        return ReadLimits.DEFAULTS.pipeline().tree(format, (root, problems) -> new RevisionBinder(problems, plan)
                .bind(root).map(list -> new Revisions(plan, list)));
    }

    /**
     * Returns the plan as issued.
     *
     * @return the plan
     */
    public Plan plan() {
        return plan;
    }

    /**
     * Returns the revisions in order of effective date, then of decision.
     *
     * @return the revisions
     */
    public List<Revision> list() {
        return list;
    }

    /**
     * Returns the revisions in force at a date as known on a day: effective on or before the date and
     * decided on or before the day.
     *
     * @param date    the date scored
     * @param knownOn the day the revisions are known on
     * @return the revisions, in the order applied
     */
    public List<Revision> applied(LocalDate date, LocalDate knownOn) {
        List<Revision> out = new ArrayList<>();
        for (Revision r : list) {
            if (!r.effective().isAfter(date) && !r.decided().isAfter(knownOn)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the plan in force at a date, with every revision decided so far.
     *
     * @param date the date
     * @return the plan; the plan as issued when no revision is in force
     */
    public Plan planAt(LocalDate date) {
        return planAt(date, LocalDate.MAX);
    }

    /**
     * Returns the plan in force at a date as known on a day.
     *
     * @param date    the date
     * @param knownOn the day
     * @return the plan; the plan as issued when no revision is in force. Its {@link #appliedTo applied}
     *         revisions say which made it
     */
    public Plan planAt(LocalDate date, LocalDate knownOn) {
        List<Revision> applied = applied(date, knownOn);
        if (applied.isEmpty()) {
            return plan;
        }
        List<Section> sections = new ArrayList<>();
        for (Section s : plan.sections()) {
            List<Item> items = new ArrayList<>();
            for (Item i : s.items()) {
                List<Target> targets = revise(i.targets(), applied);
                List<Target> added = new ArrayList<>();
                for (Revision r : applied) {
                    if (r.change() instanceof Revision.Added a && a.item().equals(i.id())) {
                        added.add(a.definition());
                    }
                }
                targets.addAll(revise(added, applied));
                items.add(new Item(i.id(), i.title(), i.weight(), targets, i.aggregation()));
            }
            sections.add(new Section(s.id(), s.title(), s.weight(), revise(s.targets(), applied), items,
                    s.aggregation()));
        }
        Plan revised = breakdownsAt(plan, applied).withSections(sections);
        revised.derived(Applied.class, p -> new Applied(applied));
        return revised;
    }

    /**
     * The plan as issued with the breakdowns in force: each replaced by the last breakdown revision of
     * its target, and none for a target withdrawn.
     */
    private static Plan breakdownsAt(Plan plan, List<Revision> applied) {
        Map<String, Breakdown> byTarget = new LinkedHashMap<>();
        plan.breakdowns().forEach(b -> byTarget.put(b.target(), b));
        boolean changed = false;
        for (Revision r : applied) {
            if (r.change() instanceof Revision.NewBreakdown nb) {
                byTarget.put(r.target(), nb.breakdown());
                changed = true;
            } else if (r.change() instanceof Revision.Withdrawn && byTarget.remove(r.target()) != null) {
                changed = true;
            }
        }
        return changed ? plan.withBreakdowns(List.copyOf(byTarget.values()), plan.breakdownSettings()) : plan;
    }

    private static List<Target> revise(List<Target> targets, List<Revision> applied) {
        List<Target> out = new ArrayList<>();
        for (Target t : targets) {
            Target now = t;
            for (Revision r : applied) {
                if (now != null && r.target().equals(t.id())) {
                    now = apply(now, r.change());
                }
            }
            if (now != null) {
                out.add(now);
            }
        }
        return out;
    }

    private static Target apply(Target t, Revision.Change change) {
        if (change instanceof Revision.NewGoal g) {
            return t.toBuilder().goal(g.goal()).build();
        }
        if (change instanceof Revision.NewDue d) {
            return t.toBuilder().due(d.due()).build();
        }
        return change instanceof Revision.Withdrawn ? null : t;
    }

    /**
     * Returns the revisions applied to make a plan, when it came from {@link #planAt}.
     *
     * @param plan a plan
     * @return the revisions, in the order applied; empty for a plan as issued
     */
    public static List<Revision> appliedTo(Plan plan) {
        return plan.derived(Applied.class, p -> new Applied(List.of())).revisions();
    }

    /**
     * Says what a revision changes and on whose decision, in words for officials.
     *
     * @param revision the revision
     * @return such as {@code goal 8; decided 2023-07-10, effective 2023-07-01; 受市场影响下调; 县常委会会议纪要〔2023〕12号}
     *         and {@code 目标值调整为8；2023-07-10决定，2023-07-01起执行；受市场影响下调；县常委会会议纪要〔2023〕12号}
     */
    public static Explanation describe(Revision revision) {
        Revision r = Objects.requireNonNull(revision, "revision");
        String what;
        String whatZh;
        if (r.change() instanceof Revision.NewGoal g) {
            what = "goal " + g.goal();
            whatZh = "目标值调整为" + g.goal();
        } else if (r.change() instanceof Revision.NewDue d) {
            what = "due " + d.due();
            whatZh = "完成时限调整为" + d.due();
        } else if (r.change() instanceof Revision.Withdrawn) {
            what = "target withdrawn";
            whatZh = "撤销目标";
        } else if (r.change() instanceof Revision.NewBreakdown nb) {
            what = "breakdown " + units(nb.breakdown(), ", ");
            whatZh = "分解调整为" + units(nb.breakdown(), "、");
        } else {
            what = "target added";
            whatZh = "新增目标";
        }
        return Explanation.of(what + "; decided " + r.decided() + ", effective " + r.effective() + "; " + r.reason()
                + r.reference().map(x -> "; " + x).orElse(""), whatZh + "；" + r.decided() + "决定，" + r.effective()
                + "起执行；" + r.reason() + r.reference().map(x -> "；" + x).orElse(""));
    }

    private static String units(Breakdown b, String separator) {
        List<String> parts = new ArrayList<>();
        for (io.github.policyplan.model.Allotment a : b.units()) {
            parts.add(a.unit() + " " + (a.share().isPresent() ? io.github.policyplan.core.NumberText.format(
                    a.share().getAsDouble() * 100) + "%" : a.goal().map(Object::toString).orElse("—")));
        }
        return String.join(separator, parts);
    }

    /** The revisions that made a plan, kept with it. */
    private record Applied(List<Revision> revisions) {
    }

    @Override
    public String toString() {
        return "Revisions[plan " + plan.id() + ": " + list.size() + (list.size() == 1 ? " revision]" : " revisions]");
    }
}
