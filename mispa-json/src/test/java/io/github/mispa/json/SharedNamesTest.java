package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.MispaV;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A record read from JSON holds one string per participant and person it names, however often it
 * names them: the reader keeps the first, the participant's or person's own id, and hands it out
 * again.
 */
class SharedNamesTest {
  private static int assertOneStringEach(Map<String, String> first, Optional<String> name) {
    if (name.isEmpty()) {
      return 0;
    }
    String earlier = first.putIfAbsent(name.get(), name.get());
    if (earlier == null) {
      return 0;
    }
    assertThat(name.get()).isSameAs(earlier);
    return 1;
  }

  @Test
  void eachParticipantAndPersonNamedAgainIsTheSameString() {
    MispaJson json = MispaJson.standard();
    MeetingRecord read = json.read(json.writeToBytes(MispaV.record()));
    Map<String, String> participants = new HashMap<>();
    Map<String, String> persons = new HashMap<>();
    // Each id as the record defines it comes first: references must be that very string.
    read.participants().forEach(p -> participants.put(p.id(), p.id()));
    read.persons().forEach(p -> persons.put(p.id(), p.id()));
    for (var person : read.persons()) {
      assertOneStringEach(participants, Optional.of(person.participant()));
    }
    int repeated = 0;
    for (RecordedAct act : read.acts()) {
      repeated += assertOneStringEach(participants, act.act().by());
      repeated += assertOneStringEach(persons, act.act().person());
    }
    // Every act with a speaker or an actor names a participant or person defined before the acts.
    assertThat(repeated).isGreaterThan(100);
  }
}
