package io.github.mispa.examples;

import io.github.mispa.model.ParticipantKind;
import io.github.mispa.procedure.Presentation;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;

/**
 * Derives a rule set of one's own from the standard {@code mispa} set, without forking: it drops a
 * rule, changes a parameter and adds a rule written against the public API. Then it checks the
 * MISPA V record under it.
 */
public final class HouseRuleSetExample {
  private HouseRuleSetExample() {}

  /**
   * A house rule: civil society organizations present only in plenary sessions. Irregular
   * otherwise. Written against the public API, as any user's rule would be.
   */
  static final class CivilSocietyInPlenary extends BaseRule {
    CivilSocietyInPlenary() {
      super(
          "house.civil-society-in-plenary",
          "house practice",
          "Civil society organizations present only in plenary sessions.");
      checks(Presentation.class, this::check);
    }

    void check(
        Presentation presentation, RecordedAct act, ProceduralState state, Findings findings) {
      state
          .record()
          .actorOf(presentation)
          .filter(p -> p.kind() == ParticipantKind.CIVIL_SOCIETY)
          .filter(p -> act.session().kind() != io.github.mispa.procedure.SessionKind.PLENARY)
          .ifPresent(p -> findings.irregular(p.name() + " presents outside a plenary session"));
    }
  }

  /** {@return the house rule set: mispa, seconding required, no rapporteur rule, one house rule} */
  public static RuleSet houseRules() {
    return RuleSets.mispa().toBuilder()
        .name("mispa-house")
        .secondingRequired(true) // change a parameter
        .build()
        .withoutRule("report.by-rapporteur") // drop a rule
        .withRule(new CivilSocietyInPlenary()); // add a rule of one's own
  }

  /** Checks MISPA V under the house rules and prints the findings. */
  public static void main(String[] args) {
    Verdict verdict = houseRules().check(MispaV.record());
    System.out.println(verdict);
    for (Finding finding : verdict.findings()) {
      System.out.println("  " + finding);
    }
  }
}
