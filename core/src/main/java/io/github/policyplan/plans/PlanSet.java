package io.github.policyplan.plans;

import io.github.policyplan.core.Problem;
import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.TextInput;
import io.github.policyplan.internal.read.TreeReader;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.InvalidPlanException;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans loaded together, whose targets count toward targets of the plans above them (目标层层分解到下级计划):
 * the counties' 引进到位资金 toward the city's, the cities' toward the province's. Every {@code counts-toward}
 * link is checked when the set is made, all problems at once: the plan and target named exist, their units
 * convert ({@link Magnitudes}: 万元 ↔ 亿元, 亩 ↔ 万亩), the higher target's measure can be combined (shares
 * and growth rates need {@code combine: weighted-mean}, milestones and grades {@code combine: lowest}), and
 * no plan counts toward itself however indirectly. A set is complete or not made at all.
 *
 * <pre>{@code
 * PlanSet set = PlanSet.read(Path.of("city.yaml"), Path.of("a-county.yaml"), Path.of("b-county.yaml"));
 * set.into("city-2023", "funds");      // the lower plans' targets counting toward the city's funds
 * }</pre>
 *
 * <p>{@code io.github.policyplan.rollup.Cascade} rolls the values up. Immutable and thread-safe.
 */
public final class PlanSet {

    private final List<Plan> plans;
    private final Map<String, Plan> byId = new LinkedHashMap<>();
    private final List<Plan> bottomUp;
    private final Map<String, List<Link>> links;
    /** Each plan's targets that lower plans count toward, in plan order; plans without any are left out. */
    private final Map<String, List<String>> cascaded = new HashMap<>();

    /**
     * A lower plan's target counting toward a higher plan's.
     *
     * @param lowerPlan  the lower plan
     * @param lower      its target
     * @param higherPlan the higher plan
     * @param higher     the target counted toward
     * @param method     how the lower plans' values combine into the higher target's
     * @param exponent   the power of ten that turns a value in the lower target's unit into the higher's
     *                   ({@code -4} for 万元 → 亿元)
     * @param index      the lower plan's index in the set
     */
    public record Link(Plan lowerPlan, Target lower, Plan higherPlan, Target higher, Combine method, int exponent,
            int index) {

        /**
         * Checks the components.
         *
         * @param lowerPlan  the lower plan
         * @param lower      its target
         * @param higherPlan the higher plan
         * @param higher     the target counted toward
         * @param method     how the lower plans' values combine
         * @param exponent   the power of ten between the units
         * @param index      the lower plan's index in the set
         */
        public Link {
            Objects.requireNonNull(lowerPlan, "lowerPlan");
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(higherPlan, "higherPlan");
            Objects.requireNonNull(higher, "higher");
            Objects.requireNonNull(method, "method");
        }

        /**
         * Returns the lower target's weight in a weighted mean.
         *
         * @return the weight its {@code counts-toward} gives; 1 by default
         */
        public double weight() {
            return lower.countsToward().orElseThrow().weight();
        }

        Link withMethod(Combine m) {
            return new Link(lowerPlan, lower, higherPlan, higher, m, exponent, index);
        }
    }

    private PlanSet(List<Plan> plans, Map<String, List<Link>> links) {
        this.plans = List.copyOf(plans);
        for (Plan p : plans) {
            byId.put(p.id(), p);
        }
        Map<String, List<Link>> copy = new LinkedHashMap<>();
        links.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(k, List.copyOf(v));
            }
        });
        this.links = copy;
        this.bottomUp = order();
        Map<String, List<String>> into = new HashMap<>();
        for (List<Link> l : copy.values()) {
            into.computeIfAbsent(l.get(0).higherPlan().id(), k -> new ArrayList<>()).add(l.get(0).higher().id());
        }
        into.forEach((id, targets) -> {
            Plan p = byId.get(id);
            targets.sort(Comparator.comparingInt(p::indexOf));
            cascaded.put(id, List.copyOf(targets));
        });
    }

    /**
     * Makes a set of plans already in memory.
     *
     * @param plans the plans, in any order
     * @return the set
     * @throws InvalidPlanException listing every problem, each path led by the plan's id
     *                              ({@code a-county:sections[0].targets[1].counts-toward.plan})
     */
    public static PlanSet of(List<Plan> plans) {
        CascadeChecks checks = new CascadeChecks(List.copyOf(plans));
        checks.check();
        if (!checks.found().isEmpty()) {
            List<Violation> violations = new ArrayList<>();
            for (CascadeChecks.Found f : checks.found()) {
                Plan p = plans.get(f.plan());
                violations.add(new Violation(p.id() + ":" + path(p, f), f.message(), Optional.of(f.hint())));
            }
            throw new InvalidPlanException(violations);
        }
        return new PlanSet(plans, checks.links());
    }

    /**
     * Reads plans from files and makes a set of them.
     *
     * @param paths the plan files (YAML or JSON)
     * @return the set
     * @throws PlanException listing every problem of every file, each with its file, line, column and path
     * @throws IOException   when a file cannot be read
     */
    public static PlanSet read(Path... paths) throws IOException {
        return read(Arrays.asList(paths));
    }

    /**
     * Reads plans from files and makes a set of them.
     *
     * @param paths the plan files (YAML or JSON)
     * @return the set
     * @throws PlanException listing every problem of every file, each with its file, line, column and path
     * @throws IOException   when a file cannot be read
     */
    public static PlanSet read(List<Path> paths) throws IOException {
        List<Plan> plans = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            try {
                plans.add(Plans.read(path));
            } catch (PlanException e) {
                problems.addAll(e.problems());
            }
        }
        String source = String.join(", ", paths.stream().map(Path::toString).toList());
        if (!problems.isEmpty()) {
            throw new PlanException("plan set", source, problems, problems.size());
        }
        CascadeChecks checks = new CascadeChecks(plans);
        checks.check();
        if (checks.found().isEmpty()) {
            return new PlanSet(plans, checks.links());
        }
        Map<Integer, Node> trees = new HashMap<>();
        for (CascadeChecks.Found f : checks.found()) {
            Plan p = plans.get(f.plan());
            String path = path(p, f);
            Node root = trees.computeIfAbsent(f.plan(), i -> tree(paths.get(i)));
            Node at = root == null ? null : DocumentPath.locate(root, path);
            problems.add(new Problem(paths.get(f.plan()).toString(), at == null ? 1 : at.line(), at == null ? 1
                    : at.column(), path, f.message(), Optional.of(f.hint())));
        }
        problems.sort(Comparator.comparing(Problem::source, Comparator.comparingInt(s -> sourceIndex(paths, s)))
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        throw new PlanException("plan set", source, problems, problems.size());
    }

    private static int sourceIndex(List<Path> paths, String source) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).toString().equals(source)) {
                return i;
            }
        }
        return paths.size();
    }

    /** The file's tree, to place problems found after it was read; null when it cannot be read again. */
    private static Node tree(Path path) {
        try {
            String text = TextInput.strip(Files.readString(path, StandardCharsets.UTF_8));
            TreeReader.Format format = PlanFormat.forFileName(path.toString()) == PlanFormat.JSON
                    ? TreeReader.Format.JSON : TreeReader.Format.YAML;
            return new TreeReader(Integer.MAX_VALUE - 16, 1000).read(text, format, new Problems(path.toString(), 1))
                    .orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The path in the plan of a problem found: the target's, then the key under it. */
    private static String path(Plan p, CascadeChecks.Found f) {
        if (f.target().isEmpty()) {
            return f.key();
        }
        Plan.TargetPosition at = p.position(f.target()).orElseThrow();
        String path = DocumentPath.index("sections", at.section());
        if (at.item() >= 0) {
            path = DocumentPath.index(path + ".items", at.item());
        }
        return DocumentPath.index(path + ".targets", at.index()) + "." + f.key();
    }

    /** Orders the plans so that every plan comes after the plans counting toward it. */
    private List<Plan> order() {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> above = new HashMap<>();
        for (Plan p : plans) {
            waiting.put(p.id(), 0);
        }
        for (List<Link> into : links.values()) {
            for (Link l : into) {
                List<String> ups = above.computeIfAbsent(l.lowerPlan().id(), k -> new ArrayList<>());
                if (!ups.contains(l.higherPlan().id())) {
                    ups.add(l.higherPlan().id());
                    waiting.merge(l.higherPlan().id(), 1, Integer::sum);
                }
            }
        }
        Deque<String> ready = new ArrayDeque<>();
        for (Plan p : plans) {
            if (waiting.get(p.id()) == 0) {
                ready.add(p.id());
            }
        }
        List<Plan> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            out.add(byId.get(id));
            for (String up : above.getOrDefault(id, List.of())) {
                if (waiting.merge(up, -1, Integer::sum) == 0) {
                    ready.add(up);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the plans, in the order given.
     *
     * @return an unmodifiable list
     */
    public List<Plan> plans() {
        return plans;
    }

    /**
     * Returns the plans ordered so that every plan comes after the plans counting toward it: the counties
     * before their city, the cities before their province.
     *
     * @return an unmodifiable list
     */
    public List<Plan> bottomUp() {
        return bottomUp;
    }

    /**
     * Finds a plan by id.
     *
     * @param id the plan's id
     * @return the plan
     * @throws IllegalArgumentException when the set has no plan with that id
     */
    public Plan plan(String id) {
        Plan p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no plan '" + id + "' in the set");
        }
        return p;
    }

    /**
     * Returns the lower plans' targets that count toward a target.
     *
     * @param planId   the higher plan's id
     * @param targetId the higher target's id
     * @return the links, in the order of the set; empty when nothing counts toward the target
     */
    public List<Link> into(String planId, String targetId) {
        return links.getOrDefault(planId + "\u0000" + targetId, List.of());
    }

    /**
     * Returns the targets of a plan that lower plans count toward, in plan order.
     *
     * @param planId the plan's id
     * @return the target ids
     */
    public List<String> cascaded(String planId) {
        plan(planId);
        return cascaded.getOrDefault(planId, List.of());
    }
}
