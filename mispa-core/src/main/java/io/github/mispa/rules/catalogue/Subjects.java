package io.github.mispa.rules.catalogue;

import io.github.mispa.model.DocumentClass;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.Matter;
import java.util.List;
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

  /**
   * Whether a decision is substantive, for {@code agenda.adopted-first}: it adopts an outcome
   * document, a statement or a resolution, or decides a matter of substance or a reconsideration.
   * Elections, procedure, the suspension of a rule and changes to the draft agenda are not.
   */
  static boolean isSubstantive(MeetingRecord record, DecisionAct decision) {
    if (decision instanceof Adoption adoption) {
      return adoption.documents().stream()
          .map(record::document)
          .flatMap(Optional::stream)
          .anyMatch(d -> Matter.ofAdopting(d) == Matter.SUBSTANTIVE);
    }
    if (!(decision instanceof Decision onMotions)) {
      return false;
    }
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < onMotions.on().size(); at++) {
      Matter matter = matterOf(record, act(record, onMotions.on().get(at)));
      if (matter == Matter.SUBSTANTIVE || matter == Matter.RECONSIDERATION) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of matter a decision decides, for the majority it needs: of an adoption, the agenda if
   * it adopts one, substance if it adopts a text that is not a schedule or a working document,
   * procedure otherwise; of a decision on several motions, the first of reconsideration, the
   * suspension of a rule, the agenda, substance, election and procedure among its subjects'.
   */
  static Matter matter(MeetingRecord record, DecisionAct decision) {
    if (decision instanceof Adoption adoption) {
      if (adoptsAgenda(record, adoption)) {
        return Matter.AGENDA;
      }
      return isSubstantive(record, adoption) ? Matter.SUBSTANTIVE : Matter.PROCEDURAL;
    }
    if (!(decision instanceof Decision onMotions)) {
      return Matter.SUBSTANTIVE;
    }
    Matter first = Matter.PROCEDURAL;
    for (int at = 0; at < onMotions.on().size(); at++) {
      Matter matter = matterOf(record, act(record, onMotions.on().get(at)));
      if (PRECEDENCE.indexOf(matter) < PRECEDENCE.indexOf(first)) {
        first = matter;
      }
    }
    return first;
  }

  /** The matters, the one a decision on several subjects takes first. */
  private static final List<Matter> PRECEDENCE =
      List.of(
          Matter.RECONSIDERATION,
          Matter.SUSPENSION_OF_RULE,
          Matter.AGENDA,
          Matter.SUBSTANTIVE,
          Matter.ELECTION,
          Matter.PROCEDURAL);

  /** The matter of a motion ({@link Matter#ofMotion}). */
  static Matter matterOf(MeetingRecord record, Act motion) {
    return Matter.ofMotion(record, motion);
  }
}
