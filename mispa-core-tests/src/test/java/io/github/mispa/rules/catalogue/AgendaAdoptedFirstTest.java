package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.conformance.RecordEdits;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.Edition;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.ProposalKind;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import org.junit.jupiter.api.Test;

class AgendaAdoptedFirstTest {
  private static final String RULE = "agenda.adopted-first";

  @Test
  void theRecommendationsAdoptedBeforeTheAgendaIsIrregular() {
    MeetingRecord record = adoptRecommendationsInOpeningItem(MispaV.record());

    assertFiresOnce(record, RULE, FindingKind.IRREGULAR, "2.a#24");
  }

  @Test
  void theMethodologyOfWorkBeforeTheAgendaIsProcedureNotSubstance() {
    MeetingRecord record =
        RecordEdits.append(
            MispaV.record(),
            "2.a",
            Adoption.builder()
                .addDocuments("methodology")
                .method(DecisionMethod.CONSENSUS)
                .build());

    assertQuiet(record, RULE);
  }

  @Test
  void withoutAnAgendaDocumentTheOrderIsUndetermined() {
    MeetingRecord record =
        Mutations.changeDocument(
            MispaV.record(),
            MispaV.AGENDA,
            d -> d.toBuilder().documentClass(DocumentClass.WORKING).build());

    assertThat(findings(record, RULE))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.UNDETERMINED));
  }

  @Test
  void aProcedureProposedAndDecidedBeforeTheAgendaIsNotSubstanceButATextIs() {
    MeetingRecord procedure = proposeAndDecideInOpeningItem(ProposalKind.PROCEDURE);
    MeetingRecord text = proposeAndDecideInOpeningItem(ProposalKind.TEXT);

    assertQuiet(procedure, RULE);
    assertFiresOnce(text, RULE, FindingKind.IRREGULAR, "2.a#25");
  }

  @Test
  void anOfferToHostDecidedBeforeTheAgendaIsSubstance() {
    MeetingRecord record =
        RecordEdits.append(
            MispaV.record(),
            "2.a",
            HostingOffer.builder().id("early-offer").by("CHL").edition(Edition.of(7)).build(),
            Decision.builder().addOn("early-offer").method(DecisionMethod.ACCLAMATION).build());

    assertFiresOnce(record, RULE, FindingKind.IRREGULAR, "2.a#25");
  }

  @Test
  void anItemAddedToTheDraftAgendaAtADelegationsRequestIsNotASubstantiveDecision() {
    // Venezuela asks that an item be added; the plenary agrees, then adopts the agenda.
    MeetingRecord decidedFirst =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.ADOPTION_OF_AGENDA,
            agendaAmendment("item-venezuela"),
            Decision.builder().addOn("item-venezuela").method(DecisionMethod.NO_OBJECTION).build());
    assertQuiet(decidedFirst, RULE);
    // The same item incorporated in the adoption itself: adopted as amended.
    MeetingRecord asAmended =
        RecordEdits.replace(
            RecordEdits.insertBefore(
                MispaV.record(), MispaV.ADOPTION_OF_AGENDA, agendaAmendment("item-venezuela")),
            MispaV.ADOPTION_OF_AGENDA,
            a -> ((Adoption) a).toBuilder().addIncorporating("item-venezuela").build());
    assertQuiet(asAmended, RULE);
    assertThat(RuleSets.mispa().check(asAmended).isClean()).isTrue();
    assertThat(
            RuleSets.mispa()
                .check(asAmended)
                .finalState()
                .motion("item-venezuela")
                .orElseThrow()
                .status())
        .isEqualTo(io.github.mispa.rules.MotionStatus.APPROVED);
    // An amendment to the Recommendations decided before the agenda is still substance.
    MeetingRecord substance =
        RecordEdits.insertBefore(
            MispaV.record(),
            MispaV.ADOPTION_OF_AGENDA,
            io.github.mispa.procedure.Amendment.builder()
                .id("early-amendment")
                .by("VEN")
                .document(MispaV.RECOMMENDATIONS)
                .change(io.github.mispa.procedure.AmendmentChange.ADDITION)
                .text("a paragraph on the attacks in Mali")
                .build(),
            Decision.builder()
                .addOn("early-amendment")
                .method(DecisionMethod.NO_OBJECTION)
                .build());
    assertFiresOnce(substance, RULE, FindingKind.IRREGULAR, "2.b#2");
  }

  private static io.github.mispa.procedure.Amendment agendaAmendment(String id) {
    return io.github.mispa.procedure.Amendment.builder()
        .id(id)
        .by("VEN")
        .document(MispaV.AGENDA)
        .change(io.github.mispa.procedure.AmendmentChange.ADDITION)
        .text("an item on the attacks in Mali")
        .build();
  }

  private static MeetingRecord proposeAndDecideInOpeningItem(ProposalKind kind) {
    return RecordEdits.append(
        MispaV.record(),
        "2.a",
        Proposal.builder()
            .id("early-proposal")
            .by("PER")
            .proposalKind(kind)
            .text("That the meeting proceed as proposed")
            .build(),
        Decision.builder().addOn("early-proposal").method(DecisionMethod.CONSENSUS).build());
  }

  static MeetingRecord adoptRecommendationsInOpeningItem(MeetingRecord record) {
    return RecordEdits.append(
        record,
        "2.a",
        Adoption.builder()
            .addDocuments(MispaV.RECOMMENDATIONS)
            .method(DecisionMethod.ACCLAMATION)
            .build());
  }
}
