package io.github.mispa.rules.catalogue;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.model.Document;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.Message;
import io.github.mispa.rules.MotionState;
import io.github.mispa.rules.ProceduralState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code proposal.distributed}: a written proposal is not discussed until 12 hours (the rule set's
 * distribution hours) after its distribution in all four official languages, unless the plenary
 * waives this by two-thirds of the member states. A text adopted by consensus, acclamation or no
 * objection, or by a method the record does not state (no vote is recorded), with no objection
 * recorded, is taken as waived (MISPA V drafted and approved its joint statement on the same day).
 * Irregular otherwise; undetermined when the record lacks the time or the languages of
 * distribution, or the day of the session.
 *
 * <p>Source: GA Rules, Art. 53. Checked at the decision: the written texts are the documents of the
 * proposals decided and the documents adopted.
 */
public final class ProposalDistributed extends BaseRule {
  private static final ImmutableSet<OfficialLanguage> ALL =
      ImmutableSet.copyOf(EnumSet.allOf(OfficialLanguage.class));

  /** Creates the rule. */
  public ProposalDistributed() {
    super(
        "proposal.distributed",
        "GA Rules, Art. 53",
        "A written proposal waits 12 hours after distribution in the four official languages, unless"
            + " waived.");
    checks(DecisionAct.class, this::check);
  }

  void check(DecisionAct decision, RecordedAct act, ProceduralState state, Findings findings) {
    boolean byAgreement = decision.method() != DecisionMethod.VOTE;
    if (decision instanceof Adoption adoption) {
      if (!byAgreement) {
        adoption.documents().forEach(d -> checkDocument(d, act, state, findings));
      }
      return;
    }
    if (!(decision instanceof Decision onMotions)) {
      return;
    }
    // Indexed, not for-each: this runs for every decision, and an iterator is garbage.
    for (int at = 0; at < onMotions.on().size(); at++) {
      String id = onMotions.on().get(at);
      Optional<MotionState> motion = state.motion(id);
      if (motion.isEmpty()
          || !(motion.get().act() instanceof Proposal proposal)
          || proposal.document().isEmpty()) {
        continue;
      }
      boolean waived = byAgreement && motion.get().objectors().isEmpty();
      if (!waived) {
        checkDocument(proposal.document().get(), act, state, findings);
      }
    }
  }

  private static void checkDocument(
      String id, RecordedAct act, ProceduralState state, Findings findings) {
    Document document = state.record().document(id).orElseThrow();
    if (document.distributedAt().isEmpty() || document.languages().isEmpty()) {
      findings.undetermined(
          "the record does not say when and in which languages "
              + quoted(document)
              + " was distributed",
          Message.of("proposal.distributed.not-recorded").withText("document", document.name()));
      return;
    }
    if (!document.languages().containsAll(ALL)) {
      List<String> codes = document.languages().stream().map(OfficialLanguage::code).toList();
      findings.irregular(
          quoted(document)
              + " is discussed without having been distributed in all four official languages (only "
              + codes
              + ")",
          // The codes as the English writes them, between its brackets: "en, fr".
          Message.of("proposal.distributed.languages-missing")
              .withText("document", document.name())
              .withText("languages", String.join(", ", codes)));
      return;
    }
    Optional<LocalDate> day = act.session().date();
    if (day.isEmpty()) {
      findings.undetermined(
          "the record does not give the day of session "
              + act.session().number()
              + ", so whether "
              + quoted(document)
              + " waited "
              + state.ruleSet().distributionHours()
              + " hours cannot be told",
          Message.of("proposal.distributed.no-session-day")
              .withNumber("session", act.session().number())
              .withText("document", document.name())
              .withNumber("hours", state.ruleSet().distributionHours()));
      return;
    }
    LocalDateTime ready =
        document.distributedAt().get().plusHours(state.ruleSet().distributionHours());
    if (day.get().isBefore(ready.toLocalDate())) {
      findings.irregular(
          quoted(document)
              + " is decided on "
              + day.get()
              + ", before "
              + state.ruleSet().distributionHours()
              + " hours had passed since its distribution ("
              + document.distributedAt().get()
              + ")",
          Message.of("proposal.distributed.too-early")
              .withText("document", document.name())
              .withText("day", day.get().toString())
              .withNumber("hours", state.ruleSet().distributionHours())
              .withText("distributed", document.distributedAt().get().toString()));
    } else if (day.get().equals(ready.toLocalDate())
        && !ready.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      findings.undetermined(
          quoted(document)
              + " is decided on the day its "
              + state.ruleSet().distributionHours()
              + " hours ended ("
              + ready
              + "), and the record does not give the time",
          Message.of("proposal.distributed.same-day")
              .withText("document", document.name())
              .withNumber("hours", state.ruleSet().distributionHours())
              .withText("ready", ready.toString()));
    }
  }

  /** The document's name in quotes, made only for a finding: this runs for every proposal. */
  private static String quoted(Document document) {
    return "\"" + document.name() + "\"";
  }
}
