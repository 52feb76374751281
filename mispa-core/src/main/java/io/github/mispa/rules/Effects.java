package io.github.mispa.rules;

import io.github.mispa.internal.PersistentMap.Edit;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.RecordedAct;
import java.util.ArrayList;
import java.util.List;

/**
 * The effects of a decision or an adoption on a {@link MeetingState}, which change several parts at
 * once: the parts are taken out of the state, changed here and put back in a new state.
 */
final class Effects {
  private final MeetingRecord record;
  private final Edit edit;
  Officers officers;
  Motions motions;
  DocumentStates documents;
  Decisions decisions;
  Hosting hosting;

  Effects(
      MeetingRecord record,
      Edit edit,
      Officers officers,
      Motions motions,
      DocumentStates documents,
      Decisions decisions,
      Hosting hosting) {
    this.record = record;
    this.edit = edit;
    this.officers = officers;
    this.motions = motions;
    this.documents = documents;
    this.decisions = decisions;
    this.hosting = hosting;
  }

  Effects decide(Decision decision) {
    boolean approved = decision.outcome() == Outcome.APPROVED;
    MotionStatus status = approved ? MotionStatus.APPROVED : MotionStatus.REJECTED;
    for (String id : decision.on()) {
      MotionState motion = motions.get(id);
      if (motion == null) {
        continue;
      }
      motions = motions.with(id, motion.withStatus(status), edit);
      Act act = motion.act();
      if (act instanceof Proposal proposal && proposal.document().isPresent()) {
        documents =
            documents.with(
                proposal.document().get(),
                approved ? DocumentStatus.ADOPTED : DocumentStatus.REJECTED,
                edit);
      }
      if (!approved) {
        continue;
      }
      if (act instanceof Nomination nomination) {
        officers = officers.elect(nomination.nominee(), nomination.office(), edit);
      } else if (act instanceof HostingOffer offer) {
        hosting = hosting.accept(offer.edition(), id, edit);
      } else if (act instanceof Reconsideration reconsideration) {
        reopen(reconsideration.of());
      }
    }
    if (approved) {
      approve(decision.incorporating());
    }
    decision.id().ifPresent(id -> decisions = decisions.taken(id, edit));
    return this;
  }

  Effects adopt(Adoption adoption) {
    boolean approved = adoption.outcome() == Outcome.APPROVED;
    for (String document : adoption.documents()) {
      documents =
          documents.with(
              document, approved ? DocumentStatus.ADOPTED : DocumentStatus.REJECTED, edit);
    }
    if (approved) {
      // Adopted as amended: the amendments it incorporates are approved with the documents.
      approve(adoption.incorporating());
    }
    adoption.id().ifPresent(id -> decisions = decisions.taken(id, edit));
    return this;
  }

  /** The amendments a decision or an adoption incorporates are approved with it. */
  private void approve(List<String> amendments) {
    for (String amendment : amendments) {
      MotionState motion = motions.get(amendment);
      if (motion != null) {
        motions = motions.with(amendment, motion.withStatus(MotionStatus.APPROVED), edit);
      }
    }
  }

  /** A carried reconsideration reopens what the decision decided: motions, documents, offices. */
  private void reopen(String decisionId) {
    if (!decisions.stands(decisionId)) {
      return;
    }
    decisions = decisions.reopened(decisionId, edit);
    Act decided = record.act(decisionId).map(RecordedAct::act).orElseThrow();
    List<String> reopened = new ArrayList<>();
    if (decided instanceof Adoption adoption) {
      reopened.addAll(adoption.documents());
    } else if (decided instanceof Decision decision) {
      for (String id : decision.on()) {
        MotionState motion = motions.get(id);
        if (motion == null) {
          continue;
        }
        motions = motions.with(id, motion.withStatus(MotionStatus.PENDING), edit);
        if (motion.act() instanceof Proposal proposal) {
          proposal.document().ifPresent(reopened::add);
        } else if (motion.act() instanceof Nomination nomination) {
          officers = officers.unelect(nomination.nominee(), nomination.office(), edit);
        } else if (motion.act() instanceof HostingOffer offer) {
          hosting = hosting.withdraw(offer.edition(), id, edit);
        }
      }
    }
    documents = documents.reopened(reopened, edit);
  }
}
