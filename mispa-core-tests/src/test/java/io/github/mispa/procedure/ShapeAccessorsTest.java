package io.github.mispa.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * What the shapes tell code generated from them: the accessor each field is read from, where it is
 * read as it is, and which fields the reference checks need to walk.
 */
class ShapeAccessorsTest {
  @Test
  void aFieldReadByAMethodReferenceNamesItsAccessor() {
    Shape<Meeting> meeting = RecordShapes.shape(Meeting.class);
    assertThat(meeting.field("startDate").orElseThrow().accessor()).contains("startDate");
    assertThat(ActKind.DECISION.shape().field("by").orElseThrow().accessor()).contains("by");
    assertThat(ActKind.DECISION.shape().field("method").orElseThrow().accessor())
        .contains("method");
  }

  @Test
  void aFieldWhoseValueIsWorkedOutHasNone() {
    // Translations are listed from their map, and announced counts are boxed from OptionalInt.
    assertThat(ActKind.DECISION.shape().field("summaryTranslations").orElseThrow().accessor())
        .isEmpty();
    assertThat(RecordShapes.shape(Tally.class).field("announcedFor").orElseThrow().accessor())
        .isEmpty();
  }

  @Test
  void aReaderIsToldTheFirstRequiredFieldItDidNotRead() {
    Shape<Meeting> meeting = RecordShapes.shape(Meeting.class);
    Shape.Field<Meeting> first =
        meeting.fields().stream().filter(Shape.Field::required).findFirst().orElseThrow();
    long all = (1L << meeting.fields().size()) - 1;
    for (int version : new int[] {RecordShapes.FORMAT_VERSION, RecordShapes.FORMAT_VERSION + 1}) {
      assertThat(meeting.missing(all, version)).isNull();
      assertThat(meeting.missing(0, version)).isSameAs(first);
      assertThat(meeting.missing(all & ~(1L << first.index()), version)).isSameAs(first);
    }
  }

  @Test
  void theReferenceChecksWalkOnlyReferencesAndObjectsThatHoldThem() {
    Shape.ReferencePlan<? extends Act> decision = ActKind.DECISION.shape().references();
    assertThat(decision.references).extracting(Shape.Field::name).contains("by", "person", "on");
    assertThat(decision.references)
        .allSatisfy(f -> assertThat(f.type().kind()).isEqualTo(ValueType.Kind.REFERENCE));
    // A tally holds ballots, which name participants; translations name nothing.
    assertThat(decision.holders).extracting(Shape.Field::name).containsExactly("tally");
  }
}
