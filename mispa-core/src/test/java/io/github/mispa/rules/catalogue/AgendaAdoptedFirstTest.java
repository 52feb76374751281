package io.github.mispa.rules.catalogue;

import static io.github.mispa.testing.RuleAssertions.assertFiresOnce;
import static io.github.mispa.testing.RuleAssertions.assertQuiet;
import static io.github.mispa.testing.RuleAssertions.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.testing.Mutations;
import io.github.mispa.testing.RecordEdits;
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
