package io.github.mispa.procedure;

import static io.github.mispa.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.examples.ValidRecords;
import io.github.mispa.examples.conformance.RecordEdits;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenRecordTest {
  private final MeetingRecord mispaV = MispaV.record();

  /** {@code record}'s meeting, participants, persons and documents, without sessions. */
  static MeetingRecord withoutSessions(MeetingRecord record) {
    return record.toBuilder().sessions(List.of()).build();
  }

  /** {@code record} written a session, an item and an act at a time. */
  static OpenRecord written(MeetingRecord record) {
    OpenRecord open = OpenRecord.of(withoutSessions(record));
    for (Session session : record.sessions()) {
      open = open.openSession(session.toBuilder().items(List.of()).build());
      for (AgendaItem item : session.items()) {
        open = open.openItem(item.toBuilder().acts(List.of()).build());
        for (Act act : item.acts()) {
          open = open.add(act);
        }
      }
    }
    return open;
  }

  private static void assertSameRecord(MeetingRecord written, MeetingRecord whole) {
    assertThat(written).isEqualTo(whole);
    assertThat(whole).isEqualTo(written);
    assertThat(written.hashCode()).isEqualTo(whole.hashCode());
    assertThat(written.sessions()).isEqualTo(whole.sessions());
    assertThat(written.acts()).isEqualTo(whole.acts());
    for (RecordedAct act : whole.acts()) {
      assertThat(written.act(act.location())).as("act at %s", act.location()).contains(act);
      act.act()
          .id()
          .ifPresent(id -> assertThat(written.act(id).map(RecordedAct::path)).contains(act.path()));
      assertThat(written.act(act.location()).orElseThrow().actor()).isEqualTo(act.actor());
      assertThat(written.act(act.location()).orElseThrow().date()).isEqualTo(act.date());
    }
    assertThat(written.toString()).isEqualTo(whole.toString());
  }

  @Test
  void mispaVWrittenAnActAtATimeIsMispaV() {
    OpenRecord open = written(mispaV);

    assertSameRecord(open.record(), mispaV);
    assertThat(open.actCount()).isEqualTo(mispaV.acts().size()).isGreaterThan(100);
    assertThat(open.lastAct()).contains(mispaV.acts().get(mispaV.acts().size() - 1));
  }

  @Test
  void generatedRecordsWrittenAnActAtATimeAreTheRecords() {
    qt(40)
        .forAll(longs().all(), integers().between(0, 400))
        .checkAssert(
            (seed, size) -> {
              MeetingRecord synthetic = SyntheticRecords.generate(seed, size);
              assertSameRecord(written(synthetic).record(), synthetic);
              MeetingRecord valid = ValidRecords.generate(seed, size);
              assertSameRecord(written(valid).record(), valid);
            });
  }

  @Test
  void aRecordOpenedForMoreGoesOnInItsLastItem() {
    OpenRecord open = OpenRecord.of(mispaV);
    RecordedAct last = mispaV.acts().get(mispaV.acts().size() - 1);

    assertSameRecord(open.record(), mispaV);
    assertThat(open.item().map(AgendaItem::number)).contains(last.item().number());
    assertThat(open.nextLocation())
        .contains(ActLocation.of(last.item().number(), last.location().index() + 1));
    assertThat(open.toString()).isEqualTo("MISPA V, open at " + open.nextLocation().orElseThrow());

    Act seconding = Seconding.builder().by("CHL").of(MispaV.HONDURAS_OFFER).build();
    OpenRecord more = open.add(seconding);
    assertThat(more.record())
        .isEqualTo(RecordEdits.append(mispaV, last.item().number(), seconding));
    assertThat(open.record()).as("the record it came from").isEqualTo(mispaV);
  }

  @Test
  void aBrokenReferenceIsRefusedWithTheProblemABuiltRecordWouldHave() {
    Act dangling = Seconding.builder().by("CHL").of("nomination-of-nobody").build();
    InvalidRecordException whole =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> RecordEdits.insertAt(mispaV, ActLocation.parse("2.a#19"), dangling));
    OpenRecord before = openBefore(mispaV, ActLocation.parse("2.a#19"));

    InvalidRecordException added =
        catchThrowableOfType(InvalidRecordException.class, () -> before.add(dangling));

    assertThat(added.problems()).isEqualTo(whole.problems());
    assertThat(added.getMessage()).isEqualTo(whole.getMessage());
    assertThat(before.actCount())
        .isEqualTo(mispaV.act(ActLocation.parse("2.a#19")).orElseThrow().ordinal());
  }

  @Test
  void anIdUsedBeforeIsRefusedWithTheProblemABuiltRecordWouldHave() {
    Act again =
        Nomination.builder()
            .id(MispaV.NOMINATION_OF_CHAIR)
            .by("CHL")
            .nominee(MispaV.VICE_CHAIR)
            .office(io.github.mispa.model.Office.VICE_CHAIR)
            .build();
    InvalidRecordException whole =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> RecordEdits.insertAt(mispaV, ActLocation.parse("2.a#19"), again));

    InvalidRecordException added =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> openBefore(mispaV, ActLocation.parse("2.a#19")).add(again));

    assertThat(added.problems()).isEqualTo(whole.problems());
  }

  @Test
  void sessionsAndItemsOutOfOrderAreRefusedAsInABuiltRecord() {
    OpenRecord open = OpenRecord.of(mispaV);
    assertThatThrownBy(
            () -> open.openSession(Session.builder().number(3).kind(SessionKind.PLENARY).build()))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining(
            "/sessions/7/number: session 3 comes after session 7: sessions must be in increasing"
                + " order of number");
    OpenRecord eighth =
        open.openSession(Session.builder().number(8).kind(SessionKind.PLENARY).build())
            .openItem(AgendaItem.builder().number("8.b").title("B").build());
    assertThatThrownBy(() -> eighth.openItem(AgendaItem.builder().number("8.a").title("A").build()))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining(
            "/sessions/7/items/1/number: item 8.a comes after item 8.b: items must be in order");
    assertThatThrownBy(() -> eighth.openItem(AgendaItem.builder().number("9.a").title("A").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 9.a is in session 8: its number must start with 8");
    assertThatThrownBy(
            () ->
                eighth.openItem(
                    AgendaItem.builder().number("8.c").title("C").addDocuments("nothing").build()))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining(
            "/sessions/7/items/1/documents/0: item 8.c considers document \"nothing\", which the"
                + " record does not define");
  }

  @Test
  void sessionsAreOpenedWithoutItemsAndItemsWithoutActs() {
    OpenRecord empty = OpenRecord.of(withoutSessions(mispaV));
    assertThatThrownBy(() -> empty.openSession(mispaV.sessions().get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "session 1 has items: open a session without them, then open its items one at a"
                + " time");
    assertThatThrownBy(() -> empty.openItem(AgendaItem.builder().number("1").title("A").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no session is open: open a session before its items");
    OpenRecord first =
        empty.openSession(Session.builder().number(1).kind(SessionKind.INAUGURAL).build());
    assertThatThrownBy(() -> first.add(Seconding.builder().by("CHL").of("x").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no agenda item is open: open a session and an item before their acts");
    assertThatThrownBy(() -> first.openItem(mispaV.sessions().get(0).items().get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("item 1");
    assertThat(first.nextLocation()).isEmpty();
    assertThat(first.toString()).isEqualTo("MISPA V, open for a session or item");
  }

  @Test
  void versionsOfAnOpenRecordNeverChange() {
    OpenRecord before = openBefore(mispaV, ActLocation.parse("2.a#19"));
    Act chile = Seconding.builder().by("CHL").of(MispaV.NOMINATION_OF_VICE_CHAIR).build();
    Act brazil = Seconding.builder().by("BRA").of(MispaV.NOMINATION_OF_VICE_CHAIR).build();

    OpenRecord withChile = before.add(chile);
    OpenRecord withBrazil = before.add(brazil);

    assertThat(withChile.record().acts()).hasSize(before.actCount() + 1);
    assertThat(withChile.lastAct().orElseThrow().act()).isEqualTo(chile);
    assertThat(withBrazil.lastAct().orElseThrow().act()).isEqualTo(brazil);
    assertThat(withChile.record().acts().get(before.actCount()).act()).isEqualTo(chile);
    assertThat(withBrazil.record().acts().get(before.actCount()).act()).isEqualTo(brazil);
    assertThat(before.record().acts()).hasSize(before.actCount());
    assertThat(withChile.lastAct().orElseThrow().location()).hasToString("2.a#19");
  }

  @Test
  void beforeAnActIsTheRecordWrittenUpToItInEveryItemAndSession() {
    // Its sources name only the meeting's fields, which every act has before it.
    MeetingRecord unconcluded = mispaV.toBuilder().conclusion(java.util.Optional.empty()).build();
    for (RecordedAct act : mispaV.acts()) {
      OpenRecord before = OpenRecord.before(mispaV, act.location());
      OpenRecord written = openBefore(unconcluded, act.location());

      assertSameRecord(before.record(), written.record());
      assertThat(before.nextLocation()).contains(act.location());
      assertThat(before.session()).isEqualTo(written.session());
      assertThat(before.item()).isEqualTo(written.item());
    }
    assertThatThrownBy(() -> OpenRecord.before(mispaV, ActLocation.parse("2.a#99")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the record has no act at 2.a#99");
  }

  @Test
  void beforeAnActTheSourcesKeepTheFactsTheRecordHasAndTheConclusionIsLeftOut() {
    Source dates =
        Source.builder()
            .about("the dates, and the vote at 2.a#20")
            .addFacts("/meeting/startDate", "/sessions/1/items/0/acts/19")
            .citation("a press release")
            .build();
    Source later =
        Source.builder()
            .about("the vote at 2.a#20")
            .addFacts("/sessions/1/items/0/acts/19")
            .citation("a press release")
            .build();
    MeetingRecord sourced =
        mispaV.toBuilder().sources(List.of(dates, later)).conclusion("Thanks.").build();

    MeetingRecord before = OpenRecord.before(sourced, ActLocation.parse("2.a#19")).record();
    MeetingRecord after = OpenRecord.before(sourced, ActLocation.parse("2.a#21")).record();

    assertThat(before.sources())
        .containsExactly(dates.toBuilder().facts(List.of("/meeting/startDate")).build());
    assertThat(before.conclusion()).isEmpty();
    assertThat(after.sources()).containsExactly(dates, later);
    assertThat(MeetingRecord.builder().from(before).build()).isEqualTo(before);
  }

  /** {@code record} written up to, not including, the act at {@code location}. */
  static OpenRecord openBefore(MeetingRecord record, ActLocation location) {
    OpenRecord open = OpenRecord.of(withoutSessions(record));
    for (Session session : record.sessions()) {
      open = open.openSession(session.toBuilder().items(List.of()).build());
      for (AgendaItem item : session.items()) {
        open = open.openItem(item.toBuilder().acts(List.of()).build());
        for (int i = 0; i < item.acts().size(); i++) {
          if (ActLocation.of(item.number(), i + 1).equals(location)) {
            return open;
          }
          open = open.add(item.acts().get(i));
        }
      }
    }
    throw new IllegalArgumentException("no act at " + location);
  }
}
