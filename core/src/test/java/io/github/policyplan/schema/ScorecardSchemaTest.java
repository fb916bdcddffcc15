package io.github.policyplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Breakdowns;
import io.github.policyplan.plans.GoalSheets;
import io.github.policyplan.plans.Plans;
import io.github.policyplan.progress.Progress;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.rollup.RollUp;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Scoring;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The scorecard's schema and its writer agree both ways: every scorecard the library writes — the county
 * plan's at each quarter end (with forecasts, milestones, unset goals), a series, and the broken-down
 * investment plan's with its units' shares under each target — the schema accepts; each change that the
 * writer never makes (a key missing, a key unknown, a status unknown, a breakdown without its shares or on
 * a section, a share that is not a target) the schema refuses.
 */
class ScorecardSchemaTest {

    private static final Path EXAMPLES = Path.of("../examples/src/main/resources");

    private static Plan county() throws Exception {
        Plan published = Plans.read(EXAMPLES.resolve("plans/county-2023.yaml"));
        return GoalSheets.read(EXAMPLES.resolve("plans/county-2023-illustrative.yaml"), published).applyTo(published);
    }

    private static Scorecard units() throws Exception {
        Plan plan = Breakdowns.read(EXAMPLES.resolve("breakdowns/investment-2023.csv"),
                Plans.read(EXAMPLES.resolve("plans/investment-2023-units.yaml")));
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/investment-2023-units.csv"), plan);
        return RollUp.standard().score(plan, log, LocalDate.of(2023, 9, 30)).scorecard();
    }

    private static JsonNode json(String text) throws Exception {
        return SchemaFiles.JSON.readTree(text);
    }

    @Test
    void everyScorecardTheLibraryWritesTheSchemaAccepts() throws Exception {
        Plan plan = county();
        ProgressLog log = Progress.read(EXAMPLES.resolve("progress/county-2023.csv"), plan);
        List<Scorecard> year = Scoring.standard().series(plan, log, Scoring.quarterEnds(2023));
        for (Scorecard card : year) {
            assertThat(SchemaFiles.validate("scorecard.schema.json", json(card.toJson()))).as(card.toString()).isEmpty();
        }
        assertThat(SchemaFiles.validate("scorecard.schema.json", json(Scoring.standard()
                .score(plan, log, LocalDate.of(2023, 1, 15)).toJson()))).isEmpty();
        Scorecard units = units();
        assertThat(units.toJson()).contains("\"breakdown\"");
        assertThat(SchemaFiles.validate("scorecard.schema.json", json(units.toJson()))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheWriterNeverWrites() throws Exception {
        JsonNode card = json(units().toJson());
        List<Consumer<ObjectNode>> changes = List.of(
                c -> c.remove("asOf"),
                c -> c.put("score", 90),
                c -> funds(c).put("status", "excellent"),
                c -> funds(c).remove("goal"),
                c -> funds(c).putArray("children"),
                c -> breakdown(c).remove("shares"),
                c -> breakdown(c).put("reported", -1),
                c -> ((ObjectNode) breakdown(c).get("shares").get(0)).put("kind", "section"),
                c -> ((ObjectNode) breakdown(c).get("shares").get(0)).set("breakdown", breakdown(c).deepCopy()),
                c -> ((ObjectNode) c.get("root")).set("breakdown", breakdown(c).deepCopy()),
                c -> ((ObjectNode) breakdown(c).get("rollUp")).remove("zh"));
        for (int i = 0; i < changes.size(); i++) {
            ObjectNode changed = card.deepCopy();
            changes.get(i).accept(changed);
            assertThat(SchemaFiles.validate("scorecard.schema.json", changed)).as("change " + i).isNotEmpty();
        }
    }

    /** The first broken-down target: 引进到位资金, the first target of the first section. */
    private static ObjectNode funds(ObjectNode card) {
        ArrayNode sections = (ArrayNode) card.get("root").get("children");
        return (ObjectNode) sections.get(0).get("children").get(0);
    }

    private static ObjectNode breakdown(ObjectNode card) {
        return (ObjectNode) funds(card).get("breakdown");
    }
}
