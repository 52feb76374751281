package io.github.mispa.report;

import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.Reading;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Support;
import java.util.List;

/**
 * The acts one paragraph of the report tells: one act; or a run of supports of one motion by
 * delegations alone; or identical amendments of several delegations; or a seconding and the
 * decision that follows it; or a reading and the adoption that follows it. Every language groups
 * acts the same way, so that a paragraph in one language and its counterpart in the record's
 * language tell the same acts.
 *
 * @param from the index of its first act in the record
 * @param next the index of the act after its last
 * @param kind how its acts are told together
 */
record Paragraph(int from, int next, Kind kind) {
  /** How the acts of a paragraph are told together. */
  enum Kind {
    SINGLE,
    SUPPORTS,
    AMENDMENTS,
    SECONDED_DECISION,
    READ_ADOPTION
  }

  /** The paragraph that starts at {@code from}, within an item ending at {@code end}. */
  static Paragraph at(List<RecordedAct> acts, int from, int end) {
    Act first = acts.get(from).act();
    int next = from + 1;
    if (first instanceof Support support && groupable(support)) {
      while (next < end
          && acts.get(next).act() instanceof Support more
          && groupable(more)
          && more.of().equals(support.of())
          && more.summary().equals(support.summary())
          && more.summaryTranslations().equals(support.summaryTranslations())) {
        next++;
      }
      return new Paragraph(from, next, next - from > 1 ? Kind.SUPPORTS : Kind.SINGLE);
    }
    if (first instanceof Amendment amendment && groupable(amendment)) {
      while (next < end
          && acts.get(next).act() instanceof Amendment more
          && groupable(more)
          && more.proposal().equals(amendment.proposal())
          && more.document().equals(amendment.document())
          && more.change() == amendment.change()
          && more.text().equals(amendment.text())) {
        next++;
      }
      return new Paragraph(from, next, next - from > 1 ? Kind.AMENDMENTS : Kind.SINGLE);
    }
    if (first instanceof Seconding seconding
        && next < end
        && acts.get(next).act() instanceof Decision decision
        && decision.on().equals(List.of(seconding.of()))
        && decision.incorporating().isEmpty()
        && decision.summary().isEmpty()) {
      return new Paragraph(from, next + 1, Kind.SECONDED_DECISION);
    }
    if (first instanceof Reading reading
        && next < end
        && acts.get(next).act() instanceof Adoption adoption
        && adoption.documents().equals(List.of(reading.document()))
        && adoption.summary().isEmpty()) {
      return new Paragraph(from, next + 1, Kind.READ_ADOPTION);
    }
    return new Paragraph(from, next, Kind.SINGLE);
  }

  /** A support that a sentence can name among others: by a delegation alone. */
  static boolean groupable(Support support) {
    return support.by().isPresent() && support.person().isEmpty();
  }

  /** An amendment that a sentence can name among others: by a delegation alone, unsummarized. */
  static boolean groupable(Amendment amendment) {
    return amendment.by().isPresent()
        && amendment.person().isEmpty()
        && amendment.cosponsors().isEmpty()
        && amendment.summary().isEmpty();
  }
}
