package io.github.mispa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LiveMispaVExampleTest {
  private static String console() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LiveMispaVExample.print(MispaV.record(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyActIsShownWithWhatMayHappenNextAndTheSelfSecondingIsRefused() {
    String out = console();
    int acts = MispaV.record().acts().size();

    assertThat(out)
        .startsWith("MISPA V, live under mispa\n\nSession 1, inaugural: Inaugural session\n")
        .contains(
            """
                2.a#1 nomination by Colombia: recorded, clean
                  | presiding Luis Carlos Villegas; agenda not adopted; to fill: Chair 1/1, Vice\
             Chair 2/2, Rapporteur 1/1
                  | pending 2.a#1 nomination: 22 may second, 23 may object; carried by 18 votes
            """)
        .contains(
            """
                2.a#19 seconding by Costa Rica: REFUSED, void
                  void: Costa Rica seconds the nomination at 2.a#18, which it moved itself; the\
             seconding must come from another delegation
                2.a#19 seconding by Chile: recorded, clean
            """)
        .contains(
            "      undetermined: the record has no attendance for session 2, so the quorum (18 of 34"
                + " member states) cannot be checked\n")
        .endsWith(
            "Done: "
                + acts
                + " acts; the record is MISPA V's: true; findings as the whole check's: true;"
                + " clean: true\n");
    // One line for each act, and the one refused.
    assertThat(out.lines().filter(l -> l.matches(" {4}\\S+#\\d+ .*"))).hasSize(acts + 1);
  }
}
