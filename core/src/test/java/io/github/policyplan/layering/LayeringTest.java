package io.github.policyplan.layering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.policyplan.assessment.Assessment;
import io.github.policyplan.scoring.Scoring;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the library as rules that fail on a forbidden arrow. Data flow one way:
 * {@code core} ← {@code rules} ← {@code plans} ← {@code progress} ← {@code scoring} ← {@code rollup} ←
 * {@code assessment} ←
 * {@code report};
 * {@code internal.read} and {@code internal.write} serve them and know none of them; {@code model}
 * knows nothing of the library. {@code store} is a side branch over {@code progress}: it keeps inputs
 * (reports, corrections, revisions) and hands them back as a {@code ProgressLog}, so it may use
 * {@code core}, {@code plans}, {@code progress} and the internals, never {@code scoring},
 * {@code assessment} or {@code report}; and no package uses it, since scoring never reads a store, as it
 * never reads a file. It is the only package that touches {@code java.sql}, and it needs no driver.
 */
class LayeringTest {

    private static final String ROOT = "io.github.policyplan.";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.policyplan");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void internalsKnowNoExportedPackageButCore() {
        check(noClasses().that().resideInAPackage(ROOT + "internal..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "rules..", ROOT + "plans..",
                        ROOT + "progress..", ROOT + "scoring..", ROOT + "rollup..", ROOT + "assessment..", ROOT + "store..")
                .because("the reading and writing internals serve every package and know none of them"));
    }

    @Test
    void readingAndWritingInternalsAreApart() {
        check(noClasses().that().resideInAPackage(ROOT + "internal.read..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "internal.write.."));
        check(noClasses().that().resideInAPackage(ROOT + "internal.write..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "internal.read.."));
    }

    @Test
    void plansNeedNoProgressScoringOrAssessment() {
        check(noClasses().that().resideInAPackage(ROOT + "plans..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "progress..", ROOT + "scoring..",
                        ROOT + "rollup..", ROOT + "assessment..")
                .because("reading a plan needs no scoring engine"));
    }

    @Test
    void progressNeedsNoScoringOrAssessment() {
        check(noClasses().that().resideInAPackage(ROOT + "progress..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "scoring..", ROOT + "rollup..",
                        ROOT + "assessment.."));
    }

    @Test
    void scoringNeedsNoAssessment() {
        check(noClasses().that().resideInAPackage(ROOT + "scoring..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "rollup..", ROOT + "assessment.."));
    }

    @Test
    void valueRollUpSitsBetweenScoringAndAssessment() {
        check(noClasses().that().resideInAPackage(ROOT + "rollup..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "assessment..")
                .because("the roll-up scores with the scoring engine; assessments may use it, not the other way"));
    }

    @Test
    void storesKeepInputsAndNeedNoScoringAssessmentOrReports() {
        check(noClasses().that().resideInAPackage(ROOT + "store..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "scoring..", ROOT + "rollup..", ROOT + "assessment..",
                        ROOT + "report..")
                .because("a store keeps reports, corrections and revisions and returns them as a progress log;"
                        + " what is computed from them is not its business"));
    }

    @Test
    void nothingInTheLibraryDependsOnStores() {
        check(noClasses().that().resideOutsideOfPackage(ROOT + "store..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "store..")
                .because("scoring takes a progress log and never reads a store, as it never reads a file"));
    }

    @Test
    void onlyStoresUseJdbcAndNothingNeedsADriver() {
        check(noClasses().that().resideOutsideOfPackage(ROOT + "store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("the JDBC store is the one door to a database"));
        check(classes().that().resideInAPackage(ROOT + "store..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.github.policyplan..", "java..",
                        "com.fasterxml.jackson.core..")
                .because("the library talks to a database through java.sql alone; the application brings the driver"));
    }

    @Test
    void nothingInTheLibraryDependsOnReports() {
        check(noClasses().that().resideOutsideOfPackage(ROOT + "report..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "report..")
                .because("reports are the top layer: they read results, and nothing reads them"));
    }

    @Test
    void reportsNeedNoReadingInternals() {
        check(noClasses().that().resideInAPackage(ROOT + "report..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "internal.read..")
                .because("reports read results through the public API, not documents"));
    }

    @Test
    void reportsComputeNoScore() {
        Set<String> scoring = Set.of("score", "series", "rescore");
        check(noClasses().that().resideInAPackage(ROOT + "report..")
                .should().callMethodWhere(DescribedPredicate.describe("Scoring.score, series or rescore",
                        (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Scoring.class)
                                && scoring.contains(call.getName())))
                .orShould().callMethodWhere(DescribedPredicate.describe("Assessment.assess",
                        (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Assessment.class)
                                && call.getName().equals("assess")))
                .because("renderers never compute scores: they show what scoring and assessment computed"));
    }

    @Test
    void theRuleCatalogueUsesOnlyCoreAndModel() {
        check(classes().that().resideInAPackage(ROOT + "rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + "rules..", ROOT + "core..",
                        ROOT + "model..", "java.."));
    }

    @Test
    void coreIsTheBottom() {
        check(classes().that().resideInAPackage(ROOT + "core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + "core..", ROOT + "model..",
                        "java..", "com.fasterxml.jackson.core.."));
    }

    @Test
    void theModelDependsOnNothing() {
        check(classes().that().resideInAPackage(ROOT + "model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + "model..", "java.."));
    }

    @Test
    void noStaticStateCanBeReplaced() {
        check(fields().that().areStatic().should().beFinal()
                .because("a static field that can be reassigned is a global registry any caller can replace"));
    }

    @Test
    void noCyclesAmongPackages() {
        check(slices().matching("io.github.policyplan.(**)").should().beFreeOfCycles());
    }
}
