package io.github.mispa;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordProblem;
import io.github.mispa.rules.Findings;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of mispa-core, checked on its compiled classes with ArchUnit: which package may
 * depend on which, no cycles, no Jackson, and no generated class in the API.
 */
class ArchitectureTest {
  private static final String MISPA = "io.github.mispa..";
  private static final String INTERNAL = "io.github.mispa.internal..";
  private static final String MODEL = "io.github.mispa.model..";
  private static final String PROCEDURE = "io.github.mispa.procedure..";
  private static final String RULES = "io.github.mispa.rules";
  private static final String CATALOGUE = "io.github.mispa.rules.catalogue..";

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    // mispa-core's classes alone, from its jar or class folder: the tests, and the fixtures of
    // mispa-testing on the same class path, are not the library.
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(MeetingRecord.class.getProtectionDomain().getCodeSource().getLocation());
  }

  @Test
  void importsEveryPackageOfTheLibraryAndNoTestClass() {
    assertThat(core.stream().map(JavaClass::getPackageName).distinct())
        .contains(
            "io.github.mispa.internal",
            "io.github.mispa.model",
            "io.github.mispa.procedure",
            "io.github.mispa.rules",
            "io.github.mispa.rules.catalogue")
        .doesNotContain("io.github.mispa.examples", "io.github.mispa.testing");
  }

  @Test
  void packagesDependOneWay() {
    // model <- procedure <- rules <- rules.catalogue. The report, which renders records for people,
    // is in mispa-report (whose own ArchitectureTest places it above all of these); nothing in core
    // depends on the catalogue. internal is used by every package. A class in a package not listed
    // here fails the rule, so a new package has to take its place in this picture first.
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage(MISPA)
        .layer("internal")
        .definedBy(INTERNAL)
        .layer("model")
        .definedBy(MODEL)
        .layer("procedure")
        .definedBy(PROCEDURE)
        .layer("rules")
        .definedBy(RULES)
        .layer("catalogue")
        .definedBy(CATALOGUE)
        .whereLayer("model")
        .mayOnlyAccessLayers("internal")
        .whereLayer("procedure")
        .mayOnlyAccessLayers("internal", "model")
        .whereLayer("rules")
        .mayOnlyAccessLayers("internal", "model", "procedure")
        .whereLayer("catalogue")
        .mayOnlyAccessLayers("internal", "model", "procedure", "rules")
        .whereLayer("catalogue")
        .mayNotBeAccessedByAnyLayer()
        .ensureAllClassesAreContainedInArchitecture()
        .check(core);
  }

  @Test
  void internalDependsOnNothingElseOfMispa() {
    classes()
        .that()
        .resideInAPackage(INTERNAL)
        .should()
        .onlyDependOnClassesThat(resideInAPackage(INTERNAL).or(resideOutsideOfPackage(MISPA)))
        .check(core);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("io.github.mispa.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void rulesOfTheCatalogueReceiveTheirActsTypedAndNeverCastThem() {
    // A rule registers a check per class of act and receives acts of that class: it never takes
    // the act out of a RecordedAct to cast it.
    noClasses()
        .that()
        .resideInAPackage("io.github.mispa.rules.catalogue")
        .and()
        .areAssignableTo(io.github.mispa.rules.BaseRule.class)
        .should()
        .callMethod(io.github.mispa.procedure.RecordedAct.class, "act")
        .check(core);
    classes()
        .that()
        .resideInAPackage("io.github.mispa.rules.catalogue")
        .and()
        .haveSimpleNameNotEndingWith("RuleSets")
        .and()
        .areTopLevelClasses()
        .and()
        .arePublic()
        .should()
        .beAssignableTo(io.github.mispa.rules.BaseRule.class)
        .check(core);
  }

  @Test
  void everyFindingOfTheCatalogueGivesItsMessageAsData() {
    // Findings' overloads without a Message leave a finding in English alone, marked [en] in the
    // other languages: for rules of one's own, never for the catalogue's. Checked on the calls in
    // the bytecode, so that no branch a test does not reach can slip through; mispa-examples'
    // FindingTextTest checks what the calls give, on every finding of the conformance suite.
    noClasses()
        .that()
        .resideInAPackage("io.github.mispa.rules.catalogue")
        .should()
        .callMethod(Findings.class, "voidAct", String.class)
        .orShould()
        .callMethod(Findings.class, "voidPart", String.class, String.class)
        .orShould()
        .callMethod(Findings.class, "irregular", String.class)
        .orShould()
        .callMethod(Findings.class, "irregularPart", String.class, String.class)
        .orShould()
        .callMethod(Findings.class, "undetermined", String.class)
        .check(core);
  }

  @Test
  void nothingRefersToJackson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(core);
  }

  @Test
  void onlyExceptionsAndTheProblemsTheyCarryAreSerializable() {
    // The value types are deliberately not Serializable: records travel as JSON (mispa-json), and
    // serialization would make every private field part of the API. Exceptions are, as every
    // Throwable is, and so is RecordProblem, which InvalidRecordException carries. Enums are
    // Serializable by the language. So is the package-private type of the shapes' getters, which
    // no value implements: it lets a generator tell which accessor a method reference names.
    classes()
        .that()
        .areAssignableTo(Serializable.class)
        .and()
        .areNotEnums()
        .should()
        .beAssignableTo(Throwable.class)
        .orShould()
        .haveFullyQualifiedName(RecordProblem.class.getName())
        .orShould()
        .haveFullyQualifiedName("io.github.mispa.procedure.Shape$Getter")
        .check(core);
  }

  @Test
  void generatedClassesNeverAppearInThePublicApi() {
    classes().that(visibleOutsideTheLibrary()).should(notExposeGeneratedClasses()).check(core);
  }

  @Test
  void publicClassesExtendGeneratedClassesOnlyAsSandwichBuilders() {
    // Immutables' sandwich style: Person.Builder extends the package-private
    // ImmutablePerson.Builder by design, so that callers see Person.Builder and never the
    // generated class. That superclass is the one place a generated class may appear; any other
    // public class extending or implementing a generated one leaks it.
    classes()
        .that(visibleOutsideTheLibrary())
        .should(extendGeneratedClassesOnlyAsSandwichBuilder())
        .check(core);
  }

  /** Public classes whose enclosing classes, if any, are public too. */
  private static DescribedPredicate<JavaClass> visibleOutsideTheLibrary() {
    return DescribedPredicate.describe(
        "are visible outside the library", ArchitectureTest::isVisible);
  }

  private static boolean isVisible(JavaClass type) {
    Optional<JavaClass> current = Optional.of(type);
    while (current.isPresent()) {
      if (!current.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      current = current.get().getEnclosingClass();
    }
    return true;
  }

  /** A class Immutables generated, or one nested in it: {@code ImmutablePerson.Builder}. */
  private static boolean isGenerated(JavaClass type) {
    JavaClass outermost = type;
    while (outermost.getEnclosingClass().isPresent()) {
      outermost = outermost.getEnclosingClass().get();
    }
    return outermost.getPackageName().startsWith("io.github.mispa")
        && outermost.getSimpleName().startsWith("Immutable");
  }

  private static boolean isApiMember(JavaMember member) {
    return member.getModifiers().contains(JavaModifier.PUBLIC)
        || member.getModifiers().contains(JavaModifier.PROTECTED);
  }

  /**
   * The types a public or protected member shows to callers: return, parameter, field and thrown
   * types with their type arguments. Members inherited from package-private superclasses count: a
   * public Builder's methods are declared on the generated builder it extends.
   */
  private static ArchCondition<JavaClass> notExposeGeneratedClasses() {
    return new ArchCondition<>("not expose generated Immutable* classes in public signatures") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaMember member : type.getAllMembers()) {
          if (!isApiMember(member)
              || !member.getOwner().getPackageName().startsWith("io.github.mispa")) {
            continue;
          }
          Set<String> leaked = new TreeSet<>();
          if (member instanceof JavaField field) {
            field.getType().getAllInvolvedRawTypes().stream()
                .filter(ArchitectureTest::isGenerated)
                .forEach(t -> leaked.add(t.getName()));
          } else if (member instanceof JavaCodeUnit code) {
            code.getReturnType().getAllInvolvedRawTypes().stream()
                .filter(ArchitectureTest::isGenerated)
                .forEach(t -> leaked.add(t.getName()));
            code.getParameterTypes().stream()
                .flatMap(p -> p.getAllInvolvedRawTypes().stream())
                .filter(ArchitectureTest::isGenerated)
                .forEach(t -> leaked.add(t.getName()));
            code.getExceptionTypes().stream()
                .filter(ArchitectureTest::isGenerated)
                .forEach(t -> leaked.add(t.getName()));
          }
          if (!leaked.isEmpty()) {
            events.add(
                SimpleConditionEvent.violated(
                    member,
                    type.getName() + " exposes " + leaked + " through " + member.getFullName()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> extendGeneratedClassesOnlyAsSandwichBuilder() {
    return new ArchCondition<>(
        "extend a generated class only as X.Builder extends ImmutableX.Builder") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Set<JavaClass> supertypes = new LinkedHashSet<>();
        type.getRawSuperclass().ifPresent(supertypes::add);
        supertypes.addAll(type.getRawInterfaces());
        for (JavaClass supertype : supertypes) {
          if (isGenerated(supertype) && !isSandwichBuilder(type, supertype)) {
            events.add(
                SimpleConditionEvent.violated(
                    type, type.getName() + " extends generated " + supertype.getName()));
          }
        }
      }
    };
  }

  /** {@code X.Builder extends ImmutableX.Builder}, for X in the same package. */
  private static boolean isSandwichBuilder(JavaClass type, JavaClass supertype) {
    return type.getSimpleName().equals("Builder")
        && supertype.getSimpleName().equals("Builder")
        && type.getEnclosingClass().isPresent()
        && supertype.getEnclosingClass().isPresent()
        && supertype
            .getEnclosingClass()
            .get()
            .getName()
            .equals(
                type.getPackageName()
                    + ".Immutable"
                    + type.getEnclosingClass().get().getSimpleName());
  }
}
