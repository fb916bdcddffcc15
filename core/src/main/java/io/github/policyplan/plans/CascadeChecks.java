package io.github.policyplan.plans;

import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.CountsToward;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks the {@code counts-toward} links of a set of plans: every plan and target named exists, the units
 * convert, the higher target's measure can be combined, no plan counts toward itself however indirectly.
 * Finds every problem, each at the plan and target it belongs to. Not thread-safe: one instance serves
 * one check.
 */
final class CascadeChecks {

    /** A problem found: the plan (by index in the set), the target, the key under the target, the words. */
    record Found(int plan, String target, String key, String message, String hint) {
    }

    private final List<Plan> plans;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Found> found = new ArrayList<>();
    /** Each higher target's links, by the higher plan's index in the set and the target's in its plan; made on use. */
    private final Into[][] into;
    /** The targets with links, in the order of their first link. */
    private final List<Into> order = new ArrayList<>();
    /** Each lower plan's higher targets so far, by plan id; kept only when a plan id is loaded twice. */
    private Map<String, Map<Long, String>> pairs;
    /** The units checked last, and what they gave: plans of a set use few units, each pair checked once. */
    private final Map<String, Map<String, Fit>> fits = new HashMap<>();
    private String lastFrom;
    private String lastTo;
    private Fit lastFit;

    /** How a lower target's unit converts into a higher target's: the exponent, or why not. */
    private record Fit(OptionalInt exponent, Optional<String> refusal) {
    }

    /** A higher target's links, and the lower plan (its id's first index) and target that counted toward it last. */
    private static final class Into {
        final List<PlanSet.Link> links = new ArrayList<>();
        int plan = -1;
        String target;
        /** Whether some link says how to combine: else the method is the measure's default, read from no link. */
        boolean stated;
    }

    CascadeChecks(List<Plan> plans) {
        this.plans = plans;
        this.into = new Into[plans.size()][];
    }

    List<Found> found() {
        return found;
    }

    /** The links into each higher target, in set order, by the higher plan's id and the target's id. */
    Map<String, List<PlanSet.Link>> links() {
        Map<String, List<PlanSet.Link>> out = new LinkedHashMap<>();
        for (Into i : order) {
            if (!i.links.isEmpty()) {
                out.put(i.links.get(0).higherPlan().id() + "\u0000" + i.links.get(0).higher().id(), i.links);
            }
        }
        return out;
    }

    /** A higher target's links, made on first use. */
    private Into into(int plan, int target) {
        Into[] of = into[plan];
        if (of == null) {
            of = new Into[plans.get(plan).targets().size()];
            into[plan] = of;
        }
        Into i = of[target];
        if (i == null) {
            i = new Into();
            of[target] = i;
        }
        return i;
    }

    void check() {
        for (int p = 0; p < plans.size(); p++) {
            Integer first = index.putIfAbsent(plans.get(p).id(), p);
            if (first != null) {
                pairs = new HashMap<>();
                found.add(new Found(p, "", "id", "plan '" + plans.get(p).id() + "' is loaded twice in the set",
                        "load each plan once; give the other plan its own id"));
            }
        }
        for (int p = 0; p < plans.size(); p++) {
            Plan lower = plans.get(p);
            int owner = index.get(lower.id());
            for (Target t : lower.targets()) {
                if (t.countsToward().isPresent()) {
                    link(p, owner, lower, t, t.countsToward().get());
                }
            }
        }
        for (Into i : order) {
            methods(i.links, i.stated);
        }
        cycles();
    }

    /** Checks one link; {@code owner}: the index of the first plan with the lower plan's id. */
    private void link(int p, int owner, Plan lower, Target t, CountsToward c) {
        Integer h = index.get(c.plan());
        if (c.plan().equals(lower.id())) {
            found.add(new Found(p, t.id(), "counts-toward.plan", "target '" + t.id() + "' counts toward its own plan "
                    + lower.id() + ": a target counts toward a target of a higher plan", "for targets of one plan write"
                    + " derived: {sum: [a, b]} on the total"));
            return;
        }
        if (h == null) {
            List<String> ids = plans.stream().map(Plan::id).toList();
            found.add(new Found(p, t.id(), "counts-toward.plan", "unknown plan '" + Texts.abbreviate(c.plan())
                    + "': not one of the plans loaded together (" + Texts.list(ids) + ")",
                    Texts.didYouMean(c.plan(), ids).orElse("load the higher plan in the same set")));
            return;
        }
        Plan higherPlan = plans.get(h);
        int at = higherPlan.indexOf(c.target());
        if (at < 0) {
            List<String> ids = higherPlan.targets().stream().map(Target::id).toList();
            found.add(new Found(p, t.id(), "counts-toward.target", "unknown target '" + Texts.abbreviate(c.target())
                    + "' in plan " + higherPlan.id(), Texts.didYouMean(c.target(), ids)
                    .orElse("name one of the targets of " + higherPlan.id() + " by its id")));
            return;
        }
        Target ht = higherPlan.targets().get(at);
        Into higherInto = into(h, at);
        String earlier = earlier(higherInto, owner, lower, h, at, t);
        if (earlier != null) {
            String where = where(higherPlan, ht);
            found.add(new Found(p, t.id(), "counts-toward", "plan " + lower.id() + " already counts toward " + where
                    + " with target " + earlier, "a plan counts once toward a target; add its parts into one target"));
            return;
        }
        if (higherPlan.department(lower.id()).isPresent()) {
            found.add(new Found(p, t.id(), "counts-toward.plan", "plan id '" + lower.id() + "' is also a department of "
                    + higherPlan.id() + ": the roll-up names each lower plan by its id", "give the lower plan an id no"
                    + " department of " + higherPlan.id() + " has"));
            return;
        }
        if (higherPlan.breakdown(ht.id()).isPresent() || higherPlan.derivation(ht.id()).isPresent()) {
            String where = where(higherPlan, ht);
            String what = higherPlan.breakdown(ht.id()).isPresent() ? "is broken down among its plan's units"
                    : "is derived from other targets";
            found.add(new Found(p, t.id(), "counts-toward.target", where + " " + what + ": its value cannot also come"
                    + " from lower plans", "count toward another target, or remove its breakdown or derivation"));
            return;
        }
        OptionalInt exponent = fits(p, t, higherPlan, ht);
        if (exponent.isPresent()) {
            if (higherInto.links.isEmpty()) {
                order.add(higherInto);
            }
            higherInto.links.add(new PlanSet.Link(lower, t, higherPlan, ht, Combine.SUM, exponent.getAsInt(), p));
            higherInto.stated |= c.combine().isPresent();
        }
    }

    /**
     * The lower plan's target that counts toward the same higher target already, or null; records this one when
     * it is the first. The lower plan's targets are checked one after the other, so the higher target remembers
     * the last lower plan and its first target there; when a plan id is loaded twice, a map by id does.
     */
    private String earlier(Into higher, int owner, Plan lower, int h, int at, Target t) {
        if (pairs != null) {
            return pairs.computeIfAbsent(lower.id(), k -> new HashMap<>()).putIfAbsent((long) h << 32 | at, t.id());
        }
        if (higher.plan == owner) {
            return higher.target;
        }
        higher.plan = owner;
        higher.target = t.id();
        return null;
    }

    /** How one unit converts into another, the pair checked last kept apart from the map of the others. */
    private Fit fit(String from, String to) {
        if (from.equals(lastFrom) && to.equals(lastTo)) {
            return lastFit;
        }
        Map<String, Fit> byTo = fits.computeIfAbsent(from, k -> new HashMap<>());
        Fit fit = byTo.get(to);
        if (fit == null) {
            fit = new Fit(Magnitudes.exponent(from, to), Magnitudes.refusal(from, to));
            byTo.put(to, fit);
        }
        lastFrom = from;
        lastTo = to;
        lastFit = fit;
        return fit;
    }

    /** Where a higher target is, in words: {@code city-2023's target funds}. */
    private static String where(Plan higherPlan, Target ht) {
        return higherPlan.id() + "'s target " + ht.id();
    }

    /** Checks that the lower target's measure fits the higher's; the exponent between their units when it does. */
    private OptionalInt fits(int p, Target t, Plan higherPlan, Target ht) {
        Measure lm = t.measure();
        Measure hm = ht.measure();
        if (lm.kind().isNumeric() != hm.kind().isNumeric()
                || !lm.kind().isNumeric() && !lm.levels().equals(hm.levels())) {
            String where = where(higherPlan, ht);
            found.add(new Found(p, t.id(), "counts-toward", "a " + lm.kind().code() + " target cannot count toward "
                    + where + ", a " + hm.kind().code() + " target" + (lm.kind().isNumeric() == hm.kind().isNumeric()
                    ? " with other stages or grades " + hm.levels() : ": stages and grades are not numbers"),
                    "count toward a target measured the same way"));
            return OptionalInt.empty();
        }
        if (!lm.kind().isNumeric()) {
            return OptionalInt.of(0);
        }
        Fit fit = fit(lm.unit(), hm.unit());
        Optional<String> refusal = fit.refusal();
        if (refusal.isPresent()) {
            String where = where(higherPlan, ht);
            found.add(new Found(p, t.id(), "counts-toward", "the unit " + shown(lm.unit()) + " does not convert to "
                    + shown(hm.unit()) + " of " + where + ": " + refusal.get(), "measure both targets in one unit, or"
                    + " in magnitudes of one unit such as 万元 and 亿元"));
            return OptionalInt.empty();
        }
        return fit.exponent();
    }

    /** Decides how the links into one higher target combine, and checks that they agree and fit its measure. */
    private void methods(List<PlanSet.Link> into, boolean anyStated) {
        PlanSet.Link first = into.get(0);
        Optional<Combine> stated = Optional.empty();
        PlanSet.Link statedBy = null;
        for (PlanSet.Link l : anyStated ? into : List.<PlanSet.Link>of()) {
            Optional<Combine> c = l.lower().countsToward().orElseThrow().combine();
            if (c.isPresent() && stated.isEmpty()) {
                stated = c;
                statedBy = l;
            } else if (c.isPresent() && c.get() != stated.get()) {
                found.add(new Found(l.index(), l.lower().id(), "counts-toward.combine", "combine: " + c.get().code()
                        + " disagrees with combine: " + stated.get().code() + " of " + statedBy.lowerPlan().id()
                        + "'s target " + statedBy.lower().id() + ", which counts toward the same target",
                        "every target counting toward one higher target combines the same way"));
            }
        }
        MeasureKind kind = first.higher().measure().kind();
        Optional<Combine> method = stated.isPresent() ? stated : Combine.defaultFor(kind);
        String where = first.higherPlan().id() + "'s target " + first.higher().id();
        String problem = null;
        String hint = "write counts-toward: {plan: " + first.higherPlan().id() + ", target: " + first.higher().id()
                + ", combine: " + (kind.isNumeric() ? "weighted-mean, weight: …}, each plan weighted by its"
                + " base-year amount or the like" : "lowest}: the least advanced plan's stage or grade");
        if (method.isEmpty()) {
            problem = where + " is a " + kind.code() + " target: say how the lower plans' values combine; "
                    + Breakdown.why(kind);
        } else if (!method.get().fits(kind)) {
            problem = "combine: " + method.get().code() + " does not fit " + where + ", a " + kind.code() + " target: "
                    + Breakdown.why(kind);
        } else if (method.get() == Combine.RATIO) {
            problem = "combine: ratio needs each plan's numerator and denominator, and a lower plan's target reports"
                    + " one number";
        }
        if (problem != null) {
            for (PlanSet.Link l : into) {
                found.add(new Found(l.index(), l.lower().id(), "counts-toward", problem, hint));
            }
            into.clear();
            return;
        }
        for (int i = 0; i < into.size(); i++) {
            if (into.get(i).method() != method.get()) {
                into.set(i, into.get(i).withMethod(method.get()));
            }
        }
    }

    /** Finds plans that count toward each other, however indirectly; one problem a cycle. */
    private void cycles() {
        List<List<PlanSet.Link>> up = new ArrayList<>(plans.size());
        for (int p = 0; p < plans.size(); p++) {
            up.add(new ArrayList<>());
        }
        for (Into i : order) {
            for (PlanSet.Link l : i.links) {
                up.get(l.index()).add(l);
            }
        }
        int[] state = new int[plans.size()];
        for (int p = 0; p < plans.size(); p++) {
            if (state[p] == 0) {
                visit(p, up, state, new ArrayList<>());
            }
        }
    }

    private void visit(int p, List<List<PlanSet.Link>> up, int[] state, List<Integer> path) {
        state[p] = 1;
        path.add(p);
        Plan last = null;
        int h = -1;
        for (PlanSet.Link l : up.get(p)) {
            if (l.higherPlan() != last) {
                last = l.higherPlan();
                h = index.get(last.id());
            }
            if (state[h] == 1) {
                List<String> ids = new ArrayList<>();
                for (int k = path.indexOf(h); k < path.size(); k++) {
                    ids.add(plans.get(path.get(k)).id());
                }
                ids.add(plans.get(h).id());
                found.add(new Found(p, l.lower().id(), "counts-toward.plan", "plans count toward each other in a cycle: "
                        + String.join(" → ", ids), "a plan counts toward plans above it only; remove one of the links"));
                into[h][l.higherPlan().indexOf(l.higher().id())].links.remove(l);
            } else if (state[h] == 0) {
                visit(h, up, state, path);
            }
        }
        path.remove(path.size() - 1);
        state[p] = 2;
    }

    private static String shown(String unit) {
        return unit.isEmpty() ? "(no unit)" : unit;
    }
}
