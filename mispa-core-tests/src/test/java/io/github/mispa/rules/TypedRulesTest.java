package io.github.mispa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.mispa.examples.MispaV;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.Seconding;
import java.io.StringWriter;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Rules receive the acts they check, typed: the replay dispatches, rules never cast. */
class TypedRulesTest {
  private static final class Counting extends BaseRule {
    int decisions;
    int secondings;

    Counting() {
      super("test.counting", "tests", "Counts what it is shown.");
      checks(Decision.class, (decision, at, state, findings) -> decisions++);
      checks(Seconding.class, (seconding, at, state, findings) -> secondings++);
    }
  }

  @Test
  void aRuleIsShownExactlyTheActsOfTheClassesItRegistered() {
    Counting counting = new Counting();
    RuleSet.builder().name("counting").addRules(counting).build().check(MispaV.record());
    long decisions =
        MispaV.record().acts().stream().filter(a -> a.act() instanceof Decision).count();
    long secondings =
        MispaV.record().acts().stream().filter(a -> a.act() instanceof Seconding).count();
    assertThat(counting.decisions).isEqualTo(decisions).isPositive();
    assertThat(counting.secondings).isEqualTo(secondings).isPositive();
    assertThat(counting.appliesTo()).containsExactlyInAnyOrder(ActKind.DECISION, ActKind.SECONDING);
  }

  @Test
  void aCheckOfASuperclassCoversEveryKindOfItsSubclasses() {
    BaseRule rule =
        new BaseRule("test.decisions", "tests", "Decision acts.") {
          {
            checks(DecisionAct.class, (act, at, state, findings) -> {});
          }
        };
    assertThat(rule.appliesTo()).containsExactlyInAnyOrder(ActKind.DECISION, ActKind.ADOPTION);
  }

  @Test
  void kindsOfAnotherClassThanTheCheckedOneAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new BaseRule("test.wrong", "tests", "Wrong kinds.") {
                  {
                    checks(
                        Seconding.class,
                        EnumSet.of(ActKind.SECONDING, ActKind.DECISION),
                        (act, at, state, findings) -> {});
                  }
                })
        .withMessageContaining("decision acts are not of class Seconding");
  }

  @Test
  void aCheckOfDecisionsRegisteredForSecondingsDoesNotCompile() {
    String source =
        """
        import io.github.mispa.procedure.*;
        import io.github.mispa.rules.*;
        final class Mismatch extends BaseRule {
          Mismatch() {
            super("x", "y", "z");
            checks(Seconding.class, this::check);
          }
          void check(Decision d, RecordedAct a, ProceduralState s, Findings f) {}
        }
        """;
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///Mismatch.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    StringWriter out = new StringWriter();
    boolean compiled =
        compiler
            .getTask(
                out,
                null,
                null,
                List.of(
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-proc:none",
                    "-d",
                    System.getProperty("java.io.tmpdir")),
                null,
                List.of(file))
            .call();
    assertThat(compiled).as(out.toString()).isFalse();
    assertThat(out.toString()).contains("Mismatch.java");
    // The same rule with the right class compiles: the failure is the mismatch, not the setup.
    JavaFileObject right =
        new SimpleJavaFileObject(
            URI.create("string:///Mismatch.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source.replace("Seconding.class", "Decision.class");
          }
        };
    StringWriter again = new StringWriter();
    assertThat(
            compiler
                .getTask(
                    again,
                    null,
                    null,
                    List.of(
                        "-classpath",
                        System.getProperty("java.class.path"),
                        "-proc:none",
                        "-d",
                        System.getProperty("java.io.tmpdir")),
                    null,
                    List.of(right))
                .call())
        .as(again.toString())
        .isTrue();
  }
}
