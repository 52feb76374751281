package io.github.mispa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.json.MispaJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The MISPA V record as JSON, checked into the repository, is what the library writes. */
class MispaVJsonTest {
  private static byte[] checkedIn() throws IOException {
    try (InputStream in = MispaVJson.class.getResourceAsStream("/" + MispaVJson.RESOURCE)) {
      assertThat(in).as(MispaVJson.RESOURCE + " is on the class path").isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theCheckedInJsonIsExactlyWhatTheLibraryWrites() throws IOException {
    byte[] written = MispaJson.standard().withPrettyPrinting(true).writeToBytes(MispaV.record());
    assertThat(new String(checkedIn(), StandardCharsets.UTF_8))
        .as(
            "mispa-examples/src/main/resources/%s is stale: regenerate it with MispaVJson (see its"
                + " Javadoc) and review the difference",
            MispaVJson.RESOURCE)
        .isEqualTo(new String(written, StandardCharsets.UTF_8));
    assertThat(checkedIn()).isEqualTo(written);
  }

  @Test
  void theCheckedInJsonReadsAsTheRecord() throws IOException {
    assertThat(MispaJson.standard().read(checkedIn())).isEqualTo(MispaV.record());
  }
}
