package io.github.policyplan.plans;

import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.internal.read.Violations;
import io.github.policyplan.model.Checks;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.UnitKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a plan's departments, and resolves the names targets give them: an id, an alias or the full
 * name. Not thread-safe: one instance serves one load.
 */
final class DepartmentBinder {

    static final Set<String> DEPARTMENT_KEYS = Fields.keys("id", "name", "kind", "aliases");

    private static final UnitKind[] UNIT_KINDS = UnitKind.values();

    private final Problems problems;
    /** Department ids and aliases, each to the department's id; after {@link #bind}, full names too. */
    private final Map<String, String> names = new LinkedHashMap<>();
    /** Departments' full names to their ids: references may use them too. */
    private final Map<String, String> fullNames = new LinkedHashMap<>();
    /** Where each id, alias and full name of this file is defined, to point at a stray space in it. */
    private final Map<String, String> definedAt = new LinkedHashMap<>();
    /**
     * Each defined id, alias or full name that holds invisible or odd spaces, by the text without them: the
     * reference a stray space would explain, found without comparing it with every name.
     */
    private final Map<String, String> withStray = new LinkedHashMap<>();
    /** The aliases read, to check once every full name is known that none is another department's name. */
    private final List<AliasAt> aliasesRead = new ArrayList<>();

    /** An alias as written, with its department's id. */
    private record AliasAt(Fields owner, Node.ScalarNode node, int index, String id) {
    }

    /**
     * Creates a binder.
     *
     * @param problems where problems go
     */
    DepartmentBinder(Problems problems) {
        this.problems = problems;
    }

    /**
     * Binds the plan's departments. Every id is claimed first, so that references resolve even where a
     * department has other problems.
     *
     * @param plan the plan's fields
     * @return the departments, or empty after any problem in them
     */
    Optional<List<Department>> bind(Fields plan) {
        if (plan.require("departments", "list the departments that lead or cooperate on targets").isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Node>> nodes = plan.list("departments");
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        List<Optional<Fields>> opened = new ArrayList<>();
        for (int i = 0; i < nodes.get().size(); i++) {
            Optional<Fields> d = plan.open(nodes.get().get(i), "departments", i, "a department", DEPARTMENT_KEYS);
            d.ifPresent(this::claimId);
            opened.add(d);
        }
        List<Department> out = new ArrayList<>();
        boolean ok = true;
        for (Optional<Fields> d : opened) {
            Optional<Department> department = d.flatMap(this::department);
            department.ifPresent(out::add);
            ok &= department.isPresent();
        }
        ok &= aliasesAreNoOtherName();
        fullNames.forEach(names::putIfAbsent);
        return ok ? Optional.of(out) : Optional.empty();
    }

    /**
     * Learns the names of a built plan's departments, for resolving the names in a file read against it.
     *
     * @param known the plan's departments
     */
    void know(List<Department> known) {
        for (Department d : known) {
            names.putIfAbsent(d.id(), d.id());
            d.aliases().forEach(a -> names.putIfAbsent(a, d.id()));
        }
        known.forEach(d -> names.putIfAbsent(d.name(), d.id()));
    }

    private void claimId(Fields d) {
        d.optionalText("id").ifPresent(id -> {
            define(id, d.path("id"));
            if (names.putIfAbsent(id, id) != null) {
                d.problem("id", Checks.duplicateDepartmentId(id), Optional.empty());
            }
        });
    }

    private Optional<Department> department(Fields d) {
        Optional<String> id = d.requiredText("id", "give the department a short id, such as kj");
        Optional<String> name = d.requiredText("name", "give the department's full name, such as 县科技局");
        Optional<UnitKind> kind = d.has("kind") ? Codes.read(d, "kind", UNIT_KINDS, UnitKind::code)
                : Optional.of(UnitKind.DEPARTMENT);
        Optional<List<Node.ScalarNode>> aliasNodes = d.textList("aliases");
        if (d.get("aliases").filter(Node.ScalarNode.class::isInstance).isPresent()
                && SEPARATORS.split(aliasNodes.get().get(0).text().strip()).length > 1) {
            String[] parts = SEPARATORS.split(aliasNodes.get().get(0).text().strip());
            d.problem("aliases", "the alias '" + Texts.abbreviate(aliasNodes.get().get(0).text())
                    + "' holds several names", Optional.of("write the aliases as a list: [" + String.join(", ", parts)
                            + "]"));
        }
        List<String> aliases = aliasNodes.map(nodes -> aliases(d, nodes, id)).orElse(List.of());
        if (id.isPresent() && name.isPresent()) {
            define(name.get(), d.path("name"));
            String first = fullNames.putIfAbsent(name.get(), id.get());
            if (first != null && !first.equals(id.get())) {
                d.problem("name", "department " + id.get() + " has the name '" + Texts.abbreviate(name.get())
                        + "' of department " + first, Optional.of("give each department its own full name: a target"
                                + " whose lead is '" + Texts.abbreviate(name.get()) + "' could mean either"));
            }
        }
        if (d.failed() || id.isEmpty() || name.isEmpty() || kind.isEmpty() || aliasNodes.isEmpty()) {
            return Optional.empty();
        }
        return Violations.construct(d.node(), d::path, () -> new Department(id.get(), name.get(), kind.get(),
                aliases), problems);
    }

    /** Reads a department's aliases, claiming each for it when its id could be read. */
    private List<String> aliases(Fields d, List<Node.ScalarNode> nodes, Optional<String> id) {
        List<String> aliases = new ArrayList<>(nodes.size());
        for (int a = 0; a < nodes.size(); a++) {
            String alias = nodes.get(a).text();
            aliases.add(alias);
            define(alias, DocumentPath.index(d.path("aliases"), a));
            int index = a;
            id.ifPresent(owner -> aliasesRead.add(new AliasAt(d, nodes.get(index), index, owner)));
            Optional<String> taken = id.flatMap(owner -> Checks.claimAlias(names, alias, owner));
            if (taken.isPresent()) {
                problems.add(nodes.get(a), DocumentPath.index(d.path("aliases"), a), taken.get());
                d.fail();
            }
        }
        return aliases;
    }

    /** Refuses an alias that is another department's full name: a reference to it could mean either. */
    private boolean aliasesAreNoOtherName() {
        boolean ok = true;
        for (AliasAt a : aliasesRead) {
            String named = fullNames.get(a.node().text());
            if (named != null && !named.equals(a.id())) {
                problems.add(a.node(), DocumentPath.index(a.owner().path("aliases"), a.index()), "the alias '"
                        + Texts.abbreviate(a.node().text()) + "' of department " + a.id()
                        + " is the full name of department " + named, Optional.of("remove the alias: a target whose"
                                + " lead is '" + Texts.abbreviate(a.node().text()) + "' could mean either"));
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Resolves a department's id, alias or full name to its id.
     *
     * @param f     the map that names it
     * @param key   the key that names it
     * @param index its index in the key's list, or -1 when the key holds the name itself
     * @param node  the node that names it
     * @param name  the name
     * @return the id, or empty after a problem (the map is failed)
     */
    Optional<String> resolve(Fields f, String key, int index, Node node, String name) {
        Optional<String> id = Optional.ofNullable(names.get(name));
        if (id.isEmpty() && problems.full()) {
            // Past the cap the problem is only counted: no path, hint or message that nobody would see.
            problems.countPastCap();
            f.fail();
        } else if (id.isEmpty()) {
            String path = index < 0 ? f.path(key) : DocumentPath.index(f.path(key), index);
            Optional<String> hint = several(key, name);
            if (hint.isEmpty() && !problems.full()) {
                hint = stray(name);
            }
            if (hint.isEmpty() && !problems.full()) {
                hint = Texts.didYouMean(name, names.keySet());
            }
            problems.add(node, path, Checks.unknownDepartment(Texts.abbreviate(name)), Optional.of(hint.orElseGet(
                    () -> "add it under departments, or use one of: " + Texts.shortList(names.keySet()))));
            f.fail();
        }
        return id;
    }

    /**
     * Points at the definition of a department name that differs from the one written only by invisible or
     * odd spaces: the slip is in the definition, and typing the space into every reference is no fix.
     */
    private Optional<String> stray(String name) {
        String defined = withStray.get(name);
        if (defined == null) {
            return Optional.empty();
        }
        return Texts.strayCharacters(name, defined).map(stray -> "the department '" + defined + "' at "
                + definedAt.get(defined) + " has a stray " + stray + ": remove it there");
    }

    /** Notes where a department's id, alias or full name is defined, the first time it is. */
    private void define(String text, String path) {
        if (definedAt.putIfAbsent(text, path) == null && Texts.hasExotic(text)) {
            withStray.putIfAbsent(Texts.withoutExotic(text), text);
        }
    }

    /** Separators of names in one text: 科技局/工信局, 科技局、工信局, 工信局, 发改局. */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("\\s*[/、,，;；]\\s*");

    /**
     * Says how to write a text that names several departments, each known: a target has one lead and the
     * others cooperate; a list of names is written as a list.
     */
    private Optional<String> several(String key, String name) {
        String[] parts = SEPARATORS.split(name.strip());
        if (parts.length < 2) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (!names.containsKey(part)) {
                return Optional.empty();
            }
        }
        List<String> rest = List.of(parts).subList(1, parts.length);
        if (key.equals("lead")) {
            return Optional.of("a target has one lead: write lead: " + parts[0] + " and put the others under"
                    + " cooperating: [" + String.join(", ", rest) + "]");
        }
        return Optional.of("write the names as a list: [" + String.join(", ", parts) + "]");
    }
}
