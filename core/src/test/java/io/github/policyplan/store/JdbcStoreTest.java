package io.github.policyplan.store;

import static io.github.policyplan.store.StoreFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import io.github.policyplan.progress.ReportConflictException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JDBC store against real embedded engines: H2 (in memory) and SQLite (a file). */
class JdbcStoreTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Plan plan = StoreFixtures.plan();

    @TempDir
    static Path dir;

    /** An engine, and how to reach a fresh database of it. */
    record Engine(String name, String url) {
        JdbcStore.Connections connections() {
            return () -> DriverManager.getConnection(url);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Engine> engines() {
        int n = DATABASES.incrementAndGet();
        return Stream.of(new Engine("H2", "jdbc:h2:mem:store" + n + ";DB_CLOSE_DELAY=-1"),
                new Engine("SQLite", "jdbc:sqlite:" + dir.resolve("store" + n + ".db")));
    }

    private JdbcStore store(Engine engine) throws IOException {
        JdbcStore store = JdbcStore.open(engine.connections(), plan, StoreTables.standard());
        store.createTables();
        store.createTables();
        return store;
    }

    @ParameterizedTest
    @MethodSource("engines")
    void whatIsWrittenReadsBackAsTheJournalHoldsIt(Engine engine, @TempDir Path files) throws IOException {
        JdbcStore store = store(engine);
        try (Journal journal = Journal.open(files.resolve("same.jsonl"), plan)) {
            for (Store s : List.<Store>of(store, journal)) {
                s.add(List.of(version("s1.i1.t1", "2023-06-30", 6, "2023-07-01T10:00"),
                        version("energy", "2023-06-30", 0.61, "2023-07-01T10:00:30")));
                s.add(List.of(new ReportVersion(Report.level("s1.i1.t3", LocalDate.of(2023, 6, 30), "开工"),
                        Optional.empty())));
                s.correct(version("s1.i1.t1", "2023-06-30", 7, "2023-07-03"));
                s.revise(StoreFixtures.lowerGoal());
                s.revise(StoreFixtures.laterDue());
                s.revise(StoreFixtures.withdrawn());
                s.revise(StoreFixtures.added());
            }
            ProgressLog log = store.progress();
            assertThat(log).isEqualTo(journal.progress());
            assertThat(log.versions()).isEqualTo(journal.progress().versions()).hasSize(3);
            assertThat(log.latest("s1.i1.t1", LocalDate.of(2023, 6, 30)).orElseThrow().value()).isEqualTo(Value.of(7));
            assertThat(log.latest("energy", LocalDate.of(2023, 6, 30)).orElseThrow().value()).isEqualTo(Value.of(0.61));
            assertThat(store.revisions().list()).isEqualTo(journal.revisions().list())
                    .containsExactlyInAnyOrderElementsOf(StoreFixtures.everyKind());
        }
        assertThat(rows(engine, "SELECT COUNT(*) FROM policyplan_reports")).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aTransactionThatFailsHalfwayLeavesNothingWritten(Engine engine) throws IOException {
        store(engine).add(List.of(version("s1.t1", "2023-03-31", 56, "2023-04-02")));
        AtomicInteger updates = new AtomicInteger();
        JdbcStore failing = JdbcStore.open(() -> failingOnThirdUpdate(engine.connections().open(), updates), plan,
                StoreTables.standard());
        List<ReportVersion> five = List.of(version("s1.i1.t1", "2023-03-31", 1, "2023-04-01"),
                version("s1.i1.t1", "2023-06-30", 2, "2023-07-01"), version("energy", "2023-06-30", 0.6, "2023-07-01"),
                version("industry.t1", "2023-06-30", 8, "2023-07-01"), version("industry.t2", "2023-06-30", 9,
                        "2023-07-01"));
        assertThatThrownBy(() -> failing.add(five)).isInstanceOf(IOException.class)
                .hasMessageContaining("the database refused").hasRootCauseMessage("the disk is full (injected)");
        assertThat(updates.get()).isEqualTo(3);
        assertThat(rows(engine, "SELECT COUNT(*) FROM policyplan_reports")).isEqualTo(1);
        assertThat(store(engine).progress().size()).isEqualTo(1);
        store(engine).add(five);
        assertThat(store(engine).progress().size()).isEqualTo(6);
    }

    /** A connection whose prepared statements fail on the third update of the connection. */
    private static Connection failingOnThirdUpdate(Connection real, AtomicInteger updates) {
        return (Connection) Proxy.newProxyInstance(JdbcStoreTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (result instanceof PreparedStatement p) {
                        return Proxy.newProxyInstance(JdbcStoreTest.class.getClassLoader(),
                                new Class<?>[] {PreparedStatement.class}, (sp, sm, sargs) -> {
                                    if (sm.getName().equals("executeUpdate") && updates.incrementAndGet() == 3) {
                                        throw new SQLException("the disk is full (injected)");
                                    }
                                    return invoke(p, sm, sargs);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aConflictFoundInsideTheTransactionWritesNothing(Engine engine) throws IOException {
        JdbcStore store = store(engine);
        store.add(List.of(version("s1.i1.t1", "2023-06-30", 6, "2023-07-01")));
        assertThatThrownBy(() -> store.add(List.of(version("energy", "2023-06-30", 0.6, "2023-07-02"),
                version("s1.i1.t1", "2023-06-30", 9, "2023-07-02")))).isInstanceOf(ReportConflictException.class)
                .hasMessageContaining("conflicting reports for s1.i1.t1 as of 2023-06-30: 6 and 9");
        assertThat(rows(engine, "SELECT COUNT(*) FROM policyplan_reports")).isEqualTo(1);
        store.add(List.of(version("s1.i1.t1", "2023-06-30", 6, "2023-07-05")));
        assertThat(store.progress().size()).isEqualTo(1);
        assertThatThrownBy(() -> store.add(List.of(version("s1.i1.t9", "2023-06-30", 1, "2023-07-05"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 problem for plan small-2023, nothing"
                        + " written:\nreports[0].target: unknown target 's1.i1.t9' in plan small-2023 (did you mean"
                        + " 's1.i1.t1'?)");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void hostileTextIsStoredAsTextAndReadBackAsWritten(Engine engine) throws IOException {
        JdbcStore store = store(engine);
        String hostile = "'); DROP TABLE policyplan_reports; -- \" ` \\ \u0000 \u2028 县";
        Report report = new Report("s1.i1.t1", LocalDate.of(2023, 6, 30), Value.of(6), Optional.of(hostile),
                Optional.of(hostile + " note"), Optional.of("x' OR '1'='1"));
        store.add(List.of(new ReportVersion(report, Optional.empty())));
        assertThat(store.progress().latest("s1.i1.t1", LocalDate.of(2023, 6, 30))).contains(report);
        assertThat(rows(engine, "SELECT COUNT(*) FROM policyplan_reports")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void rowsThatDoNotFitThePlanAreLocatedByTheirSequenceNumber(Engine engine) throws Exception {
        JdbcStore store = store(engine);
        store.add(List.of(version("s1.i1.t1", "2023-06-30", 6, "2023-07-01")));
        try (Connection c = engine.connections().open(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO policyplan_reports (plan_id, seq, kind, target, as_of, value_number)"
                    + " VALUES ('small-2023', 2, 'report', 's1.i1.t9', '2023-06-30', 1)");
            s.executeUpdate("INSERT INTO policyplan_reports (plan_id, seq, kind, target, as_of, value_level)"
                    + " VALUES ('small-2023', 3, 'report', 'energy', '2023-13-30', 'x')");
            s.executeUpdate("INSERT INTO policyplan_reports (plan_id, seq, kind, target, as_of, value_number)"
                    + " VALUES ('other-plan', 1, 'report', 'anything', 'never read', 1)");
        }
        assertThatThrownBy(store::progress).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.problems()).extracting(Object::toString).containsExactly(
                    "policyplan_reports:2:1: target: unknown target 's1.i1.t9' in plan small-2023 (did you mean"
                            + " 's1.i1.t1'?)",
                    "policyplan_reports:3:1: as_of: malformed date '2023-13-30' (write a date such as 2023-06-30)");
            assertThat(e.getMessage()).startsWith("table policyplan_reports has 2 problems:");
        });
    }

    @Test
    void theTablesInTheDocsAreTheOnesTheStoreCreates() throws IOException {
        String docs = java.nio.file.Files.readString(Path.of("../docs/store-format.md"),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String create : new Sql(StoreTables.standard()).create) {
            assertThat(docs).contains(create + ";");
        }
    }

    @Test
    void tableNamesAreCheckedAgainstAStrictPattern() {
        List<String> hostile = List.of("", "reports; DROP TABLE x", "reports--", "\"reports\"", "`reports`",
                "[reports]", "reports ", " reports", "re ports", "main.reports", "Reports", "REPORTS", "1reports",
                "_reports", "réports", "ｒeports", "reports\u0000", "reports\n", "reports/*", "a".repeat(64),
                "select", "table", "order", "user", "reports'", "reports\\");
        for (String name : hostile) {
            assertThatThrownBy(() -> new StoreTables(name, "policyplan_revisions")).as("'%s'", name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the table of reports");
            assertThatThrownBy(() -> new StoreTables("policyplan_reports", name)).as("'%s'", name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the table of revisions");
        }
        assertThatThrownBy(() -> StoreTables.withPrefix("x; DROP TABLE y; --"))
                .hasMessage("the table of reports must be named by a lower-case ASCII letter followed by lower-case"
                        + " ASCII letters, digits or underscores, 63 at most (was 'x; DROP TABLE y; --reports')");
        assertThatThrownBy(() -> new StoreTables("reports\u0000", "r"))
                .hasMessageEndingWith("(was 'reports\\u0000')");
        assertThatThrownBy(() -> new StoreTables("same", "same")).hasMessageContaining("must differ");
        assertThat(StoreTables.withPrefix("county_")).isEqualTo(new StoreTables("county_reports", "county_revisions"));
        assertThat(new StoreTables("a".repeat(63), "b")).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void tablesOfAnotherNameAndPlansSharingTablesStayApart(Engine engine) throws IOException {
        JdbcStore own = JdbcStore.open(engine.connections(), plan, StoreTables.withPrefix("county_"));
        own.createTables();
        own.add(List.of(version("s1.i1.t1", "2023-06-30", 6, "2023-07-01")));
        assertThat(store(engine).progress().isEmpty()).isTrue();
        assertThat(own.progress().size()).isEqualTo(1);
        assertThat(rows(engine, "SELECT COUNT(*) FROM county_reports")).isEqualTo(1);
    }

    private static long rows(Engine engine, String query) throws IOException {
        try (Connection c = engine.connections().open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
