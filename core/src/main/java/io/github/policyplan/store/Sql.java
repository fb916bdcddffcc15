package io.github.policyplan.store;

import java.util.List;

/**
 * The statements of a {@link JdbcStore}, for one pair of checked table names. Every value goes in as
 * a parameter; the only text put into a statement is a table name {@link StoreTables} has checked.
 * Portable SQL: {@code CREATE TABLE IF NOT EXISTS}, {@code VARCHAR}, {@code BIGINT},
 * {@code DOUBLE PRECISION}; dates and record times as ISO text, which sorts as they do.
 */
final class Sql {

    final List<String> create;
    final String maxReportSeq;
    final String insertReport;
    final String reportsOfTarget;
    final String allReports;
    final String maxRevisionSeq;
    final String insertRevision;
    final String allRevisions;

    Sql(StoreTables t) {
        String r = t.reports();
        String v = t.revisions();
        create = List.of("CREATE TABLE IF NOT EXISTS " + r + " (\n"
                + "  plan_id      VARCHAR(200)  NOT NULL,\n"
                + "  seq          BIGINT        NOT NULL,\n"
                + "  kind         VARCHAR(10)   NOT NULL,\n"
                + "  target       VARCHAR(200)  NOT NULL,\n"
                + "  as_of        VARCHAR(10)   NOT NULL,\n"
                + "  value_number DOUBLE PRECISION,\n"
                + "  value_level  VARCHAR(200),\n"
                + "  source       VARCHAR(1000),\n"
                + "  note         VARCHAR(4000),\n"
                + "  evidence     VARCHAR(1000),\n"
                + "  recorded     VARCHAR(40),\n"
                + "  PRIMARY KEY (plan_id, seq)\n"
                + ")",
                "CREATE TABLE IF NOT EXISTS " + v + " (\n"
                + "  plan_id      VARCHAR(200)  NOT NULL,\n"
                + "  seq          BIGINT        NOT NULL,\n"
                + "  revision_id  VARCHAR(200)  NOT NULL,\n"
                + "  target       VARCHAR(200)  NOT NULL,\n"
                + "  effective    VARCHAR(10)   NOT NULL,\n"
                + "  decided      VARCHAR(10)   NOT NULL,\n"
                + "  body         VARCHAR(8000) NOT NULL,\n"
                + "  PRIMARY KEY (plan_id, seq),\n"
                + "  UNIQUE (plan_id, revision_id)\n"
                + ")");
        String columns = "seq, kind, target, as_of, value_number, value_level, source, note, evidence, recorded";
        maxReportSeq = "SELECT MAX(seq) FROM " + r + " WHERE plan_id = ?";
        insertReport = "INSERT INTO " + r + " (plan_id, " + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        reportsOfTarget = "SELECT " + columns + " FROM " + r + " WHERE plan_id = ? AND target = ? ORDER BY seq";
        allReports = "SELECT " + columns + " FROM " + r + " WHERE plan_id = ? ORDER BY seq";
        maxRevisionSeq = "SELECT MAX(seq) FROM " + v + " WHERE plan_id = ?";
        insertRevision = "INSERT INTO " + v + " (plan_id, seq, revision_id, target, effective, decided, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        allRevisions = "SELECT seq, body FROM " + v + " WHERE plan_id = ? ORDER BY seq";
    }
}
