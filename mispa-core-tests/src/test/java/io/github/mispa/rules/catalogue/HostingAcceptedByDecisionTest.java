package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.Edition;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class HostingAcceptedByDecisionTest {
  private static final String RULE = "hosting.accepted-by-decision";
  private static final HostingOffer GUATEMALA =
      HostingOffer.builder().id("offer-guatemala").by("GTM").edition(Edition.of(6)).build();

  @Test
  void acceptingASecondOfferForMispaViIsVoid() {
    MeetingRecord record = competing(Outcome.APPROVED);

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "6#9").message())
        .isEqualTo(
            "an offer by Honduras is already accepted for MISPA VI; only one offer is accepted for a meeting");
    assertThat(RuleSets.mispa().check(record).finalState().acceptedOffers())
        .containsEntry(Edition.of(6), MispaV.HONDURAS_OFFER);
  }

  @Test
  void rejectingTheSecondOfferIsFine() {
    assertQuiet(competing(Outcome.REJECTED), RULE);
  }

  @Test
  void acceptingAWithdrawnOfferIsVoid() {
    MeetingRecord record =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.HONDURAS_ACCEPTED,
            io.github.mispa.procedure.Withdrawal.builder()
                .by("HND")
                .of(MispaV.HONDURAS_OFFER)
                .build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "6#8").message())
        .contains("which is withdrawn");
  }

  private static MeetingRecord competing(Outcome outcome) {
    return RecordEdits.insertAfter(
        MispaV.record(),
        MispaV.HONDURAS_ACCEPTED,
        GUATEMALA,
        Decision.builder()
            .addOn("offer-guatemala")
            .method(DecisionMethod.CONSENSUS)
            .outcome(outcome)
            .build());
  }
}
