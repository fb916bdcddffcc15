/**
 * policyplan core: reading, validating and writing plans (YAML and JSON), with every problem
 * located by file, line, column and plan path.
 *
 * <p>Exported packages: {@link io.github.policyplan.core} (the library's exceptions and
 * {@link io.github.policyplan.core.Problem}) and {@link io.github.policyplan.plans} (reading and
 * writing plans). {@code io.github.policyplan.internal} holds the YAML binding and is not exported.
 */
module io.github.policyplan.core {
    requires transitive io.github.policyplan.model;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.apache.commons.lang3;

    exports io.github.policyplan.core;
    exports io.github.policyplan.plans;
}
