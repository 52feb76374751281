package io.github.mispa.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.model.Document;
import io.github.mispa.model.Link;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import io.github.mispa.model.Position;
import io.github.mispa.model.PreviousMeeting;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The one description of the wire format, the shapes, has every attribute of the model: when an
 * attribute is added to a type of the model, this test fails until its shape has it, and with it
 * the JSON reader, writer and schema and the record's reference checks.
 *
 * <p>A type's attributes are read from its builder: every public one-argument method but {@code
 * from}, the {@code add}/{@code addAll} methods of collections and the {@code put}/{@code putAll}
 * methods of maps sets one attribute.
 */
class ShapesCoverTheModelTest {
  private static Set<String> attributes(Object builder) {
    Set<String> names = new TreeSet<>();
    for (Method method : builder.getClass().getMethods()) {
      String name = method.getName();
      if (!Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() != Object.class
          && method.getParameterCount() == 1
          && !name.equals("from")
          && (!name.startsWith("add") || name.startsWith("additional"))
          && !name.startsWith("put")) {
        names.add(name);
      }
    }
    return names;
  }

  private static Set<String> fields(Shape<?> shape) {
    Set<String> names = new TreeSet<>();
    shape.fields().forEach(f -> names.add(f.name()));
    if (shape.type() == Person.class) {
      // A person's positions are written together: the first one's title and participant, then
      // the others, which the model holds as its additional positions.
      names.add("additionalPositions");
    }
    return names;
  }

  private static void assertCovers(Object builder, Shape<?> shape) {
    assertThat(fields(shape)).as("the fields of %s", shape).containsAll(attributes(builder));
  }

  @Test
  void everyAttributeOfTheRecordAndItsPartsIsAField() {
    assertThat(fields(RecordShapes.record())).isEqualTo(attributes(MeetingRecord.builder()));
    assertCovers(Meeting.builder(), RecordShapes.shape(Meeting.class));
    assertCovers(PreviousMeeting.builder(), RecordShapes.shape(PreviousMeeting.class));
    assertCovers(Participant.builder(), RecordShapes.shape(Participant.class));
    assertCovers(Person.builder(), RecordShapes.shape(Person.class));
    assertCovers(Document.builder(), RecordShapes.shape(Document.class));
    assertCovers(Session.builder(), RecordShapes.shape(Session.class));
    assertCovers(AgendaItem.builder(), RecordShapes.shape(AgendaItem.class));
    assertCovers(Tally.builder(), RecordShapes.shape(Tally.class));
    assertCovers(Position.builder(), RecordShapes.shape(Position.class));
    assertCovers(Link.builder(), RecordShapes.shape(Link.class));
    assertCovers(RequiredMajority.builder(), RecordShapes.shape(RequiredMajority.class));
  }

  @Test
  void fieldsOfLaterVersionsAreThoseOfTheChangeLog() {
    Set<String> later = new TreeSet<>();
    for (Shape<?> shape : RecordShapes.all()) {
      shape.fields().stream()
          .filter(f -> f.since() > RecordShapes.OLDEST_VERSION)
          .forEach(f -> later.add(shape.name() + "." + f.name()));
    }
    for (ActKind kind : ActKind.values()) {
      kind.shape().fields().stream()
          .filter(f -> f.since() > RecordShapes.OLDEST_VERSION)
          .forEach(f -> later.add(kind.logicalName() + "." + f.name()));
    }
    // Every act has a summary, and its translations from version 2 on.
    for (ActKind kind : ActKind.values()) {
      assertThat(later.remove(kind.logicalName() + ".summaryTranslations"))
          .as("%s.summaryTranslations is of version 2", kind)
          .isTrue();
    }
    // docs/wire-format.md lists these as the fields version 2 added.
    assertThat(later)
        .containsExactlyInAnyOrder(
            "person.positions",
            "document.links",
            "tally.announcedAbsent",
            "tally.announcedNotVoting",
            "tally.announcedBase",
            "intervention.document",
            "decision.requiredMajority",
            "adoption.requiredMajority",
            "adoption.incorporating",
            // The fields for what a record's source does not say.
            "person.shortName",
            "document.symbolAsPrinted",
            "document.description",
            "agendaItem.unlettered",
            "presentation.topic",
            "report.topic",
            "record.sources",
            "record.conclusion",
            // Titles and summaries in other official languages.
            "document.titleTranslations",
            "session.titleTranslations",
            "agendaItem.titleTranslations",
            "speech.titleTranslations",
            "presentation.titleTranslations",
            "report.titleTranslations",
            // A person's grammatical gender, where the record declares it.
            "person.grammaticalGender");
    assertThat(RecordShapes.shape(Person.class).field("participant").orElseThrow().until())
        .isEqualTo(1);
  }

  @Test
  void titlesRequiredInVersionOneAreOptionalFromVersionTwo() {
    Set<String> optionalSince2 = new TreeSet<>();
    for (Shape<?> shape : RecordShapes.all()) {
      shape.fields().stream()
          .filter(f -> f.requiredIn(1) && !f.requiredIn(2) && f.in(2))
          .forEach(f -> optionalSince2.add(shape.name() + "." + f.name()));
    }
    for (ActKind kind : ActKind.values()) {
      kind.shape().fields().stream()
          .filter(f -> f.requiredIn(1) && !f.requiredIn(2) && f.in(2))
          .forEach(f -> optionalSince2.add(kind.logicalName() + "." + f.name()));
    }
    assertThat(optionalSince2)
        .containsExactlyInAnyOrder("document.title", "presentation.title", "report.title");
    assertThat(RecordShapes.shape(Person.class).field("participant").orElseThrow().requiredIn(2))
        .isFalse();
  }

  @Test
  void everyAttributeOfEveryKindOfActIsAFieldOfItsShape() throws ReflectiveOperationException {
    for (ActKind kind : ActKind.values()) {
      Object builder = kind.type().getMethod("builder").invoke(null);
      assertThat(fields(kind.shape())).as(kind.logicalName()).isEqualTo(attributes(builder));
    }
  }

  @Test
  void eachKindOfActHasTheShapeOfItsClassNamedByItsLogicalName() {
    for (ActKind kind : ActKind.values()) {
      assertThat(kind.shape().type()).isEqualTo(kind.type());
      assertThat(kind.shape().name()).isEqualTo(kind.logicalName());
      assertThat(kind.type().getSimpleName().toLowerCase(java.util.Locale.ROOT))
          .isEqualTo(kind.logicalName().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void everyReferenceNamesWhatItRefersTo() {
    for (ActKind kind : ActKind.values()) {
      for (Shape.Field<?> field : kind.shape().fields()) {
        if (field.type().kind() == ValueType.Kind.REFERENCE) {
          assertThat(field.type().target()).as("%s.%s", kind, field).isNotNull();
          if (field.type().target() == ValueType.Target.ACT) {
            assertThat(field.type().actKinds()).as("%s.%s", kind, field).isNotEmpty();
          }
        }
      }
    }
    assertThat(ActKind.SECONDING.shape().field("of").orElseThrow().type().actKinds())
        .containsExactlyInAnyOrder(
            ActKind.NOMINATION,
            ActKind.PROPOSAL,
            ActKind.AMENDMENT,
            ActKind.HOSTING_OFFER,
            ActKind.REQUEST,
            ActKind.RECONSIDERATION,
            ActKind.APPEAL);
  }

  @Test
  void theWayAttributesAreFoundFindsThem() {
    assertThat(attributes(Participant.builder()))
        .contains("id", "kind", "name", "state", "head")
        .doesNotContain("from", "build", "addItems");
    assertThat(attributes(Session.builder()))
        .contains("number", "kind", "title", "date", "attendance", "items");
  }
}
