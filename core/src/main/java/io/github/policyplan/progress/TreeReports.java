package io.github.policyplan.progress;

import io.github.policyplan.internal.read.DateReader;
import io.github.policyplan.internal.read.DocumentPath;
import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Node;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.internal.read.Texts;
import io.github.policyplan.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the reports of a progress file written in YAML or JSON from its located document tree,
 * reporting unknown keys, missing fields and fields of the wrong shape. Checking the reports
 * against the plan is {@link ReportRules}'s work.
 *
 * <pre>
 * plan: county-2023                    # optional; when given, the id of the plan read with
 * reports:
 *   - {target: s1.i1.t1, date: 2023-Q1, value: 3, source: 县科技局, note: …, evidence: …}
 * </pre>
 */
final class TreeReports {

    static final List<String> FILE_KEYS = List.of("plan", "reports");
    static final List<String> REPORT_KEYS = List.of("target", "unit", "date", "value", "source", "note", "evidence",
            "recorded");

    static final String TARGET_ADVICE = "name the target by its id, such as s1.i1.t1";
    static final String DATE_ADVICE = "write the date the value is as of: " + DateReader.FORMS;
    static final String VALUE_ADVICE = "write the value: a number, or the stage or grade reached";

    private TreeReports() {
    }

    /**
     * Reads the reports.
     *
     * @param root     the document's root
     * @param plan     the plan the file must be for
     * @param problems where problems go
     * @return the reports as read, in file order; empty when there are none or the file's shape is wrong
     */
    static List<RawReport> read(Node root, Plan plan, Problems problems) {
        if (root instanceof Node.ListNode) {
            problems.add(root, "", "expected a progress file (a map with the key reports), found a list",
                    Optional.of("write reports: on a line of its own above the list"));
            return List.of();
        }
        Optional<Fields> opened = Fields.open(root, "", "a progress file", FILE_KEYS, problems);
        if (opened.isEmpty()) {
            return List.of();
        }
        Fields f = opened.get();
        Optional<String> planId = f.optionalText("plan");
        if (planId.isPresent() && !planId.get().equals(plan.id())) {
            f.problem("plan", "this progress file is for plan '" + Texts.abbreviate(planId.get()) + "', not '"
                    + plan.id() + "'", Optional.empty());
        }
        if (f.require("reports", "list the reports under reports:, each with target, date and value").isEmpty()) {
            return List.of();
        }
        List<Node> items = f.list("reports").orElse(List.of());
        List<RawReport> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String path = DocumentPath.index(f.path("reports"), i);
            Fields.open(items.get(i), path, "a report", REPORT_KEYS, problems)
                    .ifPresent(report -> out.add(report(report, path, problems)));
        }
        return out;
    }

    private static RawReport report(Fields r, String path, Problems problems) {
        Optional<ReportRules.Cell> target = r.require("target", TARGET_ADVICE)
                .filter(t -> r.text("target", t).isPresent()).map(ReportRules.Cell::tree);
        Optional<String> unit = r.optionalText("unit");
        if (unit.isPresent() && target.isPresent()) {
            target = Optional.of(target.get().withUnit(unit.get()));
        }
        Optional<ReportRules.Cell> date = r.require("date", DATE_ADVICE)
                .filter(d -> DateReader.isDateShaped(d, () -> r.path("date"), problems)).map(ReportRules.Cell::tree);
        Optional<ReportRules.Cell> value = r.require("value", VALUE_ADVICE).map(ReportRules.Cell::tree);
        return new RawReport(path, target, date, value, r.optionalText("source"), r.optionalText("note"),
                r.optionalText("evidence"), r.get("recorded").map(ReportRules.Cell::tree));
    }
}
