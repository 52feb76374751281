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
 * names them: the reader keeps the first and hands it out again.
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
    int repeated = 0;
    for (RecordedAct act : read.acts()) {
      repeated += assertOneStringEach(participants, act.act().by());
      repeated += assertOneStringEach(persons, act.act().person());
    }
    // The record names the chair at many acts: the test saw names repeated, not only first ones.
    assertThat(repeated).isGreaterThan(10);
  }
}
