package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.procedure.RecordedAct;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule reports what an act breaches. Bound to one rule and one act: each report becomes a
 * {@link Finding} with the rule's id and citation and the act's location.
 */
public final class Findings {
  private final List<Finding> found;
  private @Nullable Rule rule;
  private @Nullable RecordedAct act;

  private Findings(List<Finding> found) {
    this.found = found;
  }

  /**
   * Returns findings bound to {@code rule} and {@code act}, collecting into a list of their own:
   * for testing a rule on its own.
   */
  public static Findings forAct(Rule rule, RecordedAct act) {
    Findings findings = new Findings(new ArrayList<>());
    findings.bind(requireNonNull(rule, "rule"), requireNonNull(act, "act"));
    return findings;
  }

  static Findings collectingInto(List<Finding> found) {
    return new Findings(found);
  }

  void bind(Rule rule, RecordedAct act) {
    this.rule = rule;
    this.act = act;
  }

  /** Reports that the act had no effect. */
  public void voidAct(String message) {
    add(FindingKind.VOID, null, message, null);
  }

  /**
   * Reports that the act had no effect, with what the message says as data, for renderers in other
   * languages.
   */
  public void voidAct(String message, Message structured) {
    add(FindingKind.VOID, null, message, requireNonNull(structured, "structured"));
  }

  /** Reports that part of the act, such as {@code /tally/ballots/3}, had no effect. */
  public void voidPart(String part, String message) {
    add(FindingKind.VOID, requireNonNull(part, "part"), message, null);
  }

  /** Reports that part of the act had no effect, with its message as data. */
  public void voidPart(String part, String message, Message structured) {
    add(
        FindingKind.VOID,
        requireNonNull(part, "part"),
        message,
        requireNonNull(structured, "structured"));
  }

  /** Reports that the act stands but breached the procedure. */
  public void irregular(String message) {
    add(FindingKind.IRREGULAR, null, message, null);
  }

  /** Reports that the act stands but breached the procedure, with its message as data. */
  public void irregular(String message, Message structured) {
    add(FindingKind.IRREGULAR, null, message, requireNonNull(structured, "structured"));
  }

  /** Reports that part of the act, such as {@code /tally/announcedBase}, breached the procedure. */
  public void irregularPart(String part, String message) {
    add(FindingKind.IRREGULAR, requireNonNull(part, "part"), message, null);
  }

  /** Reports that part of the act breached the procedure, with its message as data. */
  public void irregularPart(String part, String message, Message structured) {
    add(
        FindingKind.IRREGULAR,
        requireNonNull(part, "part"),
        message,
        requireNonNull(structured, "structured"));
  }

  /** Reports that the record lacks what the rule needs to judge the act. */
  public void undetermined(String message) {
    add(FindingKind.UNDETERMINED, null, message, null);
  }

  /** Reports that the record lacks what the rule needs, with its message as data. */
  public void undetermined(String message, Message structured) {
    add(FindingKind.UNDETERMINED, null, message, requireNonNull(structured, "structured"));
  }

  private void add(
      FindingKind kind, @Nullable String part, String message, @Nullable Message structured) {
    Rule boundRule = requireNonNull(rule, "not bound to a rule");
    RecordedAct boundAct = requireNonNull(act, "not bound to an act");
    Finding finding =
        part == null
            ? Finding.of(
                boundRule.id(),
                kind,
                boundRule.citation(),
                boundAct.location(),
                boundAct.path(),
                message)
            : Finding.onPart(
                boundRule.id(),
                kind,
                boundRule.citation(),
                boundAct.location(),
                boundAct.path(),
                part,
                message);
    found.add(structured == null ? finding : finding.withStructured(structured));
  }

  /** {@return what has been reported so far, in order} */
  public ImmutableList<Finding> reported() {
    return ImmutableList.copyOf(found);
  }
}
