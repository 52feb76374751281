package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;

import io.github.mispa.examples.MispaV;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Intervention;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class SessionOrderTest {
  private static final String RULE = "session.order";

  @Test
  void anActAfterTheClosingSessionIsIrregular() {
    MeetingRecord record = withSession8(SessionKind.PLENARY);
    assertFiresOnce(record, RULE, FindingKind.IRREGULAR, "8.a#1");
  }

  @Test
  void anOpeningSessionAfterThePlenariesIsIrregular() {
    MeetingRecord record =
        MispaV.record().toBuilder()
            .sessions(MispaV.record().sessions().subList(0, 5))
            .addSessions(session(6, SessionKind.OPENING), MispaV.record().sessions().get(6))
            .build();
    assertFiresOnce(record, RULE, FindingKind.IRREGULAR, "6.a#1");
  }

  @Test
  void mispaVOpensAndClosesInOrder() {
    assertQuiet(MispaV.record(), RULE);
  }

  private static MeetingRecord withSession8(SessionKind kind) {
    return MispaV.record().toBuilder().addSessions(session(8, kind)).build();
  }

  private static Session session(int number, SessionKind kind) {
    return Session.builder()
        .number(number)
        .kind(kind)
        .addItems(
            AgendaItem.builder()
                .number(number + ".a")
                .title("Other business")
                .addActs(Intervention.builder().by("BRA").build())
                .build())
        .build();
  }
}
