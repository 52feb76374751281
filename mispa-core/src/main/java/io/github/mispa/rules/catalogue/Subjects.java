package io.github.mispa.rules.catalogue;

import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.ProposalKind;
import io.github.mispa.procedure.RecordedAct;
import java.util.Optional;

/** What a decision decides, looked up in the record. */
final class Subjects {
  private Subjects() {}

  /** The act a decision's subject id names. Always present: the record checks references. */
  static Act act(MeetingRecord record, String id) {
    return record.act(id).map(RecordedAct::act).orElseThrow();
  }

  static boolean adoptsAgenda(MeetingRecord record, Adoption adoption) {
    return adoption.documents().stream()
        .map(record::document)
        .flatMap(Optional::stream)
        .anyMatch(d -> d.documentClass() == DocumentClass.AGENDA);
  }

  static boolean isSubstantive(MeetingRecord record, DecisionAct decision) {
    if (decision instanceof Adoption adoption) {
      return adoption.documents().stream()
          .map(record::document)
          .flatMap(Optional::stream)
          .map(Document::documentClass)
          .anyMatch(
              c ->
                  c != DocumentClass.AGENDA
                      && c != DocumentClass.SCHEDULE
                      && c != DocumentClass.WORKING);
    }
    if (!(decision instanceof Decision onMotions)) {
      return false;
    }
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < onMotions.on().size(); at++) {
      String id = onMotions.on().get(at);
      switch (act(record, id).kind()) {
        case PROPOSAL -> {
          if (((Proposal) act(record, id)).proposalKind() != ProposalKind.PROCEDURE) {
            return true;
          }
        }
        case HOSTING_OFFER, AMENDMENT, REQUEST, RECONSIDERATION -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }
}
