package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import org.junit.jupiter.api.Test;

class VoteAnnouncedBaseTest {
  private static final String RULE = "vote.announced-base";

  @Test
  void aBaseThatLeavesOutTheDisputedMemberIsIrregular() {
    // June 2020: the presiding officer counts 33, leaving Venezuela out; the Organization counts
    // 34.
    Finding finding = assertFiresOnce(withAnnouncedBase(33), RULE, FindingKind.IRREGULAR, "6#7");
    assertThat(finding.path()).isEqualTo("/sessions/5/items/0/acts/6/tally/announcedBase");
    assertThat(finding.message())
        .isEqualTo(
            "the presiding officer announced a base of 33, but the vote needs a majority of the 34"
                + " member states, 18 votes (for a substantive question: OAS Charter, Art. 59), the"
                + " base the rule set counts on 2020-06-01 (34 member states; counted: Venezuela"
                + " (disputed); not counted: Cuba (not participating))");
  }

  @Test
  void theBaseTheRuleSetCountsIsFine() {
    assertQuiet(withAnnouncedBase(34), RULE);
    assertQuiet(RequiredMajorityTest.voteIn2020(20, true, Outcome.APPROVED), RULE);
  }

  private static MeetingRecord withAnnouncedBase(int base) {
    MeetingRecord record = RequiredMajorityTest.voteIn2020(20, true, Outcome.APPROVED);
    return RecordEdits.replace(
        record,
        io.github.mispa.examples.MispaV.HONDURAS_ACCEPTED,
        a -> {
          Decision decision = (Decision) a;
          return decision.toBuilder()
              .tally(decision.tally().orElseThrow().toBuilder().announcedBase(base).build())
              .build();
        });
  }
}
