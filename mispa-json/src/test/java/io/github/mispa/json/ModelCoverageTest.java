package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.model.Document;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import io.github.mispa.model.PreviousMeeting;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Tally;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The wire format carries every attribute of the model: when an attribute is added to a type of the
 * model, this test fails until the reader, the writer, the schema and the documentation carry it
 * too (the schema test then checks that the schema names the same fields as the reader, and the
 * round trips that the writer writes them).
 *
 * <p>A type's attributes are read from its builder: every public one-argument method but {@code
 * from} and the {@code add}/{@code addAll} methods of collections sets one attribute.
 */
class ModelCoverageTest {
  private static Set<String> attributes(Object builder) {
    Set<String> names = new TreeSet<>();
    for (Method method : builder.getClass().getMethods()) {
      String name = method.getName();
      if (!Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() != Object.class
          && method.getParameterCount() == 1
          && !name.equals("from")
          && !name.startsWith("add")) {
        names.add(name);
      }
    }
    return names;
  }

  private static Set<String> wire(Fields fields, long set) {
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < 64; i++) {
      if ((set & (1L << i)) != 0) {
        names.add(fields.name(i));
      }
    }
    return names;
  }

  private static void assertCovers(Object builder, Fields fields) {
    assertThat(wire(fields, fields.all()))
        .as("the wire fields of %s", fields.what())
        .containsAll(attributes(builder));
  }

  @Test
  void everyAttributeOfTheRecordAndItsPartsIsAField() {
    Set<String> record = wire(RecordReader.RECORD, RecordReader.RECORD.all());
    record.remove("formatVersion");
    assertThat(record).isEqualTo(attributes(MeetingRecord.builder()));
    assertCovers(Meeting.builder(), RecordReader.MEETING);
    assertCovers(PreviousMeeting.builder(), RecordReader.PREVIOUS);
    assertCovers(Participant.builder(), RecordReader.PARTICIPANT);
    assertCovers(Person.builder(), RecordReader.PERSON);
    assertCovers(Document.builder(), RecordReader.DOCUMENT);
    assertCovers(Session.builder(), RecordReader.SESSION);
    assertCovers(AgendaItem.builder(), RecordReader.ITEM);
    assertCovers(Tally.builder(), RecordReader.TALLY);
  }

  @Test
  void everyAttributeOfEveryKindOfActIsAFieldOfItsType() throws ReflectiveOperationException {
    for (ActKind kind : ActKind.values()) {
      String name = kind.logicalName();
      Class<?> type =
          Class.forName(
              "io.github.mispa.procedure."
                  + Character.toUpperCase(name.charAt(0))
                  + name.substring(1));
      Object builder = type.getMethod("builder").invoke(null);
      Set<String> fields = wire(ActFields.FIELDS, ActFields.allowed(kind));
      fields.remove("type");
      assertThat(fields).as(name).isEqualTo(attributes(builder));
    }
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
