package io.github.policyplan.progress;

import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Plan;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the plan and target a row of a reports file for many plans is on, and holds each plan's rows.
 * The plan of a row is:
 * <ol>
 *   <li>the one its plan column names, when the header has one (the target column then holds the
 *       plan's own target id);</li>
 *   <li>otherwise the one the target column names before a slash, {@code county-0001/s1.i1.t1} (ids
 *       have no slash);</li>
 *   <li>otherwise, for a bare target id, the only plan read with that has the target: with one plan,
 *       that plan; with several, a target id in more than one of them is a problem that asks for the
 *       plan to be named.</li>
 * </ol>
 * Not thread-safe.
 */
final class PlanLookup {

    /** A row's plan and target, by index; -1 where not found (a problem was reported). */
    record Found(int plan, int target) {
    }

    private static final int AMBIGUOUS = -2;

    private final List<Plan> plans;
    private final Map<String, Integer> byId = new HashMap<>();
    private final PlanRows[] rows;
    private Map<String, Integer> byTarget;
    private boolean planColumn;
    private byte[] lastPlanBytes = new byte[64];
    private int lastPlanLength = -1;

    PlanLookup(List<Plan> plans) {
        this.plans = plans;
        this.rows = new PlanRows[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            if (byId.putIfAbsent(plans.get(i).id(), i) != null) {
                throw new IllegalArgumentException("two plans given have the id " + plans.get(i).id());
            }
        }
    }

    /** Adds another lookup's rows, read after this one's from the same file, to each plan's rows. */
    void append(PlanLookup later) {
        for (int i = 0; i < rows.length; i++) {
            PlanRows more = later.rows[i];
            later.rows[i] = null;
            if (more != null) {
                if (rows[i] == null) {
                    rows[i] = more;
                } else {
                    rows[i].append(more);
                }
            }
        }
    }

    /** Says whether the header has a plan column. */
    void columns(boolean hasPlanColumn) {
        this.planColumn = hasPlanColumn;
    }

    /** The rows of a plan, made on first use. */
    PlanRows rows(int plan) {
        PlanRows r = rows[plan];
        if (r == null) {
            r = new PlanRows(plans.get(plan), plans.get(plan).targets().size() * 4);
            rows[plan] = r;
        }
        return r;
    }

    /** Whether the plan field holds the same bytes as the plan found last. */
    boolean isLast(CsvScanner in, int p) {
        return in.same(p, lastPlanBytes, lastPlanLength);
    }

    /**
     * Finds a row's plan and target, reporting what is not found.
     *
     * @param in       the scanner, on the row
     * @param p        the plan field, or -1
     * @param f        the target field
     * @param path     the target's path
     * @param problems where problems go
     * @param keep     whether problems are still kept (then unknown ids get suggestions)
     * @return the plan and target
     */
    Found find(CsvScanner in, int p, int f, String path, Problems problems, boolean keep)
            throws CharacterCodingException {
        String target = in.text(f).strip();
        int plan;
        if (p >= 0) {
            plan = planNamed(in.text(p).strip(), in.line(p), in.column(p), path.replace(".target", ".plan"), problems,
                    keep);
            remember(in, p, plan);
        } else if (plans.size() == 1) {
            plan = 0;
        } else {
            int slash = target.indexOf('/');
            if (slash >= 0) {
                plan = planNamed(target.substring(0, slash), in.line(f), in.column(f), path, problems, keep);
                target = target.substring(slash + 1);
            } else {
                plan = planOf(target, in.line(f), in.column(f), path, problems);
            }
        }
        if (plan < 0) {
            return new Found(-1, -1);
        }
        Plan pl = plans.get(plan);
        int index = pl.indexOf(target);
        if (index < 0) {
            ReportRules.Issue issue = keep ? ReportRules.unknownTarget(target, pl)
                    : ReportRules.Issue.of("unknown target '" + Texts.abbreviate(target) + "'");
            problems.add(in.line(f), in.column(f), path, issue.message(), issue.hint());
        }
        return new Found(plan, index);
    }

    private void remember(CsvScanner in, int p, int plan) {
        lastPlanLength = -1;
        int n = in.end[p] - in.start[p];
        if (plan >= 0 && !in.quoted(p)) {
            if (n > lastPlanBytes.length) {
                lastPlanBytes = new byte[n * 2];
            }
            System.arraycopy(in.buf, in.start[p], lastPlanBytes, 0, n);
            lastPlanLength = n;
        }
    }

    private int planNamed(String id, int line, int column, String path, Problems problems, boolean keep) {
        Integer i = byId.get(id);
        if (i == null) {
            Optional<String> hint = keep ? Texts.didYouMean(id, byId.keySet()) : Optional.empty();
            List<String> ids = new ArrayList<>();
            for (Plan p : plans.subList(0, Math.min(5, plans.size()))) {
                ids.add(p.id());
            }
            problems.add(line, column, path, "unknown plan '" + Texts.abbreviate(id) + "': the reports are read with "
                    + plans.size() + (plans.size() == 1 ? " plan, " : " plans, ") + String.join(", ", ids)
                    + (plans.size() > ids.size() ? ", …" : ""), hint.isPresent() ? hint : Optional.of("read the file with the plans it"
                                    + " reports on"));
            return -1;
        }
        return i;
    }

    private int planOf(String target, int line, int column, String path, Problems problems) {
        if (byTarget == null) {
            byTarget = new HashMap<>();
            for (int i = 0; i < plans.size(); i++) {
                for (var t : plans.get(i).targets()) {
                    byTarget.merge(t.id(), i, (a, b) -> AMBIGUOUS);
                }
            }
        }
        Integer i = byTarget.get(target);
        if (i == null) {
            problems.add(line, column, path, "unknown target '" + Texts.abbreviate(target) + "' in the "
                    + plans.size() + " plans", Optional.of(planColumn ? "check the id" : "name the plan before the"
                            + " target, plan/target, or add a plan column"));
            return -1;
        }
        if (i == AMBIGUOUS) {
            problems.add(line, column, path, "the target " + Texts.abbreviate(target) + " is in more than one of the "
                    + plans.size() + " plans", Optional.of("name the plan before the target: " + plans.get(0).id()
                            + "/" + Texts.abbreviate(target) + ", or add a plan column"));
            return -1;
        }
        return i;
    }

    /**
     * Builds every plan's log, in the order the plans were given, reporting conflicts at the later
     * report's value.
     */
    Map<String, ProgressLog> build(Problems problems) {
        return build(problems, 0, plans.size());
    }

    /** Builds the logs of plans {@code [from, to)}, as {@link #build(Problems)} does; shares of plans may be built on threads of their own. */
    Map<String, ProgressLog> build(Problems problems, int from, int to) {
        Map<String, ProgressLog> logs = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            Plan plan = plans.get(i);
            PlanRows r = rows[i];
            rows[i] = null;
            if (r == null) {
                logs.put(plan.id(), ProgressLog.empty(plan));
                continue;
            }
            List<Runnable> conflicts = new ArrayList<>();
            ProgressLog log = r.build((target, day, first, kept, second, other) -> {
                long at = r.where(second);
                long was = r.where(first);
                ReportRules.Issue issue = ReportRules.conflict(plan.targets().get(target).id(),
                        java.time.LocalDate.ofEpochDay(day), other, kept, "at line " + BulkRows.lineOf(was));
                conflicts.add(() -> problems.add(BulkRows.lineOf(at), BulkRows.columnOf(at), "reports["
                        + BulkRows.rowOf(at) + "].value", issue.message(), issue.hint()));
            }, problems);
            conflicts.forEach(Runnable::run);
            logs.put(plan.id(), log);
        }
        return logs;
    }
}
