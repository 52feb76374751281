package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Office;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Outcome;
import java.util.ArrayList;
import java.util.List;

/** The nominations a decision decides. */
final class Elections {
  private Elections() {}

  /** The nominations among the decision's subjects, in order. */
  static List<Nomination> nominations(MeetingRecord record, Decision decision) {
    // Most decisions elect nobody: allocate only when a nomination is found.
    List<Nomination> nominations = List.of();
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < decision.on().size(); at++) {
      String id = decision.on().get(at);
      if (Subjects.act(record, id) instanceof Nomination nomination) {
        if (nominations.isEmpty()) {
          nominations = new ArrayList<>();
        }
        nominations.add(nomination);
      }
    }
    return nominations;
  }

  /** The nominations an approved decision elects; empty for a rejected one. */
  static List<Nomination> elected(MeetingRecord record, Decision decision) {
    return decision.outcome() == Outcome.APPROVED ? nominations(record, decision) : List.of();
  }

  /** Whether {@code person} holds a vice chair's office of any rank. */
  static boolean isViceChair(io.github.mispa.rules.ProceduralState state, String person) {
    return state.officeOf(person).map(Office::isViceChair).orElse(false);
  }
}
