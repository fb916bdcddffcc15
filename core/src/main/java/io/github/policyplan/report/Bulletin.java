package io.github.policyplan.report;

import io.github.policyplan.model.Plan;
import io.github.policyplan.scoring.NodeScore;
import io.github.policyplan.scoring.Scorecard;
import io.github.policyplan.scoring.Status;
import io.github.policyplan.scoring.StatusCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bulletin (通报): the paragraph an office sends on progress, numbers first, then names, in the
 * fixed shape offices use —
 *
 * <blockquote>截至2023年6月30日，全县47项重点目标中，已完成1项，正常推进22项，存在风险5项，进度滞后10项，
 * 逾期未完成1项，尚未到时序8项。进度滞后的目标及牵头单位：认定国家高新技术企业（县科技局）、……
 * 请相关牵头单位对照时序进度，加快推进。</blockquote>
 *
 * — in plain text and in Markdown, written from the last scorecard of a {@link ScoredPlan}; with the
 * label 【示例数值】 first when the settings mark the figures illustrative.
 *
 * <pre>{@code
 * Bulletin b = Bulletin.of(ScoredPlan.of(plan, log, card), ReportSettings.standard().withIllustrative(true));
 * b.text();        // plain text, one paragraph
 * b.markdown();    // the same, numbers in bold, input text escaped
 * }</pre>
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param asOf     the date reported
 * @param text     the paragraph in plain text, ending in a line break
 * @param markdown the paragraph in Markdown, ending in a line break
 */
public record Bulletin(LocalDate asOf, String text, String markdown) {

    /** The statuses a bulletin counts, in its order. */
    private static final Status[] ORDER = {Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK,
        Status.MISSED, Status.NOT_STARTED, Status.NO_DATA, Status.STALE, Status.UNSET};
    /** The statuses whose targets a bulletin names, with their lead departments. */
    private static final Status[] NAMED = {Status.OFF_TRACK, Status.MISSED, Status.NO_DATA, Status.STALE};

    /**
     * Checks the components.
     *
     * @param asOf     the date reported
     * @param text     the paragraph in plain text, ending in a line break
     * @param markdown the paragraph in Markdown, ending in a line break
     */
    public Bulletin {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(markdown, "markdown");
    }

    /**
     * Writes the bulletin on the last scorecard.
     *
     * @param scored   the plan, its log and its scorecards
     * @param settings language, illustrative label and scope
     * @return the bulletin
     */
    public static Bulletin of(ScoredPlan scored, ReportSettings settings) {
        Objects.requireNonNull(scored, "scored");
        Objects.requireNonNull(settings, "settings");
        return new Bulletin(scored.asOf(), write(scored, settings, false), write(scored, settings, true));
    }

    private static String write(ScoredPlan scored, ReportSettings settings, boolean md) {
        Language lang = settings.language();
        boolean zh = lang == Language.CHINESE;
        Scorecard card = scored.current();
        StatusCounts counts = card.root().counts();
        StringBuilder out = new StringBuilder(512);
        if (settings.illustrative()) {
            out.append(zh ? "【示例数值】" : "[Illustrative figures] ");
        }
        out.append(zh ? "截至" + Words.date(card.asOf(), lang) + "，" + text(settings.scopeText(), md)
                + number(counts.total(), md) + "项重点目标中，"
                : "As of " + Words.date(card.asOf(), lang) + ", of " + text(settings.scopeText(), md) + "'s "
                        + number(counts.total(), md) + " key targets: ");
        List<String> parts = new ArrayList<>();
        for (Status s : ORDER) {
            int n = counts.count(s);
            if (n > 0) {
                parts.add(zh ? phrase(s, lang) + number(n, md) + "项" : number(n, md) + " " + phrase(s, lang));
            }
        }
        out.append(String.join(zh ? "，" : ", ", parts)).append(zh ? "。" : ".");
        boolean named = false;
        for (Status s : NAMED) {
            List<String> names = new ArrayList<>();
            for (NodeScore t : card.targets()) {
                if (t.status() == s) {
                    String lead = lead(scored.plan(), t.id());
                    names.add(text(t.title(), md) + (zh ? "（" + text(lead, md) + "）" : " (" + text(lead, md) + ")"));
                }
            }
            if (!names.isEmpty()) {
                named = true;
                out.append(zh ? heading(s) + "的目标及牵头单位：" + String.join("、", names) + "。"
                        : " " + englishHeading(s) + ", with their lead departments: " + String.join("; ", names)
                                + ".");
            }
        }
        out.append(zh ? (named ? "请相关牵头单位对照时序进度，加快推进。" : "请各牵头单位继续对照时序进度，抓好落实。")
                : named ? " The lead departments concerned are asked to check against the schedule and speed up."
                        : " Every lead department is asked to keep to the schedule.");
        return out.append('\n').toString();
    }

    private static String phrase(Status s, Language lang) {
        switch (s) {
            case MISSED:
                return lang.pick("逾期未完成", "missed");
            case NOT_STARTED:
                return lang.pick("尚未到时序", "not yet due");
            case NO_DATA:
                return lang.pick("无数据", "with no data");
            case STALE:
                return lang.pick("数据过期", "with a stale report");
            case UNSET:
                return lang.pick("目标值未公布", "with the goal not published");
            default:
                return Words.status(s, lang);
        }
    }

    private static String heading(Status s) {
        return s == Status.OFF_TRACK ? "进度滞后" : s == Status.MISSED ? "逾期未完成"
                : s == Status.STALE ? "未按报送周期更新数据" : "未报送数据";
    }

    private static String englishHeading(Status s) {
        return s == Status.OFF_TRACK ? "Off track" : s == Status.MISSED ? "Missed"
                : s == Status.STALE ? "Not reported within the cadence" : "No data reported";
    }

    static String lead(Plan plan, String targetId) {
        String lead = plan.target(targetId).map(t -> t.lead()).orElse("");
        return plan.department(lead).map(d -> d.name()).orElse(lead);
    }

    private static String number(int n, boolean md) {
        return md ? "**" + n + "**" : Integer.toString(n);
    }

    private static String text(String s, boolean md) {
        return md ? Markdown.escape(s) : s;
    }
}
