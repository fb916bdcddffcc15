package io.github.policyplan.examples;

import io.github.policyplan.model.Checkpoint;
import io.github.policyplan.model.Commitment;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Direction;
import io.github.policyplan.model.Goal;
import io.github.policyplan.model.Item;
import io.github.policyplan.model.Measure;
import io.github.policyplan.model.MeasureKind;
import io.github.policyplan.model.Plan;
import io.github.policyplan.model.PlanPeriod;
import io.github.policyplan.model.Report;
import io.github.policyplan.model.Section;
import io.github.policyplan.model.Strategy;
import io.github.policyplan.model.Target;
import io.github.policyplan.model.UnitKind;
import io.github.policyplan.model.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generated plans and progress reports of any size, for the benchmarks and {@link NationalScale}:
 * deterministic for a seed, valid by construction, shaped like real county plans (sections of
 * items of targets, lead and cooperating departments, Chinese titles, quotes and notes).
 *
 * <p>Two shapes of target:
 * <ul>
 *   <li>{@link Shape#COUNTS}: every target a count (累计量) scored by the defaults, completion rate on a
 *       linear schedule from 0, so that a hand-written loop can compute the same scores;</li>
 *   <li>{@link Shape#MIXED}: the nine measure kinds in turn, each with every field a target can have
 *       (gloss, baseline, checkpoints, cooperating departments, weight, rule with parameters, schedule,
 *       quote, note).</li>
 * </ul>
 *
 * <p>Nothing here is real data: all numbers are made up (示例数值).
 */
public final class SyntheticPlans {

    /** The period of every generated plan: 2023 to 2025. */
    public static final PlanPeriod PERIOD = PlanPeriod.years(2023, 2025);

    /** The end of the first year, when plans are scored in the examples. */
    public static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);

    /** The kinds of target a plan is made of. */
    public enum Shape {
        /** Counts scored by completion rate on a linear schedule (the defaults). */
        COUNTS,
        /** All nine measure kinds, every field used. */
        MIXED
    }

    /**
     * Who answers for each target.
     */
    @FunctionalInterface
    public interface Assigner {
        /**
         * Names the lead and cooperating departments of a target.
         *
         * @param index the target's position in the whole plan, from 0
         * @return the lead department's id first, then the cooperating departments' ids
         */
        List<String> units(int index);
    }

    private static final String[][] DEPARTMENTS = {
        {"fgj", "县发改局", "发改"}, {"kjj", "县科技局", "科技"}, {"gxj", "县工信局", "工信"},
        {"jyj", "县教育局", "教育"}, {"gaj", "县公安局", "公安"}, {"mzj", "县民政局", "民政"},
        {"sfj", "县司法局", "司法"}, {"czj", "县财政局", "财政"}, {"rsj", "县人社局", "人社"},
        {"zrzyj", "县自然资源局", "自然资源"}, {"sthjj", "县生态环境分局", "生态环境"}, {"zjj", "县住建局", "住建"},
        {"jtysj", "县交通运输局", "交通"}, {"slj", "县水利局", "水利"}, {"nyncj", "县农业农村局", "农业农村"},
        {"swj", "县商务局", "商务"}, {"whlyj", "县文化和旅游局", "文旅"}, {"wjj", "县卫健局", "卫健"},
        {"tyjrj", "县退役军人事务局", "退役军人"}, {"yjglj", "县应急管理局", "应急"}, {"sjj", "县审计局", "审计"},
        {"scjgj", "县市场监管局", "市场监管"}, {"tjj", "县统计局", "统计"}, {"ybj", "县医保局", "医保"},
        {"lyj", "县林业局", "林业"}, {"zsj", "县招商局", "招商"}, {"sjzj", "县数据资源局", "数据"},
        {"xzspj", "县行政审批局", "审批"}, {"xfj", "县信访局", "信访"}, {"gzw", "县国资委", "国资"},
        {"zyycyj", "县中医药产业局", "中医药"}, {"kfq", "县经济开发区管委会", "开发区"}, {"rmyh", "人行县支行", "人行"},
        {"swju", "县税务局", "税务"}, {"gdj", "县供电公司", "供电"}, {"ydgs", "县移动公司", "移动"},
        {"cgz", "城关镇", "城关"}, {"xjz", "新集镇", "新集"}, {"llz", "柳林镇", "柳林"},
        {"mpz", "马坪镇", "马坪"}, {"qsx", "青山乡", "青山"}, {"dhz", "东河镇", "东河"},
        {"xhz", "西河镇", "西河"}, {"nqx", "南桥乡", "南桥"}, {"bsz", "白沙镇", "白沙"},
        {"hsz", "黄石镇", "黄石"}, {"ssx", "三山乡", "三山"}, {"lhz", "莲花镇", "莲花"},
        {"tpz", "太平镇", "太平"}, {"gfx", "高峰乡", "高峰"},
    };

    private static final String[] SECTION_TITLES = {
        "聚力创新赋能促发展,久久为功强科技添动力", "坚持工业强县不动摇,全力以赴强工业增实力", "做大做强县域经济,提质增效强县域聚合力",
        "加快发展现代服务业,扩容提质强服务优活力", "全力以赴抓招商,争先夺旗促发展", "深化改革扩大开放,激发市场主体活力",
        "推进乡村全面振兴,加快农业农村现代化", "统筹城乡融合发展,提升新型城镇化水平", "坚持生态优先,推动绿色低碳发展",
        "保障和改善民生,增进人民群众福祉",
    };

    private static final String[] ITEM_VERBS = {"一要", "二要", "三要", "四要", "五要", "六要", "七要", "八要", "九要", "十要"};

    private static final String[] ITEM_TOPICS = {
        "在建设科技创新平台上求突破", "在培育创新主体上求突破", "在引进创新人才上求突破", "在壮大主导产业上求突破",
        "在推进项目建设上求突破", "在优化营商环境上求突破", "在扩大有效投资上求突破", "在促进消费升级上求突破",
        "在发展数字经济上求突破", "在防范化解风险上求突破",
    };

    private static final String[] COUNT_TITLES = {
        "认定国家高新技术企业", "新增规上工业企业", "新建标准化厂房", "新增省级专精特新企业", "引进亿元以上项目",
        "新增市场主体", "建成高标准农田", "新建5G基站", "新增城镇就业", "改造老旧小区",
    };

    private static final String[] STAGES = {"洽谈", "签约", "开工", "投产"};
    private static final String[] GRADES = {"不合格", "合格", "良好", "优秀"};

    private SyntheticPlans() {
    }

    /**
     * Returns departments and townships named like a county's, each with an alias; beyond the 50
     * named ones, townships numbered {@code t0051, …} (第51镇).
     *
     * @param count how many
     * @return the departments, those with a name ending in 镇 or 乡 being townships
     */
    public static List<Department> departments(int count) {
        List<Department> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i < DEPARTMENTS.length) {
                String[] d = DEPARTMENTS[i];
                boolean township = d[1].endsWith("镇") || d[1].endsWith("乡");
                out.add(new Department(d[0], d[1], township ? UnitKind.TOWNSHIP : UnitKind.DEPARTMENT,
                        List.of(d[2])));
            } else {
                out.add(township(i + 1));
            }
        }
        return out;
    }

    /**
     * Returns numbered townships only ({@code t0001 第1镇}, …), for assessing many units in one pool.
     *
     * @param count how many
     * @return the townships
     */
    public static List<Department> townships(int count) {
        List<Department> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(township(i + 1));
        }
        return out;
    }

    private static Department township(int n) {
        String id = String.format("t%04d", n);
        return new Department(id, "第" + n + "镇", UnitKind.TOWNSHIP, List.of(id.toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * The default assignment: each target led by one department and cooperated on by another, spread
     * evenly.
     *
     * @param departments the departments
     * @return the assigner
     */
    public static Assigner spread(List<Department> departments) {
        int n = departments.size();
        return k -> {
            int lead = (int) ((k * 7L) % n);
            if (n == 1) {
                return List.of(departments.get(0).id());
            }
            int coop = (lead + 1 + (k % Math.max(1, n - 1))) % n;
            if (coop == lead) {
                coop = (coop + 1) % n;
            }
            return List.of(departments.get(lead).id(), departments.get(coop).id());
        };
    }

    /**
     * Generates a plan of {@code sections × items × targets} targets.
     *
     * @param id               the plan's id
     * @param title            the title
     * @param shape            the kinds of target
     * @param sections         sections in the plan
     * @param items            items in each section
     * @param targets          targets in each item
     * @param departments      the departments
     * @param assigner         who leads and cooperates on each target
     * @param fullWidthColons  whether notes and quotes use the full-width colon '：', as Chinese text usually does
     * @param seed             the seed: the same seed gives an equal plan
     * @return the plan
     */
    public static Plan plan(String id, String title, Shape shape, int sections, int items, int targets,
            List<Department> departments, Assigner assigner, boolean fullWidthColons, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Plan.Builder plan = Plan.builder(id, title).issuer("中共某县委").period(PERIOD);
        departments.forEach(plan::department);
        int index = 0;
        for (int s = 0; s < sections; s++) {
            String sId = "s" + (s + 1);
            Section.Builder section = Section.builder(sId, SECTION_TITLES[s % SECTION_TITLES.length]
                    + (s >= SECTION_TITLES.length ? "（" + (s + 1) + "）" : ""))
                    .weight(1 + s % 3);
            for (int i = 0; i < items; i++) {
                String iId = sId + ".i" + (i + 1);
                List<Target> list = new ArrayList<>(targets);
                for (int t = 0; t < targets; t++) {
                    String tId = iId + ".t" + (t + 1);
                    List<String> units = assigner.units(index);
                    list.add(shape == Shape.COUNTS ? count(tId, index, units, random)
                            : mixed(tId, index, units, fullWidthColons, random));
                    index++;
                }
                String itemTitle = ITEM_VERBS[i % ITEM_VERBS.length] + ITEM_TOPICS[(s + i) % ITEM_TOPICS.length]
                        + (i >= ITEM_VERBS.length ? "（" + (i + 1) + "）" : "");
                section.item(new Item(iId, itemTitle, 1 + i % 2, list, Optional.empty()));
            }
            plan.section(section.build());
        }
        return plan.build();
    }

    private static Target count(String id, int index, List<String> units, SplittableRandom random) {
        double goal = 10 + random.nextInt(990);
        int dueYear = index % 10 == 9 ? 2024 : 2023;
        Target.Builder b = Target.builder(id, COUNT_TITLES[index % COUNT_TITLES.length])
                .measure(MeasureKind.COUNT, "家").goal(goal).due(LocalDate.of(dueYear, 12, 31))
                .weight(1 + index % 3 * 0.5).lead(units.get(0));
        for (int c = 1; c < units.size(); c++) {
            b.cooperating(units.get(c));
        }
        return b.build();
    }

    private static Target mixed(String id, int index, List<String> units, boolean colons, SplittableRandom random) {
        String colon = colons ? "：" : ",";
        MeasureKind kind = MeasureKind.values()[index % MeasureKind.values().length];
        Commitment commitment = Commitment.values()[index % Commitment.values().length];
        Target.Builder b = Target.builder(id, title(kind, index)).commitment(commitment).lead(units.get(0))
                .weight(index % 4 == 0 ? 2 : 1).gloss(kind.code() + " target " + id)
                .quote("原文" + colon + "力争到2023年底" + title(kind, index) + "取得明显成效,确保完成全年目标任务")
                .note("备注" + colon + "牵头单位据职责推定(原文未明确),示例数值");
        for (int c = 1; c < units.size(); c++) {
            b.cooperating(units.get(c));
        }
        double g;
        switch (kind) {
            case COUNT:
                g = 10 + random.nextInt(490);
                return b.measure(MeasureKind.COUNT, "家").goal(g).due(LocalDate.of(2023, 12, 31))
                        .checkpoint(LocalDate.of(2023, 6, 30), Math.floor(g / 2))
                        .rule(new Strategy("completion-rate", Map.of("cap", 120.0))).schedule(Strategy.named("linear"))
                        .build();
            case LEVEL: {
                double base = 50 + random.nextInt(950);
                return b.measure(MeasureKind.LEVEL, "亿元").baseline(base, LocalDate.of(2022, 12, 31))
                        .goal(Math.round(base * 1.08 * 100) / 100.0).due(LocalDate.of(2023, 12, 31))
                        .checkpoint(LocalDate.of(2023, 6, 30), Math.round(base * 1.04 * 100) / 100.0)
                        .rule(new Strategy("linear", Map.of("floor", 60.0))).schedule(Strategy.named("linear")).build();
            }
            case GROWTH_RATE:
                return b.measure(MeasureKind.GROWTH_RATE, "%").baseline(6.5).goal(8).due(LocalDate.of(2023, 12, 31))
                        .rule(new Strategy("completion-rate", Map.of("cap", 110.0)))
                        .schedule(Strategy.named("constant")).build();
            case SHARE:
                return b.measure(MeasureKind.SHARE, "%").baseline(40, LocalDate.of(2022, 12, 31)).goal(45)
                        .due(LocalDate.of(2024, 12, 31)).checkpoint(LocalDate.of(2023, 12, 31), 42.5)
                        .rule(new Strategy("completion-rate", Map.of("cap", 100.0)))
                        .schedule(Strategy.named("linear")).build();
            case THRESHOLD:
                g = 100 + random.nextInt(900);
                return b.measure(MeasureKind.THRESHOLD, "亿元").goal(g).due(LocalDate.of(2025, 12, 31))
                        .checkpoint(LocalDate.of(2024, 12, 31), Math.floor(g * 0.6))
                        .rule(new Strategy("completion-rate", Map.of("cap", 120.0)))
                        .schedule(Strategy.named("linear")).build();
            case RATE_PER_YEAR:
                g = 20 + random.nextInt(180);
                return b.measure(MeasureKind.RATE_PER_YEAR, "人").goal(g).due(LocalDate.of(2025, 12, 31))
                        .rule(new Strategy("completion-rate", Map.of("cap", 100.0)))
                        .schedule(Strategy.named("per-year")).build();
            case MILESTONE:
                return b.measure(Measure.milestone(List.of(STAGES))).goal(Goal.level(STAGES[3]))
                        .due(LocalDate.of(2023, 12, 31))
                        .checkpoint(new Checkpoint(LocalDate.of(2023, 3, 31), Goal.level(STAGES[1])))
                        .checkpoint(new Checkpoint(LocalDate.of(2023, 6, 30), Goal.level(STAGES[2])))
                        .rule(new Strategy("milestone", Map.of("credit", Map.of(STAGES[0], 10.0, STAGES[1], 40.0,
                                STAGES[2], 70.0, STAGES[3], 100.0)))).schedule(Strategy.named("steps")).build();
            case RANK:
                return b.measure(new Measure(MeasureKind.RANK, "位", Direction.LOWER_IS_BETTER, List.of()))
                        .baseline(8, LocalDate.of(2022, 12, 31)).goal(5).due(LocalDate.of(2023, 12, 31))
                        .rule(new Strategy("completion-rate", Map.of("cap", 100.0)))
                        .schedule(Strategy.named("constant")).build();
            default:
                return b.measure(Measure.grade(List.of(GRADES))).goal(Goal.level(GRADES[3]))
                        .due(LocalDate.of(2023, 12, 31))
                        .rule(new Strategy("grade", Map.of("points", Map.of(GRADES[0], 0.0, GRADES[1], 60.0,
                                GRADES[2], 80.0, GRADES[3], 100.0)))).schedule(Strategy.named("at-due")).build();
        }
    }

    private static String title(MeasureKind kind, int index) {
        switch (kind) {
            case COUNT:
                return COUNT_TITLES[index % COUNT_TITLES.length];
            case LEVEL:
                return "地区生产总值";
            case GROWTH_RATE:
                return "规上工业增加值同比增长";
            case SHARE:
                return "高新技术产业增加值占规上工业增加值比重";
            case THRESHOLD:
                return "规上工业产值突破";
            case RATE_PER_YEAR:
                return "每年引进高层次紧缺人才";
            case MILESTONE:
                return "建成重点工程项目";
            case RANK:
                return "全县综合考核排名处在全市前列";
            default:
                return "一季度实现开门红";
        }
    }

    /**
     * Returns the last days of the first {@code count} months of a year.
     *
     * @param year  the year
     * @param count 1 to 12
     * @return the month ends, in order
     */
    public static List<LocalDate> monthEnds(int year, int count) {
        List<LocalDate> out = new ArrayList<>(count);
        for (int m = 1; m <= count; m++) {
            LocalDate first = LocalDate.of(year, m, 1);
            out.add(first.withDayOfMonth(first.lengthOfMonth()));
        }
        return out;
    }

    /**
     * Generates one report per target and date: running totals and levels that move towards the goal
     * at a pace of each target's own (some ahead, most near, some behind), stages and grades that rise.
     * Each report names its lead department as its source; one in ten carries a note.
     *
     * @param plan  the plan
     * @param dates the dates, in order
     * @param seed  the seed
     * @return the reports, target by target
     */
    public static List<Report> reports(Plan plan, List<LocalDate> dates, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Report> out = new ArrayList<>(plan.targets().size() * dates.size());
        Optional<String> note = Optional.of("示例数值");
        int index = 0;
        for (Target t : plan.targets()) {
            double pace = 0.6 + random.nextDouble() * 0.6;
            Optional<String> source = Optional.of(plan.department(t.lead()).orElseThrow().name());
            for (int d = 0; d < dates.size(); d++) {
                LocalDate date = dates.get(d);
                Value value = value(t, date, pace);
                out.add(new Report(t.id(), date, value, source, index++ % 10 == 0 ? note : Optional.empty(),
                        Optional.empty()));
            }
        }
        return out;
    }

    /** A plausible value of a target at a date for a pace (1 = exactly on schedule). */
    static Value value(Target t, LocalDate date, double pace) {
        double elapsed = (date.getDayOfYear()) / (double) date.lengthOfYear() + (date.getYear() - 2023);
        MeasureKind kind = t.measure().kind();
        Goal goal = t.goal();
        if (kind == MeasureKind.MILESTONE || kind == MeasureKind.GRADE) {
            List<String> levels = t.measure().levels();
            int i = (int) Math.min(levels.size() - 1, Math.floor(elapsed * pace * levels.size()));
            return Value.level(levels.get(Math.max(0, i)));
        }
        double g = goal instanceof Goal.Amount ? ((Goal.Amount) goal).value() : 100;
        double start = t.baseline().isPresent() ? t.baseline().get().value() : 0;
        double years = Math.max(1, t.due().getYear() - 2022);
        double v;
        switch (kind) {
            case GROWTH_RATE:
                v = g * pace;
                break;
            case RANK:
                v = Math.max(1, Math.round(start - (start - g) * elapsed * pace));
                break;
            case RATE_PER_YEAR:
                v = Math.round(g * (elapsed - Math.floor(elapsed)) * pace);
                break;
            default:
                v = Math.round((start + (g - start) * elapsed / years * pace) * 100) / 100.0;
                break;
        }
        return Value.of(v);
    }
}
