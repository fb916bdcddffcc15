package io.github.policyplan.store;

import io.github.policyplan.internal.read.Fields;
import io.github.policyplan.internal.read.Problems;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.Recorded;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.ReportVersion;
import io.github.policyplan.model.Revision;
import io.github.policyplan.plans.Revisions;
import io.github.policyplan.model.Value;
import io.github.policyplan.progress.ProgressLog;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A store in the tables of a database the application has, through {@code java.sql} alone: the
 * library brings no driver; the application gives connections to its own database. The tables are
 * in docs/store-format.md; {@link #createTables()} creates them where they do not exist.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.open(() -> DriverManager.getConnection("jdbc:h2:./data/county"), plan,
 *         StoreTables.standard());
 * store.createTables();
 * store.add(List.of(ReportVersion.of(Report.of("s1.i1.t1", LocalDate.of(2023, 6, 30), 6),
 *         Recorded.parse("2023-07-01T10:00"))));
 * ProgressLog log = store.progress();
 * }</pre>
 *
 * <h2>Safe statements</h2>
 * Every statement is prepared, and every value — plan id, target, date, value, texts — goes in as a
 * parameter. The only text put into SQL is the table names, which {@link StoreTables} checks against
 * a strict pattern when they are configured.
 *
 * <h2>Whole or not at all</h2>
 * Each change is one transaction (serialisable where the database offers it): reports added
 * together are all written or none; a failure — a refused row, a lost connection, a conflict found
 * inside the transaction — rolls back everything it wrote. Database errors come as
 * {@link IOException} with the {@link SQLException} as the cause. Several stores, in several
 * processes, may share the tables: a change that races another fails and writes nothing, and may
 * be tried again.
 *
 * <p>Thread-safe: each call takes a connection of its own and closes it.
 */
public final class JdbcStore implements Store {

    /** Opens a connection to the application's database; {@code dataSource::getConnection} is one. */
    @FunctionalInterface
    public interface Connections {
        /**
         * Opens a connection; the store closes it.
         *
         * @return a new connection
         * @throws SQLException when the database cannot be reached
         */
        Connection open() throws SQLException;
    }

    private final Connections connections;
    private final Plan plan;
    private final StoreTables tables;
    private final Sql sql;

    private JdbcStore(Connections connections, Plan plan, StoreTables tables) {
        this.connections = connections;
        this.plan = plan;
        this.tables = tables;
        this.sql = new Sql(tables);
    }

    /**
     * Returns a store for a plan in the given tables. Nothing is read or written until it is used.
     *
     * @param connections how to open a connection
     * @param plan        the plan; its id keys every row, so one pair of tables holds many plans
     * @param tables      the tables' names, checked
     * @return the store
     */
    public static JdbcStore open(Connections connections, Plan plan, StoreTables tables) {
        return new JdbcStore(Objects.requireNonNull(connections, "connections"), Objects.requireNonNull(plan, "plan"),
                Objects.requireNonNull(tables, "tables"));
    }

    /**
     * Returns the table names.
     *
     * @return the tables
     */
    public StoreTables tables() {
        return tables;
    }

    /**
     * Creates the two tables where they do not exist (docs/store-format.md gives them), in one
     * transaction.
     *
     * @throws IOException when the database refuses
     */
    public void createTables() throws IOException {
        transaction(c -> {
            try (Statement s = c.createStatement()) {
                for (String create : sql.create) {
                    s.executeUpdate(create);
                }
            }
            return null;
        });
    }

    @Override
    public Plan plan() {
        return plan;
    }

    @Override
    public void add(Collection<ReportVersion> reports) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Entry.Added entry = new Entry.Added(List.copyOf(reports));
        new Ledger(plan).violationsOnly(entry);
        transaction(c -> {
            Set<String> targets = new LinkedHashSet<>();
            for (ReportVersion v : entry.reports()) {
                targets.add(v.report().target());
            }
            Ledger ledger = new Ledger(plan);
            for (String target : targets) {
                replayReports(c, sql.reportsOfTarget, List.of(plan.id(), target), ledger);
            }
            ledger.check(entry);
            insertReports(c, "report", entry.reports());
            return null;
        });
    }

    @Override
    public void correct(ReportVersion correction) throws IOException {
        Entry.Corrected entry = new Entry.Corrected(correction);
        new Ledger(plan).check(entry);
        transaction(c -> {
            insertReports(c, "correction", List.of(correction));
            return null;
        });
    }

    @Override
    public void revise(Revision revision) throws IOException {
        Entry.Revised entry = new Entry.Revised(revision);
        String body = StoreJson.object(g -> {
            g.writeFieldName("revision");
            StoreJson.revision(g, revision);
        });
        new Ledger(plan).violationsOnly(entry);
        transaction(c -> {
            Ledger ledger = new Ledger(plan);
            replayRevisions(c, ledger);
            ledger.check(entry);
            long seq = next(c, sql.maxRevisionSeq);
            try (PreparedStatement p = c.prepareStatement(sql.insertRevision)) {
                p.setString(1, plan.id());
                p.setLong(2, seq);
                p.setString(3, revision.id());
                p.setString(4, revision.target());
                p.setString(5, revision.effective().toString());
                p.setString(6, revision.decided().toString());
                p.setString(7, body);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public ProgressLog progress() throws IOException {
        return transaction(c -> {
            Ledger ledger = new Ledger(plan);
            Problems problems = replayReports(c, sql.allReports, List.of(plan.id()), ledger);
            if (!problems.isEmpty()) {
                throw new StoreException("table", tables.reports(), problems.sorted(), problems.total());
            }
            return ledger.log();
        });
    }

    @Override
    public Revisions revisions() throws IOException {
        return transaction(c -> {
            Ledger ledger = new Ledger(plan);
            Problems problems = replayRevisions(c, ledger);
            if (!problems.isEmpty()) {
                throw new StoreException("table", tables.revisions(), problems.sorted(), problems.total());
            }
            return ledger.revisions();
        });
    }

    /**
     * Does nothing: the store holds no connection between calls.
     */
    @Override
    public void close() {
        // Each call closes the connection it took.
    }

    @Override
    public String toString() {
        return "JdbcStore[plan " + plan.id() + ", tables " + tables.reports() + ", " + tables.revisions() + "]";
    }

    /** Work inside a transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T transaction(Work<T> work) throws IOException {
        try (Connection c = connections.open()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            if (c.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE)) {
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            }
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                try {
                    c.setAutoCommit(auto);
                } catch (SQLException ignored) {
                    // The connection is closed next; a pool resets it.
                }
            }
        } catch (SQLException e) {
            throw new IOException("the database refused the store's statement on " + tables.reports() + "/"
                    + tables.revisions() + ": " + e.getMessage(), e);
        }
    }

    private long next(Connection c, String max) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(max)) {
            p.setString(1, plan.id());
            try (ResultSet rs = p.executeQuery()) {
                long last = rs.next() ? rs.getLong(1) : 0;
                return last + 1;
            }
        }
    }

    private void insertReports(Connection c, String kind, List<ReportVersion> versions) throws SQLException {
        long seq = next(c, sql.maxReportSeq);
        try (PreparedStatement p = c.prepareStatement(sql.insertReport)) {
            for (ReportVersion v : versions) {
                Report r = v.report();
                p.setString(1, plan.id());
                p.setLong(2, seq++);
                p.setString(3, kind);
                p.setString(4, r.target());
                p.setString(5, r.date().toString());
                if (r.value() instanceof Value.Amount amount) {
                    p.setDouble(6, amount.value());
                    p.setNull(7, Types.VARCHAR);
                } else {
                    p.setNull(6, Types.DOUBLE);
                    p.setString(7, ((Value.Level) r.value()).name());
                }
                text(p, 8, r.source());
                text(p, 9, r.note());
                text(p, 10, r.evidence());
                text(p, 11, v.recorded().map(Recorded::toString));
                p.executeUpdate();
            }
        }
    }

    private static void text(PreparedStatement p, int index, Optional<String> text) throws SQLException {
        if (text.isPresent()) {
            p.setString(index, text.get());
        } else {
            p.setNull(index, Types.VARCHAR);
        }
    }

    /** Replays the rows a query selects into a ledger, returning the problems of rows that do not read. */
    private Problems replayReports(Connection c, String query, List<String> parameters, Ledger ledger)
            throws SQLException {
        Problems problems = new Problems(tables.reports(), 100);
        List<Entry> entries = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.size(); i++) {
                p.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int line = (int) Math.max(1, Math.min(Integer.MAX_VALUE, rs.getLong(1)));
                    Optional<Entry> entry = row(rs, line, problems);
                    if (entry.isPresent()) {
                        entries.add(entry.get());
                        lines.add(line);
                    }
                }
            }
        }
        ledger.replayAll(entries, lines, problems, true);
        return problems;
    }

    /** Reads a row of the reports table: seq, kind, target, as_of, value_number, value_level, source, note, evidence, recorded. */
    private static Optional<Entry> row(ResultSet rs, int line, Problems problems) throws SQLException {
        int before = problems.total();
        String kind = rs.getString(2);
        String target = rs.getString(3);
        LocalDate date = null;
        try {
            date = LocalDate.parse(rs.getString(4));
        } catch (DateTimeParseException e) {
            problems.add(line, 1, "as_of", "malformed date '" + rs.getString(4) + "'", Optional.of("write a date"
                    + " such as 2023-06-30"));
        }
        double number = rs.getDouble(5);
        boolean hasNumber = !rs.wasNull();
        String level = rs.getString(6);
        if (hasNumber == (level != null) || (hasNumber && !Double.isFinite(number))
                || (level != null && level.isBlank())) {
            problems.add(line, 1, "value_number", "a row has either a finite value_number or a value_level, not both"
                    + " and not neither", Optional.empty());
        }
        Optional<Recorded> recorded = Optional.empty();
        String recordedText = rs.getString(10);
        if (recordedText != null) {
            try {
                recorded = Optional.of(Recorded.parse(recordedText));
            } catch (IllegalArgumentException e) {
                problems.add(line, 1, "recorded", e.getMessage(), Optional.empty());
            }
        }
        if (target == null || target.isBlank()) {
            problems.add(line, 1, "target", "a row must name its target", Optional.empty());
        }
        if (!"report".equals(kind) && !"correction".equals(kind)) {
            problems.add(line, 1, "kind", "unknown kind '" + kind + "'", Optional.of("the kinds are report and"
                    + " correction"));
        }
        if (problems.total() > before) {
            return Optional.empty();
        }
        Report report = new Report(target, date, hasNumber ? Value.of(number) : Value.level(level),
                Optional.ofNullable(rs.getString(7)), Optional.ofNullable(rs.getString(8)),
                Optional.ofNullable(rs.getString(9)));
        ReportVersion version = new ReportVersion(report, recorded);
        return Optional.of("report".equals(kind) ? new Entry.Added(List.of(version)) : new Entry.Corrected(version));
    }

    private Problems replayRevisions(Connection c, Ledger ledger) throws SQLException {
        Problems problems = new Problems(tables.revisions(), 100);
        try (PreparedStatement p = c.prepareStatement(sql.allRevisions)) {
            p.setString(1, plan.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int line = (int) Math.max(1, Math.min(Integer.MAX_VALUE, rs.getLong(1)));
                    Problems own = new Problems(tables.revisions(), Integer.MAX_VALUE);
                    Optional<Revision> revision = StoreJson.open(Objects.toString(rs.getString(2), ""), List.of("revision"), "a revision row",
                            own).flatMap(f -> f.require("revision", "revision: the revision")
                                    .flatMap(n -> f.open(n, "revision", -1, "a revision", StoreJson.REVISION_KEYS)))
                            .flatMap((Fields r) -> StoreJson.revision(r, own));
                    StoreJson.copy(own, line, problems, "the body column holds the revision as the library wrote it");
                    if (own.isEmpty() && revision.isPresent()) {
                        ledger.replay(new Entry.Revised(revision.get()), line, problems, false);
                    }
                }
            }
        }
        return problems;
    }
}
