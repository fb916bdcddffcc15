package io.github.policyplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policyplan.model.Allotment;
import io.github.policyplan.model.Breakdown;
import io.github.policyplan.model.Combine;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Revision;
import io.github.policyplan.plans.Plans;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A breakdown changed by revision (分解调整), kept by the journal, H2 and SQLite and read back equal. */
class BreakdownRevisionStoreTest {

    @TempDir
    Path dir;

    @Test
    void everyStoreKeepsABreakdownRevisionWhole() throws IOException {
        Plan plan = Plans.read(Path.of("../examples/src/main/resources/plans/investment-2023-units.yaml"));
        Revision b1 = new Revision("b1", "projects", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 6, 25),
                "城关镇任务部分调整至新集镇", Optional.of("县招商办〔2023〕5号"), new Revision.NewBreakdown(new Breakdown(
                        "projects", List.of(Allotment.of("cgz", 60), new Allotment("xjz", Optional.empty(),
                                OptionalDouble.of(0.4), 2, List.of(), Optional.empty())), Optional.of(Combine.SUM),
                        true)));
        List<Store> stores = new ArrayList<>();
        stores.add(Journal.open(dir.resolve("b.jsonl"), plan));
        for (JdbcStoreTest.Engine engine : List.of(new JdbcStoreTest.Engine("H2", "jdbc:h2:mem:breakdown;DB_CLOSE_DELAY=-1"),
                new JdbcStoreTest.Engine("SQLite", "jdbc:sqlite:" + dir.resolve("b.db")))) {
            JdbcStore db = JdbcStore.open(engine.connections(), plan, StoreTables.standard());
            db.createTables();
            stores.add(db);
        }
        for (Store s : stores) {
            try (s) {
                s.revise(b1);
                assertThat(s.revisions().list()).as(s.toString()).containsExactly(b1);
                assertThat(s.revisions().planAt(LocalDate.of(2023, 9, 30)).breakdown("projects"))
                        .contains(((Revision.NewBreakdown) b1.change()).breakdown());
            }
        }
        try (Journal again = Journal.open(dir.resolve("b.jsonl"), plan)) {
            assertThat(again.revisions().list()).containsExactly(b1);
        }
    }
}
