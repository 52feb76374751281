package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.internal.PersistentMap.Edit;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one pass over a record: for each act, the rules that look at its kind see the state before
 * it; unless one finds the act void, its effects are applied. Linear in the number of acts. The
 * engine's arguments are checked here, once, so that rules need not check them.
 */
final class Replay {
  private Replay() {}

  static Verdict check(RuleSet ruleSet, MeetingRecord record) {
    List<Finding> findings = new ArrayList<>();
    MeetingState state =
        run(
            rulesByKind(ruleSet),
            MeetingState.initial(record, ruleSet),
            record.acts(),
            null,
            findings,
            Edit.ofOneOwner(record.acts().size()));
    // Acts are replayed in order and each act's findings are sorted as they come, so the whole
    // list is already in order: no global sort, whose comparisons of locations are not cheap.
    return new Verdict(record, ruleSet, ImmutableList.copyOf(findings), state);
  }

  static ProceduralState stateBefore(RuleSet ruleSet, MeetingRecord record, ActLocation location) {
    return run(
        rulesByKind(ruleSet),
        MeetingState.initial(record, ruleSet),
        record.acts(),
        location,
        new ArrayList<>(),
        Edit.ofOneOwner(record.acts().size()));
  }

  /**
   * Replays {@code acts} from {@code state} up to the act at {@code stop}, or to their end. The
   * states are changed in place under {@code edit}, closed before the last state is returned: it
   * never changes after. An edit of one owner suits a replay whose last state is only read; a live
   * meeting, which changes the state it starts from at every act, wants maps cheap to change.
   */
  static MeetingState run(
      EnumMap<ActKind, Bound[]> byKind,
      MeetingState initial,
      List<RecordedAct> acts,
      @Nullable ActLocation stop,
      List<Finding> findings,
      Edit edit) {
    MeetingState state = initial;
    Findings sink = Findings.collectingInto(findings);
    for (RecordedAct act : acts) {
      state = state.enter(act, edit);
      if (stop != null && act.location().equals(stop)) {
        break;
      }
      if (!check(requireNonNull(byKind.get(act.act().kind())), act, state, sink, findings)) {
        state = state.apply(act, edit);
      }
      state = state.afterAct(act, edit);
    }
    edit.close();
    return state;
  }

  /**
   * Checks {@code act}, which {@code state} has entered, with {@code checks}, adding their findings
   * to {@code findings} (through {@code sink}, which collects into it) sorted among themselves.
   *
   * @return whether a finding makes the act void, so that its effects are not applied
   */
  static boolean check(
      Bound[] checks, RecordedAct act, MeetingState state, Findings sink, List<Finding> findings) {
    int before = findings.size();
    Act checked = act.act();
    for (Bound bound : checks) {
      sink.bind(bound.rule, act);
      if (bound.check != null) {
        bound.check.check(checked, act, state, sink);
      } else {
        bound.rule.check(act, state, sink);
      }
    }
    if (findings.size() - before > 1) {
      findings.subList(before, findings.size()).sort(null);
    }
    return voidsAct(findings, before);
  }

  private static boolean voidsAct(List<Finding> findings, int from) {
    for (int i = from; i < findings.size(); i++) {
      if (findings.get(i).voidsAct()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The checks of each kind of act, in the order of the rule set, worked out once per replay: a
   * {@link BaseRule}'s registered checks are called directly, without the indirection of its {@link
   * Rule#check} for every rule and act; any other rule through {@link Rule#check}. Arrays, not
   * lists: the replay iterates them for every act, and an array needs no iterator.
   */
  static EnumMap<ActKind, Bound[]> rulesByKind(RuleSet ruleSet) {
    EnumMap<ActKind, Bound[]> byKind = new EnumMap<>(ActKind.class);
    for (ActKind kind : ActKind.values()) {
      List<Bound> bound = new ArrayList<>();
      for (Rule rule : ruleSet.rules()) {
        if (!rule.appliesTo().contains(kind)) {
          continue;
        }
        if (rule instanceof BaseRule base) {
          for (BaseRule.Check<Act> check : base.checksFor(kind)) {
            bound.add(new Bound(rule, check));
          }
        } else {
          bound.add(new Bound(rule, null));
        }
      }
      byKind.put(kind, bound.toArray(new Bound[0]));
    }
    return byKind;
  }

  /** A rule and one of its checks, or only the rule, which then checks the act itself. */
  static final class Bound {
    final Rule rule;
    final BaseRule.@Nullable Check<Act> check;

    Bound(Rule rule, BaseRule.@Nullable Check<Act> check) {
      this.rule = rule;
      this.check = check;
    }
  }
}
