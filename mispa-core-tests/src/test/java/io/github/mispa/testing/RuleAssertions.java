package io.github.mispa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on what one rule finds in a record checked under the mispa rule set. */
public final class RuleAssertions {
  private RuleAssertions() {}

  /** The findings of {@code ruleId} when {@code record} is checked under {@code mispa}. */
  public static List<Finding> findings(MeetingRecord record, String ruleId) {
    return findings(RuleSets.mispa(), record, ruleId);
  }

  /** The findings of {@code ruleId} when {@code record} is checked under {@code ruleSet}. */
  public static List<Finding> findings(RuleSet ruleSet, MeetingRecord record, String ruleId) {
    Verdict verdict = ruleSet.check(record);
    return verdict.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .collect(Collectors.toList());
  }

  /**
   * Asserts that {@code ruleId} finds exactly one thing in {@code record}, of {@code kind} at
   * {@code location}, and returns it.
   */
  public static Finding assertFiresOnce(
      MeetingRecord record, String ruleId, FindingKind kind, String location) {
    return assertFiresOnce(RuleSets.mispa(), record, ruleId, kind, location);
  }

  /**
   * As {@link #assertFiresOnce(MeetingRecord, String, FindingKind, String)}, under {@code ruleSet}.
   */
  public static Finding assertFiresOnce(
      RuleSet ruleSet, MeetingRecord record, String ruleId, FindingKind kind, String location) {
    List<Finding> found = findings(ruleSet, record, ruleId);
    assertThat(found).as("findings of %s", ruleId).hasSize(1);
    Finding finding = found.get(0);
    assertThat(finding.kind()).isEqualTo(kind);
    assertThat(finding.location()).hasToString(location);
    assertThat(finding.citation()).isNotBlank();
    assertThat(finding.message()).isNotBlank();
    return finding;
  }

  /** Asserts that {@code ruleId} finds nothing in {@code record}. */
  public static void assertQuiet(MeetingRecord record, String ruleId) {
    assertThat(findings(record, ruleId)).as("findings of %s", ruleId).isEmpty();
  }

  /** Asserts that {@code record} has no void or irregular finding at all. */
  public static void assertClean(MeetingRecord record) {
    Verdict verdict = RuleSets.mispa().check(record);
    assertThat(verdict.findings().stream().filter(f -> f.kind() != FindingKind.UNDETERMINED))
        .as("void and irregular findings")
        .isEmpty();
  }
}
