package io.github.policyplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README and of {@code docs/*.md} compiles against the library and runs on
 * the example data.
 *
 * <p>A fenced block opened with {@code ```java} is compiled and run; {@code ```java compile-only} is
 * compiled but not run (it writes files, say); {@code ```java no-compile} is neither, and is counted:
 * {@link #NOT_COMPILED} says how many there may be. A snippet that declares a class is compiled as
 * it stands and run when it has a {@code main}; any other snippet is a list of statements, put in a
 * method that may throw {@code IOException}, with its own {@code import} lines moved to the top and
 * the {@linkplain #IMPORTS library's packages} imported. The variables the documents take as known
 * ({@link #CONTEXT}: {@code plan}, {@code log}, {@code path}, {@code contest}, {@code year}) are
 * declared before a snippet that uses them without declaring them, from the example data. Snippets
 * run in a JVM of their own, with assertions on, whose working folder is the repository's root, so their paths are
 * relative to it.
 */
class DocSnippetsTest {

    /** How many snippets are marked {@code no-compile}: change it only with a reason. */
    private static final int NOT_COMPILED = 0;

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final List<String> IMPORTS = List.of("io.github.policyplan.model", "io.github.policyplan.core",
            "io.github.policyplan.rules", "io.github.policyplan.plans", "io.github.policyplan.progress",
            "io.github.policyplan.scoring", "io.github.policyplan.rollup", "io.github.policyplan.assessment",
            "io.github.policyplan.report",
            "io.github.policyplan.store",
            "java.nio.file", "java.time", "java.util", "java.io");

    private static final String DATA = "examples/src/main/resources/";

    /** The variables the documents use without declaring them: name, declaration. In order of need. */
    private static final List<String[]> CONTEXT = List.of(
            new String[] {"path", "Path path = Path.of(\"" + DATA + "plans/county-2023.yaml\");"},
            new String[] {"plan", "Plan countyPublished = Plans.read(Path.of(\"" + DATA + "plans/county-2023.yaml\"));\n"
                    + "Plan plan = GoalSheets.read(Path.of(\"" + DATA + "plans/county-2023-illustrative.yaml\"),"
                    + " countyPublished).applyTo(countyPublished);"},
            new String[] {"log", "ProgressLog log = Progress.read(Path.of(\"" + DATA + "progress/county-2023.csv\"),"
                    + " plan);"},
            new String[] {"contest", "Plan investment = Plans.read(Path.of(\"" + DATA + "plans/investment-2023.yaml\"));\n"
                    + "Assessment contest = Assessments.read(Path.of(\"" + DATA + "assess/investment-2023.yaml\"),"
                    + " investment);"},
            new String[] {"year", "AssessmentResult year = contest.assess(Progress.read(Path.of(\"" + DATA
                    + "progress/investment-2023.csv\"), investment), AssessmentPeriod.year(2023));"});

    private static final Pattern FENCE = Pattern.compile("(?m)^```java([^\\n]*)\\n(.*?)^```\\s*$", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("(?m)^(public\\s+)?(final\\s+)?(class|record|interface|enum)\\s+(\\w+)");

    /** A snippet: where it is, its marks and its text. */
    record Snippet(String file, int line, String marks, String text) {
        boolean noCompile() {
            return marks.contains("no-compile");
        }

        boolean compileOnly() {
            return marks.contains("compile-only");
        }

        String name() {
            return file + ":" + line;
        }
    }

    private static List<Snippet> snippets;

    @BeforeAll
    static void extract() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        snippets = new ArrayList<>();
        for (Path f : files) {
            String md = Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = FENCE.matcher(md);
            while (m.find()) {
                int line = 1 + (int) md.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                snippets.add(new Snippet(ROOT.relativize(f).toString(), line, m.group(1).trim(), m.group(2)));
            }
        }
    }

    @Test
    void theDocumentsHaveSnippetsAndOnlyTheCountedOnesAreNotCompiled() {
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(12);
        assertThat(snippets.stream().filter(Snippet::noCompile).map(Snippet::name).toList())
                .as("snippets marked no-compile").hasSize(NOT_COMPILED);
        assertThat(snippets).allSatisfy(s -> assertThat(s.marks()).as("the marks of %s", s.name())
                .matches("|no-compile|compile-only"));
    }

    @TestFactory
    Stream<DynamicTest> everySnippetCompilesAndRuns(@TempDir Path classes) {
        return snippets.stream().filter(s -> !s.noCompile()).map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            String className = "Snippet_" + s.file().replaceAll("\\W", "_") + "_" + s.line();
            Source source = source(s, className);
            compile(s, source, classes);
            if (!s.compileOnly() && source.runnable()) {
                run(s, source.mainClass(), classes);
            }
        }));
    }

    /** The compilation unit of a snippet, the class to run and whether it runs. */
    record Source(String mainClass, String text, boolean runnable) {
    }

    static Source source(Snippet s, String className) {
        StringBuilder head = new StringBuilder();
        for (String p : IMPORTS) {
            head.append("import ").append(p).append(".*;\n");
        }
        StringBuilder body = new StringBuilder();
        for (String l : s.text().split("\n", -1)) {
            (l.startsWith("import ") ? head : body).append(l).append('\n');
        }
        Matcher c = CLASS.matcher(body);
        if (c.find()) {
            String name = c.group(4);
            String text = head + body.toString().replaceFirst("(?m)^public\\s+(?=(final\\s+)?(class|record|interface|enum))", "");
            return new Source(name, text, body.toString().contains("static void main("));
        }
        // A variable is needed when the snippet uses it or a needed variable's declaration does (later
        // variables depend on earlier ones: log on plan), so the needs are found from the last back.
        boolean[] needed = new boolean[CONTEXT.size()];
        StringBuilder later = new StringBuilder();
        for (int i = CONTEXT.size() - 1; i >= 0; i--) {
            String[] v = CONTEXT.get(i);
            needed[i] = uses(body, v[0], later) && !declares(body.toString(), v[0]);
            if (needed[i]) {
                later.append(v[1]).append('\n');
            }
        }
        StringBuilder context = new StringBuilder();
        for (int i = 0; i < CONTEXT.size(); i++) {
            if (needed[i]) {
                context.append(CONTEXT.get(i)[1]).append('\n');
            }
        }
        String text = head + "public class " + className + " {\n"
                + "    public static void main(String[] args) throws IOException {\n"
                + context + "// ---- " + s.name() + "\n" + body
                + "    }\n}\n";
        return new Source(className, text, true);
    }

    private static boolean uses(CharSequence body, String name, CharSequence context) {
        Pattern p = Pattern.compile("\\b" + name + "\\b");
        return p.matcher(body).find() || p.matcher(context).find();
    }

    private static boolean declares(String body, String name) {
        return Pattern.compile("(?m)^\\s*[\\w.<>?, \\[\\]]+\\s+" + name + "\\s*=").matcher(body).find();
    }

    private static void compile(Snippet s, Source source, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + source.mainClass() + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source.text();
            }
        };
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(out, files, diagnostics, List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-proc:none", "-encoding", "UTF-8"), null,
                    List.of(file)).call();
            StringBuilder report = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    report.append("line ").append(d.getLineNumber()).append(": ").append(d.getMessage(null))
                            .append('\n');
                }
            }
            assertThat(ok).as("%s compiles:\n%s\n%s", s.name(), report, numbered(source.text())).isTrue();
        }
    }

    private static void run(Snippet s, String mainClass, Path classes) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = Files.createTempFile(classes, "out", ".txt");
        Process p = new ProcessBuilder(javaBin, "-ea", "-cp", classes + java.io.File.pathSeparator
                + System.getProperty("java.class.path"), mainClass)
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done && p.exitValue() == 0).as("%s runs (exit %s):\n%s", s.name(), done ? p.exitValue() : "timeout",
                Files.readString(output)).isTrue();
    }

    private static String numbered(String text) {
        StringBuilder sb = new StringBuilder();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            sb.append(String.format("%4d  %s%n", i + 1, lines[i]));
        }
        return sb.toString();
    }
}
