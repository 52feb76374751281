package io.github.mispa.rules;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.StateProbe;
import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.examples.ValidRecords;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.InvalidRecordException;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.rules.LiveMeeting.IfVoid;
import io.github.mispa.rules.catalogue.RuleSets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveMeetingTest {
  private static final RuleSet MISPA = RuleSets.mispa();
  private final MeetingRecord mispaV = MispaV.record();

  /** The meeting of {@code record}, its participants, persons and documents: no sessions. */
  static MeetingRecord opening(MeetingRecord record) {
    return record.toBuilder().sessions(List.of()).build();
  }

  /** What applying {@code record}'s acts live, one at a time, gave: each step, in order. */
  static List<LiveStep> live(MeetingRecord record, RuleSet rules) {
    List<LiveStep> steps = new ArrayList<>();
    LiveMeeting live = LiveMeeting.start(opening(record), rules);
    for (Session session : record.sessions()) {
      live = live.openSession(session.toBuilder().items(List.of()).build());
      for (AgendaItem item : session.items()) {
        live = live.openItem(item.toBuilder().acts(List.of()).build());
        for (Act act : item.acts()) {
          LiveStep step = live.apply(act);
          steps.add(step);
          live = step.after();
        }
      }
    }
    return steps;
  }

  /** The live meeting after all of {@code record}'s acts. */
  static LiveMeeting finished(MeetingRecord record, RuleSet rules) {
    List<LiveStep> steps = live(record, rules);
    return steps.isEmpty() ? LiveMeeting.start(record, rules) : steps.get(steps.size() - 1).after();
  }

  private static void assertLiveIsTheWholeCheck(MeetingRecord record) {
    Verdict whole = MISPA.check(record);
    List<LiveStep> steps = live(record, MISPA);

    List<Finding> actByAct = new ArrayList<>();
    steps.forEach(s -> actByAct.addAll(s.findings()));
    assertThat(actByAct).as("findings act by act").isEqualTo(whole.findings());
    assertThat(steps).allMatch(LiveStep::recorded);
    assertThat(steps).extracting(LiveStep::act).containsExactlyElementsOf(record.acts());
    if (!steps.isEmpty()) {
      LiveMeeting done = steps.get(steps.size() - 1).after();
      assertThat(done.record()).isEqualTo(record);
      assertThat(record).isEqualTo(done.record());
      assertThat(done.findings()).isEqualTo(whole.findings());
      assertThat(done.verdict().findings()).isEqualTo(whole.findings());
      assertThat(done.isClean()).isEqualTo(whole.isClean());
      assertThat(StateProbe.fingerprint(done.state()))
          .isEqualTo(StateProbe.fingerprint(whole.finalState()));
    }
  }

  @Test
  void mispaVAppliedLiveGivesTheWholeChecksFindingsAndRecord() {
    assertLiveIsTheWholeCheck(mispaV);
  }

  @Test
  void generatedRecordsAppliedLiveGiveTheWholeChecksFindingsInOrderAndTheirRecord() {
    qt(60)
        .forAll(longs().all(), integers().between(0, 500))
        .checkAssert(
            (seed, size) -> {
              assertLiveIsTheWholeCheck(SyntheticRecords.generate(seed, size));
              assertLiveIsTheWholeCheck(ValidRecords.generate(seed, size));
            });
  }

  @Test
  void theRulesSeeTheStatesTheWholeCheckShowsThem() {
    qt(15)
        .forAll(longs().all(), integers().between(1, 120))
        .checkAssert(
            (seed, size) -> {
              MeetingRecord record = SyntheticRecords.generate(seed, size);
              StateProbe whole = new StateProbe();
              MISPA.withRule(whole).check(record);
              StateProbe live = new StateProbe();
              live(record, MISPA.withRule(live));
              assertThat(live.seen()).isEqualTo(whole.seen());
              assertThat(live.fingerprints()).isEqualTo(whole.fingerprints());
            });
  }

  @Test
  void aRecordStartedWithItsActsHasTheirFindingsAndGoesOnInItsLastItem() {
    LiveMeeting live = LiveMeeting.start(mispaV, MISPA);

    assertThat(live.findings()).isEqualTo(MISPA.check(mispaV).findings());
    assertThat(live.record()).isEqualTo(mispaV);
    assertThat(live.canUndo()).isFalse();
    RecordedAct last = mispaV.acts().get(mispaV.acts().size() - 1);
    assertThat(live.nextLocation())
        .contains(ActLocation.of(last.item().number(), last.location().index() + 1));
    assertThat(live.toString())
        .isEqualTo(
            "MISPA V under mispa, live: "
                + mispaV.acts().size()
                + " acts, next at "
                + live.nextLocation().orElseThrow());
  }

  @Test
  void beforeAnActTheMeetingIsWhereTheRecordWasAndTheActWouldGiveItsFindings() {
    ActLocation at = ActLocation.parse("2.a#19");
    MeetingRecord selfSeconded =
        io.github.mispa.examples.conformance.RecordEdits.replace(
            mispaV, at, Seconding.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build());
    Verdict whole = MISPA.check(selfSeconded);

    LiveMeeting before = LiveMeeting.before(selfSeconded, at, MISPA);
    LiveStep tried = before.dryRun(selfSeconded.act(at).orElseThrow().act());

    assertThat(before.nextLocation()).contains(at);
    assertThat(before.findings())
        .isEqualTo(whole.findings().stream().filter(f -> f.location().compareTo(at) < 0).toList());
    assertThat(tried.findings())
        .isEqualTo(whole.findings().stream().filter(f -> f.location().equals(at)).toList());
    assertThat(tried.isVoid()).isTrue();
    assertThat(tried.recorded()).isFalse();
    assertThat(tried.after()).isSameAs(before);
    assertThat(StateProbe.fingerprint(before.state()))
        .isEqualTo(StateProbe.fingerprint(MISPA.stateBefore(selfSeconded, at)));
    assertThatThrownBy(() -> LiveMeeting.before(mispaV, ActLocation.parse("2.a#99"), MISPA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the record has no act at 2.a#99");
  }

  @Test
  void aVoidActIsRecordedWithItsFindingsOrRefusedAsTheCallerChooses() {
    LiveMeeting before = LiveMeeting.before(mispaV, ActLocation.parse("2.a#19"), MISPA);
    Act selfSeconding = Seconding.builder().by("CRI").of(MispaV.NOMINATION_OF_VICE_CHAIR).build();

    LiveStep refused = before.apply(selfSeconding, IfVoid.REFUSE);
    LiveStep recorded = before.apply(selfSeconding, IfVoid.RECORD);

    assertThat(refused.recorded()).isFalse();
    assertThat(refused.isVoid()).isTrue();
    assertThat(refused.after()).isSameAs(before);
    assertThat(refused.findings())
        .singleElement()
        .hasToString(
            "2.a#19 void election.seconder-distinct (practice): Costa Rica seconds the nomination"
                + " at 2.a#18, which it moved itself; the seconding must come from another"
                + " delegation");
    assertThat(refused).hasToString("2.a#19 (seconding): not recorded, void");
    assertThat(recorded.recorded()).isTrue();
    assertThat(recorded.findings()).isEqualTo(refused.findings());
    assertThat(recorded.after().record().acts()).hasSize(before.record().acts().size() + 1);
    assertThat(recorded.after().findings()).endsWith(refused.findings().get(0));
    assertThat(
            recorded
                .after()
                .state()
                .motion(MispaV.NOMINATION_OF_VICE_CHAIR)
                .orElseThrow()
                .seconders())
        .as("a void act has no effect")
        .isEmpty();
    assertThat(recorded).hasToString("2.a#19 (seconding): recorded, void");
  }

  @Test
  void aCleanActChangesTheStateAndTheMeetingBeforeItStaysAsItWas() {
    LiveMeeting before = LiveMeeting.before(mispaV, ActLocation.parse("2.a#19"), MISPA);
    String fingerprint = StateProbe.fingerprint(before.state());
    Act chile = Seconding.builder().by("CHL").of(MispaV.NOMINATION_OF_VICE_CHAIR).build();
    Act brazil = Seconding.builder().by("BRA").of(MispaV.NOMINATION_OF_VICE_CHAIR).build();

    LiveStep byChile = before.apply(chile, IfVoid.REFUSE);
    LiveStep byBrazil = before.apply(brazil);

    assertThat(byChile.isClean()).isTrue();
    assertThat(byChile).hasToString("2.a#19 (seconding): recorded, clean");
    assertThat(motion(byChile.after()).seconders()).containsExactly("CHL");
    assertThat(motion(byBrazil.after()).seconders()).containsExactly("BRA");
    assertThat(motion(before).seconders()).isEmpty();
    assertThat(StateProbe.fingerprint(before.state())).isEqualTo(fingerprint);
    assertThat(before.record().acts()).hasSize(byChile.act().ordinal());
  }

  private static MotionState motion(LiveMeeting live) {
    return live.state().motion(MispaV.NOMINATION_OF_VICE_CHAIR).orElseThrow();
  }

  @Test
  void anActWithABrokenReferenceIsNotAnActOfTheMeeting() {
    LiveMeeting before = LiveMeeting.before(mispaV, ActLocation.parse("2.a#19"), MISPA);

    assertThatThrownBy(() -> before.apply(Seconding.builder().by("CHL").of("nobody").build()))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage(
            "The record is invalid (1 problem):\n"
                + "  /sessions/1/items/0/acts/18/of: seconding at 2.a#19 refers to act \"nobody\","
                + " which is not defined before it");
    assertThat(before.nextLocation()).contains(ActLocation.parse("2.a#19"));
  }

  @Test
  void undoGoesBackOneChangeAtATime() {
    LiveMeeting start = LiveMeeting.start(opening(mispaV), MISPA);
    LiveMeeting session =
        start.openSession(Session.builder().number(1).kind(SessionKind.INAUGURAL).build());
    LiveMeeting item = session.openItem(AgendaItem.builder().number("1.a").title("A").build());
    LiveStep step = item.apply(mispaV.acts().get(0).act());

    assertThat(start.canUndo()).isFalse();
    assertThatThrownBy(start::undo)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("nothing to undo");
    assertThat(step.after().undo()).isSameAs(item);
    assertThat(item.undo()).isSameAs(session);
    assertThat(session.undo()).isSameAs(start);
    assertThat(step.before()).isSameAs(item);
  }

  @Test
  void undoKeepsAtLeastTheUndoDepthOfChanges() {
    LiveMeeting live = LiveMeeting.start(opening(mispaV), MISPA).withUndoDepth(3);
    live = live.openSession(Session.builder().number(1).kind(SessionKind.INAUGURAL).build());
    live = live.openItem(AgendaItem.builder().number("1.a").title("A").build());
    for (int i = 0; i < 20; i++) {
      live = live.apply(mispaV.acts().get(0).act()).after();
    }

    int undone = 0;
    for (LiveMeeting at = live; at.canUndo(); at = at.undo()) {
      undone++;
    }
    assertThat(undone).isBetween(3, 4 * 3);
    assertThat(live.undo().undo().undo().record().acts()).hasSize(17);
    assertThat(live.undoDepth()).isEqualTo(3);
    assertThat(live.withUndoDepth(0).canUndo()).isFalse();
    assertThat(LiveMeeting.start(mispaV, MISPA).undoDepth())
        .isEqualTo(LiveMeeting.DEFAULT_UNDO_DEPTH);
    LiveMeeting last = live;
    assertThatThrownBy(() -> last.withUndoDepth(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the undo depth must not be negative, but was -1");
  }

  @Test
  void anActNeedsAnOpenItem() {
    LiveMeeting start = LiveMeeting.start(opening(mispaV), MISPA);

    assertThatThrownBy(() -> start.apply(mispaV.acts().get(0).act()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no agenda item is open: open a session and an item before their acts");
    assertThat(start.toString()).isEqualTo("MISPA V under mispa, live: 0 acts, no item open");
  }

  @Test
  void theOfficesAreFilledAsTheRecordSays() {
    LiveMeeting done = finished(mispaV, MISPA);

    assertThat(done.state().holders(Office.CHAIR)).containsExactly(MispaV.CHAIR);
    assertThat(done.ruleSet()).isSameAs(MISPA);
    assertThat(done.session().map(Session::number)).contains(7);
  }
}
