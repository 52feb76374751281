package io.github.mispa.rules;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.RecordedAct;
import java.util.EnumSet;

/**
 * A rule of procedure: it looks at one act and the procedural state before it, and reports what the
 * act breaches. Rules are stateless and do not scan the record; the replay gives them the state.
 *
 * <p>A rule of your own implements this interface (or extends {@link BaseRule}) and joins a rule
 * set with {@link RuleSet#withRule(Rule)}:
 *
 * <pre>{@code
 * final class ObserversDoNotPresent extends BaseRule {
 *   ObserversDoNotPresent() {
 *     super("local.observers-do-not-present", "house practice",
 *         "Permanent observers do not give presentations.", ActKind.PRESENTATION);
 *   }
 *
 *   public void check(RecordedAct act, ProceduralState state, Findings findings) {
 *     state.record().actorOf(act.act())
 *         .filter(p -> p.kind() == ParticipantKind.PERMANENT_OBSERVER)
 *         .ifPresent(p -> findings.irregular(p.name() + " is an observer and gave a presentation"));
 *   }
 * }
 * }</pre>
 */
public interface Rule {
  /** {@return the stable id, such as {@code election.seconder-distinct}} */
  String id();

  /** {@return where the rule comes from, such as {@code GA Rules, Art. 53} or {@code practice}} */
  String citation();

  /** {@return what the rule says, in a sentence} */
  String description();

  /**
   * {@return the kinds of act the rule looks at; the replay calls {@link #check} only for these}
   */
  default ImmutableSet<ActKind> appliesTo() {
    return ImmutableSet.copyOf(EnumSet.allOf(ActKind.class));
  }

  /**
   * Checks one act against the state before it, reporting breaches to {@code findings}.
   *
   * @param act the act, in its place in the record
   * @param state the procedural state before the act; valid only during the call
   * @param findings where to report, already bound to this rule and act
   */
  void check(RecordedAct act, ProceduralState state, Findings findings);
}
