/**
 * Reports: what offices read, print and send, written from scorecards and assessment results —
 * an HTML report of a scorecard ({@link io.github.policyplan.report.ScorecardReport}) and of an
 * assessment ({@link io.github.policyplan.report.AssessmentReport}), CSV tables for Excel, the
 * bulletin paragraph (通报, {@link io.github.policyplan.report.Bulletin}) and the supervision notices
 * (督办单, 三色督办, {@link io.github.policyplan.report.Supervision}).
 *
 * <pre>{@code
 * List<Scorecard> cards = Scoring.standard().series(plan, log, Scoring.quarterEnds(2023));
 * ScoredPlan scored = ScoredPlan.of(plan, log, cards.subList(0, 2));          // reports 2023-06-30
 * ReportSettings zh = ReportSettings.standard().withIllustrative(true);      // Chinese, labelled 示例数值
 * String html = ScorecardReport.html(scored, zh);
 * String csv = ScorecardReport.csv(scored, zh);                              // UTF-8 with a byte-order mark
 * String text = Bulletin.of(scored, zh).text();
 * String notices = Supervision.of(scored, SupervisionRules.standard()).html(zh);
 * }</pre>
 *
 * <p>Every report is in one language at a time ({@link io.github.policyplan.report.Language}, Chinese by
 * default), deterministic (the same inputs give the same bytes) and safe: input text is escaped, an HTML
 * report is one self-contained file with no script that fetches nothing, and a CSV cell that a
 * spreadsheet would run as a formula is written as text.
 *
 * <p><b>Layering.</b> The top of the library: reads results through the public API of {@code scoring} and
 * {@code assessment} (and {@code model}, {@code progress}, {@code core}) and computes no score itself — it
 * never calls {@code Scoring.score}, {@code series} or {@code rescore}, nor {@code Assessment.assess}. Uses
 * the writing internals for JSON; never the reading internals. Nothing else in the library uses it.
 */
package io.github.policyplan.report;
