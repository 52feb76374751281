package io.github.mispa.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The place of mispa-report, checked on its compiled classes: one package, {@code
 * io.github.mispa.report}, which mispa-core no longer has (no split package); it uses core's
 * packages and ICU, and nothing of JSON.
 */
class ReportArchitectureTest {
  private static JavaClasses report;

  @BeforeAll
  static void importReport() {
    report =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(RapporteurReport.class.getProtectionDomain().getCodeSource().getLocation());
  }

  @Test
  void theModuleIsTheReportPackageAlone() {
    assertThat(report.stream().map(JavaClass::getPackageName).distinct())
        .containsExactly("io.github.mispa.report");
  }

  @Test
  void mispaCoreHasNoReportPackage() {
    // The same package in two jars is a split package: a module path refuses it.
    JavaClasses core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(
                io.github.mispa.procedure.MeetingRecord.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation());
    assertThat(core.stream().map(JavaClass::getPackageName).distinct())
        .isNotEmpty()
        .doesNotContain("io.github.mispa.report");
  }

  @Test
  void theReportDependsOnCoreIcuGuavaAndTheJdkOnly() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "io.github.mispa..", "com.ibm.icu..", "com.google.common..", "org.jspecify..", "java..")
        .check(report);
  }

  @Test
  void nothingRefersToJackson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(report);
  }
}
