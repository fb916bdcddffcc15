/**
 * The policyplan domain model: immutable plans, sections, items and targets.
 * It has no dependencies and knows nothing of file formats or scoring.
 */
module io.github.policyplan.model {
    exports io.github.policyplan.model;
}
