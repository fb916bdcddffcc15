package io.github.policyplan.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.policyplan.examples.SyntheticPlans;
import io.github.policyplan.model.Department;
import io.github.policyplan.model.Plan;
import io.github.policyplan.plans.Plans;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * (a) Loading a 10,000-target plan from YAML — 50 departments, 20 sections × 10 items × 50 targets, all
 * nine measure kinds with every field a target can have — with {@code Plans.parse}, against the floor of
 * Jackson's own YAML tree ({@code YAMLMapper.readTree}) of the same text, with SnakeYAML's size limit
 * raised to the library's 16 MiB. Goal: at most 1.5 × the floor.
 *
 * <p>The text is the canonical YAML of a generated plan ({@code Plans.toYaml}); setup checks that it
 * reads back as an equal plan. {@code colons} says whether the notes and quotes use the full-width
 * colon '：' as Chinese prose usually does ({@code fullwidth}) or not ({@code ascii}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PlanLoadBenchmark {

    /** Whether the text holds full-width colons. */
    @Param({"ascii", "fullwidth"})
    public String colons;

    private String text;
    private YAMLMapper mapper;

    /** Generates the YAML text and checks it loads as the plan it was written from. */
    @Setup
    public void setup() {
        List<Department> departments = SyntheticPlans.departments(50);
        Plan plan = SyntheticPlans.plan("bench-load", "基准测试计划（10000个目标）", SyntheticPlans.Shape.MIXED, 20, 10, 50,
                departments, SyntheticPlans.spread(departments), colons.equals("fullwidth"), 42L);
        text = Plans.toYaml(plan);
        if (!Plans.parse(text, "p.yaml").equals(plan)) {
            throw new IllegalStateException("the generated YAML does not read back as its plan");
        }
        if (colons.equals("fullwidth") != (text.indexOf('：') >= 0)) {
            throw new IllegalStateException("colons: " + colons);
        }
        // SnakeYAML refuses documents over 3 MiB code points by default; the floor gets the library's 16 MiB.
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(16 << 20);
        mapper = new YAMLMapper(YAMLFactory.builder().loaderOptions(loader).build());
        try {
            if (mapper.readTree(text).get("sections").size() != 20) {
                throw new IllegalStateException("the floor does not read the text");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("%n[plan-load] %d targets, %,d characters of YAML, %d lines%n", plan.targets().size(),
                text.length(), text.split("\n", -1).length);
    }

    /**
     * The library: text to a validated, immutable plan.
     *
     * @return the plan
     */
    @Benchmark
    public Plan load() {
        return Plans.parse(text, "p.yaml");
    }

    /**
     * The floor: Jackson's YAML tree of the same text, with neither locations nor checks nor model.
     *
     * @return the tree
     * @throws IOException never, for this text
     */
    @Benchmark
    public JsonNode floorJacksonTree() throws IOException {
        return mapper.readTree(text);
    }
}
