package io.github.mispa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Presentation;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseRuleSetExampleTest {
  private final RuleSet house = HouseRuleSetExample.houseRules();

  @Test
  void theHouseSetDropsARuleChangesAParameterAndAddsItsOwnRule() {
    assertThat(house.name()).isEqualTo("mispa-house");
    assertThat(house.rule("report.by-rapporteur")).isEmpty();
    assertThat(house.secondingRequired()).isTrue();
    assertThat(house.rule("house.civil-society-in-plenary")).isPresent();
    assertThat(house.rules()).hasSize(RuleSets.mispa().rules().size());
    assertThat(RuleSets.mispa().secondingRequired()).isFalse(); // the standard set is untouched
  }

  @Test
  void underTheHouseSetMispaVsUnsecondedDecisionsAreVoid() {
    Verdict verdict = house.check(MispaV.record());
    assertThat(verdict.findings(FindingKind.VOID))
        .extracting(f -> f.location().toString(), Finding::ruleId)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("2.a#2", "election.seconder-distinct"),
            org.assertj.core.api.Assertions.tuple("3.e#5", "election.seconder-distinct"),
            org.assertj.core.api.Assertions.tuple("4.a#17", "election.seconder-distinct"),
            // The chair's election being void, Pérez never presides, so his instruction is void
            // too.
            org.assertj.core.api.Assertions.tuple("6#8", "participation.member-decides"));
  }

  @Test
  void theHouseRuleFiresOnCivilSocietyPresentingOutsideAPlenary() {
    MeetingRecord record = MispaV.record();
    Presentation abramovay =
        (Presentation) record.act(ActLocation.parse("4.b#2")).orElseThrow().act();
    List<Session> sessions = new ArrayList<>(record.sessions());
    Session closing = sessions.get(6);
    AgendaItem remarks = closing.items().get(2).toBuilder().addActs(abramovay).build();
    sessions.set(
        6,
        closing.toBuilder()
            .items(List.of(closing.items().get(0), closing.items().get(1), remarks))
            .build());
    Verdict verdict = house.check(record.toBuilder().sessions(sessions).build());

    assertThat(
            verdict.findings(FindingKind.IRREGULAR).stream()
                .filter(f -> f.ruleId().startsWith("house.")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("house.civil-society-in-plenary");
              assertThat(f.location()).hasToString("7.c#2");
              assertThat(f.message())
                  .isEqualTo("Open Society Foundations presents outside a plenary session");
            });
    assertThat(closing.kind()).isEqualTo(SessionKind.CLOSING);
  }
}
