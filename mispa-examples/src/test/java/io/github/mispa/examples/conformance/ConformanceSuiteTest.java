package io.github.mispa.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.mispa.examples.MispaV;
import io.github.mispa.json.MispaJson;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.Seconding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and running a suite: what makes a case pass or fail. */
class ConformanceSuiteTest {
  @TempDir Path dir;

  private static final String SELF_SECONDED =
      """
      {
        "description": "Costa Rica seconds its own nomination",
        "findings": [
          {"rule": "election.seconder-distinct", "kind": "void", "location": "2.a#19"}
        ]
      }
      """;

  private void writeSelfSeconded(String name) {
    MispaJson.standard()
        .write(
            RecordEdits.replace(
                MispaV.record(),
                ActLocation.parse("2.a#19"),
                Seconding.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build()),
            dir.resolve(name + ".json"));
  }

  private CaseResult only() {
    List<CaseResult> results = ConformanceSuite.load(dir).run();
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  @Test
  void aCaseWhoseFindingsAreThoseExpectedPassesWithDefaultsForRuleSetAndUndetermined()
      throws IOException {
    writeSelfSeconded("self");
    Files.writeString(dir.resolve("self.expected.json"), SELF_SECONDED);

    CaseResult result = only();
    assertThat(result.name()).isEqualTo("self");
    assertThat(result.description()).isEqualTo("Costa Rica seconds its own nomination");
    assertThat(result.passed()).as(result.problems().toString()).isTrue();
  }

  @Test
  void aMissingFindingAWrongPathAndAnUnexpectedFindingFail() throws IOException {
    writeSelfSeconded("self");
    Files.writeString(
        dir.resolve("self.expected.json"),
        """
        {"description": "wrong", "findings": [
          {"rule": "election.seconder-distinct", "kind": "void", "location": "2.a#19",
           "path": "/sessions/1/items/0/acts/19"}]}
        """);
    assertThat(only().problems())
        .containsExactly(
            "expected 1 findings, found 1",
            "finding 1: expected 2.a#19 void election.seconder-distinct"
                + " /sessions/1/items/0/acts/19, found 2.a#19 void election.seconder-distinct"
                + " /sessions/1/items/0/acts/18");

    Files.writeString(
        dir.resolve("self.expected.json"), "{\"description\": \"none\", \"findings\": []}");
    assertThat(only().problems())
        .containsExactly(
            "expected 0 findings, found 1",
            "finding 1: unexpected 2.a#19 void election.seconder-distinct"
                + " /sessions/1/items/0/acts/18");

    Files.writeString(
        dir.resolve("self.expected.json"),
        "{\"description\": \"undetermined too\", \"undetermined\": \"compare\", \"findings\": []}");
    assertThat(only().problems()).hasSize(12).first().isEqualTo("expected 0 findings, found 11");
  }

  @Test
  void aRecordWithoutExpectationsOrAnExpectationWithoutARecordFails() throws IOException {
    writeSelfSeconded("lonely");
    assertThat(only().problems()).containsExactly("no expected file lonely.expected.json");

    Files.delete(dir.resolve("lonely.json"));
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/orphan.expected.json"), SELF_SECONDED);
    CaseResult orphan = only();
    assertThat(orphan.name()).isEqualTo("sub/orphan");
    assertThat(orphan.problems()).containsExactly("no record file orphan.json");
  }

  @Test
  void anUnreadableRecordFailsWithItsPointer() throws IOException {
    Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 2}");
    Files.writeString(dir.resolve("broken.expected.json"), SELF_SECONDED);
    assertThat(only().problems())
        .singleElement()
        .asString()
        .startsWith("the record cannot be read: ");
  }

  @Test
  void malformedExpectationsAreRejectedWithTheirPlace() {
    assertThatThrownBy(() -> Expectation.parse("[]")).hasMessage("expected an object at the top");
    assertThatThrownBy(() -> Expectation.parse("{\"findings\": []}"))
        .hasMessage(": missing field \"description\"");
    assertThatThrownBy(
            () -> Expectation.parse("{\"description\": \"x\", \"findings\": [], \"rules\": 1}"))
        .hasMessage("/rules: unknown field; expected description, ruleSet, undetermined, findings");
    assertThatThrownBy(
            () ->
                Expectation.parse(
                    "{\"description\": \"x\", \"ruleSet\": \"robert\", \"findings\": []}"))
        .hasMessageStartingWith("/ruleSet: no standard rule set is named \"robert\"");
    assertThatThrownBy(
            () ->
                Expectation.parse(
                    "{\"description\": \"x\", \"undetermined\": \"yes\", \"findings\": []}"))
        .hasMessage("/undetermined: expected \"compare\" or \"ignore\", found \"yes\"");
    assertThatThrownBy(
            () ->
                Expectation.parse(
                    "{\"description\": \"x\", \"findings\": [{\"rule\": \"r\", \"kind\": \"null\","
                        + " \"location\": \"2.a#1\"}]}"))
        .hasMessage("/findings/0/kind: expected void, irregular or undetermined, found \"null\"");
    assertThatThrownBy(
            () ->
                Expectation.parse(
                    "{\"description\": \"x\", \"findings\": [{\"rule\": \"r\", \"kind\":"
                        + " \"undetermined\", \"location\": \"2.a#1\"}]}"))
        .hasMessage("/findings/0: an undetermined finding, but \"undetermined\" is \"ignore\"");
    assertThatThrownBy(
            () ->
                Expectation.parse(
                    "{\"description\": \"x\", \"findings\": [{\"rule\": \"r\", \"kind\": \"void\","
                        + " \"location\": \"2a\"}]}"))
        .hasMessageStartingWith("/findings/0/location: \"2a\" is not an act location");
    assertThatThrownBy(() -> Expectation.parse("{\"description\": \"x\", \"description\": \"y\"}"))
        .hasMessageStartingWith("not JSON: Duplicate Object property \"description\"");
  }

  @Test
  void anExpectationWritesAsItReads() {
    Expectation expectation =
        new Expectation(
            "a \"quoted\" description, in Spanish: reunión",
            "oas-general-assembly",
            true,
            ImmutableList.of(
                new ExpectedFinding("decision.quorum", "undetermined", "2.a#2", "/sessions/1"),
                new ExpectedFinding("session.order", "irregular", "8.a#1", null)));

    assertThat(Expectation.parse(expectation.toJson())).isEqualTo(expectation);
    assertThat(expectation.toJson())
        .isEqualTo(
            """
            {
              "description": "a \\"quoted\\" description, in Spanish: reunión",
              "ruleSet": "oas-general-assembly",
              "undetermined": "compare",
              "findings": [
                {"rule": "decision.quorum", "kind": "undetermined", "location": "2.a#2", "path": "/sessions/1"},
                {"rule": "session.order", "kind": "irregular", "location": "8.a#1"}
              ]
            }
            """);
  }
}
