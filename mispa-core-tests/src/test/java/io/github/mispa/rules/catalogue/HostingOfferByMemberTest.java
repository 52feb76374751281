package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import org.junit.jupiter.api.Test;

class HostingOfferByMemberTest {
  private static final String RULE = "hosting.offer-by-member";

  @Test
  void franceAnObserverOfferingToHostIsVoidAndIsNotAccepted() {
    MeetingRecord record =
        RecordEdits.replace(
            Mutations.withFrance(MispaV.record()),
            MispaV.HONDURAS_OFFER,
            a -> ((HostingOffer) a).toBuilder().by("FRA").build());

    assertThat(assertFiresOnce(record, RULE, FindingKind.VOID, "6#3").message())
        .isEqualTo(
            "France is a permanent observer, not a member-state delegation: offers to host are made by"
                + " member-state delegations");
    assertThat(RuleSets.mispa().check(record).finalState().acceptedOffers()).isEmpty();
    assertThat(
            io.github.mispa.testing.RuleAssertions.findings(record, "hosting.accepted-by-decision"))
        .singleElement()
        .satisfies(f -> assertThat(f.location()).hasToString("6#7"));
  }

  @Test
  void hondurasOfferingIsFine() {
    assertQuiet(MispaV.record(), RULE);
  }
}
