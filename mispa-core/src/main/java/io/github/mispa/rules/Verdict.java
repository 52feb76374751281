package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.mispa.procedure.MeetingRecord;

/**
 * The result of checking a record: every finding in record order, whether the record is clean, and
 * the final procedural state.
 *
 * <pre>{@code
 * Verdict verdict = RuleSets.mispa().check(MispaV.record());
 * verdict.isClean();                     // true
 * verdict.undeterminedByRule().keySet(); // [decision.quorum]: the report records no attendance
 * }</pre>
 */
public final class Verdict {
  private final MeetingRecord record;
  private final RuleSet ruleSet;
  private final ImmutableList<Finding> findings;
  private final ProceduralState finalState;

  Verdict(
      MeetingRecord record,
      RuleSet ruleSet,
      ImmutableList<Finding> findings,
      ProceduralState finalState) {
    this.record = record;
    this.ruleSet = ruleSet;
    this.findings = findings;
    this.finalState = finalState;
  }

  /** {@return the record checked} */
  public MeetingRecord record() {
    return record;
  }

  /** {@return the rule set it was checked under} */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** {@return every finding, in the order of the acts, then by rule id} */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** {@return the findings of one kind, in order} */
  public ImmutableList<Finding> findings(FindingKind kind) {
    requireNonNull(kind, "kind");
    return findings.stream().filter(f -> f.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** {@return whether the record has no void and no irregular finding} */
  public boolean isClean() {
    return findings.stream().noneMatch(f -> f.kind() != FindingKind.UNDETERMINED);
  }

  /** {@return whether the record has no finding at all, undetermined ones included} */
  public boolean isStrictlyClean() {
    return findings.isEmpty();
  }

  /**
   * {@return the undetermined findings grouped by rule id, in order of first appearance: a record
   * without attendance reads as one group for {@code decision.quorum}, not one line per decision}
   */
  public ImmutableListMultimap<String, Finding> undeterminedByRule() {
    ImmutableListMultimap.Builder<String, Finding> groups = ImmutableListMultimap.builder();
    for (Finding f : findings) {
      if (f.kind() == FindingKind.UNDETERMINED) {
        groups.put(f.ruleId(), f);
      }
    }
    return groups.build();
  }

  /** {@return the procedural state after the last act} */
  public ProceduralState finalState() {
    return finalState;
  }

  /** Returns a summary: the counts of findings by kind. */
  @Override
  public String toString() {
    return record.meeting().name()
        + " under "
        + ruleSet.name()
        + ": "
        + findings(FindingKind.VOID).size()
        + " void, "
        + findings(FindingKind.IRREGULAR).size()
        + " irregular, "
        + findings(FindingKind.UNDETERMINED).size()
        + " undetermined";
  }
}
