package io.github.mispa.rules;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.RecordedAct;
import java.util.EnumSet;

/**
 * A rule of procedure: it looks at one act and the procedural state before it, and reports what the
 * act breaches. Rules are stateless and do not scan the record; the replay gives them the state.
 *
 * <p>A rule of your own extends {@link BaseRule}, which gives each of its checks the class of act
 * it checks (see its example), or implements this interface; it joins a rule set with {@link
 * RuleSet#withRule(Rule)}.
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
