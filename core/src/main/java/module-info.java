/**
 * policyplan core: reading, validating and writing plans, progress reports and assessment schemes
 * (YAML, JSON, CSV) with every problem located by file, line, column and path; scoring, roll-up and
 * assessment, every number explained.
 *
 * <p>Exported packages: {@link io.github.policyplan.core} (the library's exceptions and
 * {@link io.github.policyplan.core.Problem}, explanations), {@link io.github.policyplan.rules} (scoring
 * rules and the catalogue of strategy names), {@link io.github.policyplan.plans} (reading and writing
 * plans), {@link io.github.policyplan.progress} (progress reports and the progress log),
 * {@link io.github.policyplan.scoring} (scorecards), {@link io.github.policyplan.assessment}
 * (assessing units) and {@link io.github.policyplan.report} (HTML, CSV and Markdown reports, bulletins,
 * supervision notices) and {@link io.github.policyplan.store} (a journal file and a JDBC store for reports,
 * corrections and revisions). {@code io.github.policyplan.internal.read} (the located document tree, fields, problems, hints)
 * and {@code io.github.policyplan.internal.write} (JSON, atomic files) are not exported.
 */
module io.github.policyplan.core {
    requires transitive io.github.policyplan.model;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.yaml.snakeyaml;
    requires org.apache.commons.lang3;
    requires transitive java.sql;

    exports io.github.policyplan.core;
    exports io.github.policyplan.rules;
    exports io.github.policyplan.plans;
    exports io.github.policyplan.progress;
    exports io.github.policyplan.scoring;
    exports io.github.policyplan.rollup;
    exports io.github.policyplan.assessment;
    exports io.github.policyplan.report;
    exports io.github.policyplan.store;
}
