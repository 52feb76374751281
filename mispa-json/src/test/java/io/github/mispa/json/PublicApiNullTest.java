package io.github.mispa.json;

import com.google.common.testing.NullPointerTester;
import io.github.mispa.examples.MispaV;
import io.github.mispa.procedure.MeetingRecord;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;

/**
 * Every public method and constructor of mispa-json rejects null with a {@link
 * NullPointerException}, as core's do (see core's {@code PublicApiNullTest}).
 */
class PublicApiNullTest {
  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(MeetingRecord.class, MispaV.record())
          .setDefault(Path.class, Path.of("target", "no-such-record.json"))
          .setDefault(StreamReadConstraints.class, MispaJson.defaultReadConstraints());

  @Test
  void theFacadeRejectsNull() {
    tester.testAllPublicStaticMethods(MispaJson.class);
    tester.testAllPublicInstanceMethods(MispaJson.standard());
    tester.testAllPublicInstanceMethods(MispaJson.standard().withPrettyPrinting(true));
  }

  @Test
  void theModuleRejectsNull() {
    tester.testAllPublicConstructors(MispaModule.class);
    tester.testAllPublicInstanceMethods(new MispaModule());
  }
}
