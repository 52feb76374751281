package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Appeal;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.Intervention;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.PointOfOrder;
import io.github.mispa.procedure.Ruling;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import org.junit.jupiter.api.Test;

class PointOfOrderRulingTest {
  private static final String RULE = "point-of-order.ruling";
  private static final PointOfOrder POINT =
      PointOfOrder.builder()
          .id("point")
          .by("URY")
          .text("the speaker has exceeded the time")
          .build();
  private static final Ruling RULING =
      Ruling.builder()
          .id("ruling")
          .person(MispaV.CHAIR)
          .on("point")
          .text("the point is well taken")
          .build();

  @Test
  void aPointOfOrderNotRuledOnAtOnceIsIrregular() {
    MeetingRecord record =
        RecordEdits.append(
            MispaV.record(), "4.f", POINT, Intervention.builder().by("ARG").build(), RULING);

    assertThat(findings(record, RULE))
        .extracting(f -> f.location().toString(), f -> f.kind())
        .containsExactly(org.assertj.core.api.Assertions.tuple("4.f#9", FindingKind.IRREGULAR));
  }

  @Test
  void aPointOfOrderRuledOnAtOnceByTheChairIsFine() {
    assertQuiet(RecordEdits.append(MispaV.record(), "4.f", POINT, RULING), RULE);
  }

  @Test
  void aSubstantivePointOfOrderOrARulingByADelegateIsIrregular() {
    MeetingRecord substantive =
        RecordEdits.append(
            MispaV.record(), "4.f", POINT.toBuilder().substantive(true).build(), RULING);
    assertFiresOnce(substantive, RULE, FindingKind.IRREGULAR, "4.f#8");

    MeetingRecord byDelegate =
        RecordEdits.append(
            MispaV.record(), "4.f", POINT, RULING.toBuilder().person("cardozo").build());
    assertThat(assertFiresOnce(byDelegate, RULE, FindingKind.IRREGULAR, "4.f#9").message())
        .contains("who is not the presiding officer");
  }

  @Test
  void anAppealIsPutToAVote() {
    Appeal appeal = Appeal.builder().id("appeal").by("URY").against("ruling").build();
    MeetingRecord byAcclamation =
        RecordEdits.append(
            MispaV.record(),
            "4.f",
            POINT,
            RULING,
            appeal,
            Decision.builder().addOn("appeal").method(DecisionMethod.ACCLAMATION).build());
    assertFiresOnce(byAcclamation, RULE, FindingKind.IRREGULAR, "4.f#11");

    MeetingRecord notStated =
        RecordEdits.append(
            MispaV.record(),
            "4.f",
            POINT,
            RULING,
            appeal,
            Decision.builder().addOn("appeal").method(DecisionMethod.NOT_STATED).build());
    assertThat(assertFiresOnce(notStated, RULE, FindingKind.UNDETERMINED, "4.f#11").message())
        .contains("does not say whether the appeal");

    MeetingRecord byVote =
        RecordEdits.append(
            Mutations.withAllDelegations(MispaV.record()),
            "4.f",
            POINT,
            RULING,
            appeal,
            Decision.builder()
                .addOn("appeal")
                .method(DecisionMethod.VOTE)
                .tally(Mutations.ballots(10, 20))
                .outcome(io.github.mispa.procedure.Outcome.REJECTED)
                .build());
    assertQuiet(byVote, RULE);
  }
}
