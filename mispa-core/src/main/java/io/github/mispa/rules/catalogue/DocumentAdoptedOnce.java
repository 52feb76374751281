package io.github.mispa.rules.catalogue;

import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.DocumentStatus;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.ProceduralState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code document.adopted-once}: a document is adopted at most once, unless its adoption is
 * reconsidered. A second adoption, directly or as the text of an approved proposal, is void.
 *
 * <p>Source: practice.
 */
public final class DocumentAdoptedOnce extends BaseRule {
  /** Creates the rule. */
  public DocumentAdoptedOnce() {
    super(
        "document.adopted-once",
        "practice",
        "A document is adopted at most once, unless its adoption is reconsidered.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    if (decision.outcome() != Outcome.APPROVED) {
      return;
    }
    List<String> documents = new ArrayList<>();
    if (decision instanceof Adoption adoption) {
      documents.addAll(adoption.documents());
    } else if (decision instanceof Decision onMotions) {
      // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
      for (int at = 0; at < onMotions.on().size(); at++) {
        String id = onMotions.on().get(at);
        state
            .motion(id)
            .filter(m -> m.isPending() && m.act() instanceof Proposal)
            .ifPresent(m -> ((Proposal) m.act()).document().ifPresent(documents::add));
      }
    }
    for (String id : documents) {
      if (state.document(id) == DocumentStatus.ADOPTED) {
        String name = state.record().document(id).orElseThrow().name();
        findings.voidAct(
            "\""
                + name
                + "\" was already adopted; adopting it again needs a carried decision to reconsider",
            Message.of("document.adopted-once.already-adopted").withText("document", name));
      }
    }
  }
}
