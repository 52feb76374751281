package io.github.mispa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.mispa.procedure.ActLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static final ActLocation AT = ActLocation.parse("2.a#19");
  private static final String PATH = "/sessions/1/items/0/acts/18";

  @Test
  void aFindingPrintsLocationKindRuleCitationAndMessage() {
    Finding finding =
        Finding.of("election.seconder-distinct", FindingKind.VOID, "practice", AT, PATH, "why");

    assertThat(finding).hasToString("2.a#19 void election.seconder-distinct (practice): why");
    assertThat(finding.path()).isEqualTo(PATH);
    assertThat(finding.part()).isEmpty();
    assertThat(finding.voidsAct()).isTrue();
  }

  @Test
  void aFindingOnPartOfAnActPointsAtThePartAndLeavesTheActStanding() {
    Finding finding =
        Finding.onPart(
            "vote.tally", FindingKind.VOID, "OAS Charter", AT, PATH, "/tally/ballots/3", "x");

    assertThat(finding.path()).isEqualTo(PATH + "/tally/ballots/3");
    assertThat(finding.part()).contains("/tally/ballots/3");
    assertThat(finding.voidsAct()).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Finding.onPart("vote.tally", FindingKind.VOID, "c", AT, PATH, "tally", "x"))
        .withMessage("part must be a JSON Pointer starting with '/', but was \"tally\"");
  }

  @Test
  void findingsOrderByLocationThenRuleThenPartThenMessage() {
    Finding later =
        Finding.of("a.rule", FindingKind.VOID, "c", ActLocation.parse("2.a#20"), PATH, "m");
    Finding ruleB = Finding.of("b.rule", FindingKind.VOID, "c", AT, PATH, "m");
    Finding wholeAct = Finding.of("a.rule", FindingKind.VOID, "c", AT, PATH, "m");
    Finding part = Finding.onPart("a.rule", FindingKind.VOID, "c", AT, PATH, "/by", "m");
    Finding partOtherMessage =
        Finding.onPart("a.rule", FindingKind.VOID, "c", AT, PATH, "/by", "n");
    List<Finding> findings =
        new ArrayList<>(List.of(later, partOtherMessage, ruleB, part, wholeAct));

    Collections.sort(findings);

    assertThat(findings).containsExactly(wholeAct, part, partOtherMessage, ruleB, later);
    assertThat(wholeAct.compareTo(part)).isNegative();
    assertThat(part.compareTo(wholeAct)).isPositive();
  }

  @Test
  void findingsForOneActCarryTheRuleAndTheActsPlace() {
    io.github.mispa.procedure.RecordedAct act =
        io.github.mispa.examples.MispaV.record().acts().get(3);
    Rule rule = io.github.mispa.rules.catalogue.RuleSets.mispa().rules().get(0);
    Findings findings = Findings.forAct(rule, act);

    findings.voidAct("void");
    findings.voidPart("/by", "part");
    findings.irregular("irregular");
    findings.undetermined("undetermined");

    assertThat(findings.reported())
        .extracting(Finding::kind)
        .containsExactly(
            FindingKind.VOID, FindingKind.VOID, FindingKind.IRREGULAR, FindingKind.UNDETERMINED);
    assertThat(findings.reported())
        .allSatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo(rule.id());
              assertThat(f.citation()).isEqualTo(rule.citation());
              assertThat(f.location()).isEqualTo(act.location());
            });
    assertThat(findings.reported().get(1).path()).isEqualTo(act.path() + "/by");
  }
}
