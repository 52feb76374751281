package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.model.OfficialLanguage;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void theBarFillsInProportionAndGivesTheRate() {
    assertThat(Progress.bar(0, 10, 0))
        .isEqualTo("[>                             ] 0 of 10 records");
    assertThat(Progress.bar(5, 10, 2_500_000_000L))
        .isEqualTo("[===============>              ] 5 of 10 records, 2 a second");
    assertThat(Progress.bar(10, 10, 1_000_000_000L))
        .isEqualTo("[==============================] 10 of 10 records, 10 a second");
    assertThat(Progress.bar(0, 0, 0)).isEqualTo("[==============================] 0 of 0 records");
  }

  @Test
  void theBarSpeaksTheToolsLanguage() {
    assertThat(Progress.bar(5, 10, 2_500_000_000L, ToolText.in(OfficialLanguage.SPANISH)))
        .isEqualTo("[===============>              ] 5 de 10 actas, 2 por segundo");
    assertThat(Progress.bar(1, 1, 0, ToolText.in(OfficialLanguage.FRENCH)))
        .isEqualTo("[==============================] 1 sur 1 procès-verbal");
  }

  @Test
  void noBarDrawsNothing() {
    StringWriter text = new StringWriter();
    Progress none = Progress.of(false, new PrintWriter(text), 3);

    none.advance();
    none.draw();
    none.clear();

    assertThat(text.toString()).isEmpty();
  }

  @Test
  void aBarIsDrawnAtTheStartAndTheEndAndErasedWhenCleared() {
    StringWriter text = new StringWriter();
    Progress bar = Progress.of(true, new PrintWriter(text), 2);

    bar.advance();
    bar.advance();
    bar.clear();

    assertThat(text.toString())
        .startsWith("\r[===============>              ] 1 of 2 records")
        .contains("\r[==============================] 2 of 2 records")
        .endsWith("\u001b[K\r\u001b[K");
  }
}
