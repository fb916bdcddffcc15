package io.github.policyplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.dialect.DialectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four schemas shipped for editors — plans, goal sheets, progress files and assessment schemes —
 * are valid JSON Schema 2020-12 documents with one stable {@code $id} scheme, found on the class path
 * under that {@code $id}, documented on every property, and share their definitions of a date.
 */
class SchemaIdsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan.schema.json", "goal-sheet.schema.json", "progress.schema.json",
            "scheme.schema.json", "breakdown.schema.json",
            "journal-line.schema.json", "scorecard.schema.json"})
    void isAValidDraft202012SchemaWithItsIdUnderTheCommonBase(String name) {
        JsonNode schema = SchemaFiles.document(name);

        assertThat(schema.path("$schema").asText()).isEqualTo(DialectId.DRAFT_2020_12);
        assertThat(schema.path("$id").asText()).isEqualTo(SchemaFiles.BASE + name);
        assertThat(SchemaFiles.metaSchema().validate(schema)).isEmpty();
        assertThat(SchemaFiles.schema(name)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan.schema.json", "goal-sheet.schema.json", "progress.schema.json",
            "scheme.schema.json", "breakdown.schema.json",
            "journal-line.schema.json", "scorecard.schema.json"})
    void givesEveryPropertyAndDefinitionATitleAndADescription(String name) {
        assertThat(SchemaFiles.undocumented(SchemaFiles.document(name))).isEmpty();
    }

    @Test
    void schemesReadDatesAsPlansDo() {
        assertThat(SchemaFiles.document("scheme.schema.json").path("$defs").path("date"))
                .isEqualTo(SchemaFiles.document("plan.schema.json").path("$defs").path("date"));
    }

    @Test
    void progressFilesAndPlansShareTheirIdDefinition() {
        assertThat(SchemaFiles.document("progress.schema.json").path("$defs").path("id"))
                .isEqualTo(SchemaFiles.document("plan.schema.json").path("$defs").path("id"));
    }
}
