package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Office;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code election.office-capacity}: one chair, one rapporteur, and at most the rule set's number of
 * vice chairs, of every rank together: a Vice Chair, a First and a Second Vice Chair count alike;
 * there is one First Vice Chair, and one Second Vice Chair where the rule set has two vice chairs.
 * The surplus election is void.
 *
 * <p>Source: practice (MISPA III elected two vice chairs).
 */
public final class ElectionOfficeCapacity extends BaseRule {
  /** Creates the rule. */
  public ElectionOfficeCapacity() {
    super(
        "election.office-capacity",
        "practice",
        "One chair, one rapporteur, and at most the rule set's number of vice chairs.");
    checks(Decision.class, this::check);
  }

  void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
    List<Nomination> elected = Elections.elected(state.record(), decision);
    if (elected.isEmpty()) {
      return; // most decisions elect nobody: no map to make for them
    }
    Map<Office, Integer> filled = new EnumMap<>(Office.class);
    int viceChairsNow = 0;
    for (Nomination n : elected) {
      int held = filled.merge(n.office(), 1, Integer::sum) + state.holders(n.office()).size();
      int seats = state.ruleSet().seats(n.office());
      if (held <= seats && n.office().isViceChair()) {
        viceChairsNow++;
        int viceChairs = viceChairsNow + viceChairsHeld(state);
        if (viceChairs > state.ruleSet().viceChairs()) {
          findings.voidAct(
              Describe.person(state.record(), n.nominee())
                  + " cannot be elected "
                  + n.office().title()
                  + ": the meeting has "
                  + state.ruleSet().viceChairs()
                  + (state.ruleSet().viceChairs() == 1 ? " vice chair" : " vice chairs")
                  + " in all, and "
                  + (viceChairs - 1)
                  + " would hold office before this election");
          continue;
        }
      }
      if (held > seats) {
        findings.voidAct(
            Describe.person(state.record(), n.nominee())
                + " cannot be elected "
                + n.office().title()
                + ": the meeting has "
                + seats
                + (seats == 1 ? " seat" : " seats")
                + " of "
                + n.office().title()
                + (state.holders(n.office()).isEmpty()
                    ? ""
                    : ", held by "
                        + String.join(
                            ", ",
                            state.holders(n.office()).stream()
                                .map(p -> Describe.person(state.record(), p))
                                .toList())));
      }
    }
  }

  private static int viceChairsHeld(ProceduralState state) {
    return state.holders(Office.VICE_CHAIR).size()
        + state.holders(Office.FIRST_VICE_CHAIR).size()
        + state.holders(Office.SECOND_VICE_CHAIR).size();
  }
}
