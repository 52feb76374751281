package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Office;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
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
                  + " would hold office before this election",
              Message.of("election.office-capacity.vice-chairs-full")
                  .withPerson("person", n.nominee())
                  .withOffice("office", n.office())
                  .withNumber("viceChairs", state.ruleSet().viceChairs())
                  .withNumber("holding", viceChairs - 1L));
          continue;
        }
      }
      if (held > seats) {
        List<String> holders = state.holders(n.office());
        String heldBy =
            String.join(
                ", ", holders.stream().map(p -> Describe.person(state.record(), p)).toList());
        findings.voidAct(
            Describe.person(state.record(), n.nominee())
                + " cannot be elected "
                + n.office().title()
                + ": the meeting has "
                + seats
                + (seats == 1 ? " seat" : " seats")
                + " of "
                + n.office().title()
                + (holders.isEmpty() ? "" : ", held by " + heldBy),
            seatsTaken(n, seats, holders, heldBy));
      }
    }
  }

  /**
   * The message of an office without a free seat, by who holds its seats: nobody yet (the seats are
   * filled by this very decision, or there are none), one holder, named as a person in each
   * language, or several, named as the record writes them, in one text.
   */
  private static Message seatsTaken(Nomination n, int seats, List<String> holders, String heldBy) {
    String key =
        switch (holders.size()) {
          case 0 -> "election.office-capacity.no-seat";
          case 1 -> "election.office-capacity.seat-held";
          default -> "election.office-capacity.seats-held";
        };
    Message message =
        Message.of(key)
            .withPerson("person", n.nominee())
            .withOffice("office", n.office())
            .withNumber("seats", seats);
    return switch (holders.size()) {
      case 0 -> message;
      case 1 -> message.withPerson("holder", holders.get(0));
      default -> message.withText("holders", heldBy);
    };
  }

  private static int viceChairsHeld(ProceduralState state) {
    return state.holders(Office.VICE_CHAIR).size()
        + state.holders(Office.FIRST_VICE_CHAIR).size()
        + state.holders(Office.SECOND_VICE_CHAIR).size();
  }
}
