package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.conformance.ConformanceSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README shows the tool's real output on the MISPA V record. */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");

  private static String readme() throws IOException {
    return Files.readString(README);
  }

  /** What the tool prints, with the file named as the README names it. */
  private static String output(String... args) {
    Run run = Run.of(args);
    assertThat(run.err()).isEmpty();
    return run.out().replace(Records.MISPA_V.toString(), "mispa-v.json");
  }

  private static String firstLines(String text, int n) {
    return String.join("\n", Arrays.asList(text.split("\n", -1)).subList(0, n)) + "\n";
  }

  @Test
  void validate() throws IOException {
    assertThat(readme())
        .contains(
            "$ mispa validate mispa-v.json\n"
                + output("validate", Records.MISPA_V.toString())
                + "$ echo $?\n0\n");
  }

  @Test
  void report() throws IOException {
    assertThat(readme())
        .contains(
            "$ mispa report mispa-v.json\n"
                + firstLines(output("report", Records.MISPA_V.toString()), 11)
                + "…\n");
  }

  @Test
  void reportAndValidateInSpanish() throws IOException {
    String report = output("report", "--lang", "es", Records.MISPA_V.toString());
    // The outcome's reading, where the record's Spanish title of the document is used.
    String reading =
        report.lines().filter(l -> l.startsWith("Alejandro Aristizabal")).findFirst().orElseThrow();
    assertThat(reading).contains("“Recomendaciones de Lima para la Prevención de la Delincuencia");
    assertThat(readme())
        .contains(
            "$ mispa report --lang es mispa-v.json\n"
                + firstLines(report, 15)
                + "…\n"
                + reading
                + "\n…\n"
                + "$ mispa validate --lang es mispa-v.json\n"
                + output("validate", "--lang", "es", Records.MISPA_V.toString())
                + "```\n");
  }

  @Test
  void nextInSpanish() throws IOException {
    assertThat(readme())
        .contains(
            "$ mispa next --lang es mispa-v.json --at 2.a#19\n"
                + firstLines(
                    output("next", "--lang", "es", Records.MISPA_V.toString(), "--at", "2.a#19"),
                    14)
                + "…\n```\n");
  }

  @Test
  void state() throws IOException {
    assertThat(readme())
        .contains(
            "$ mispa state mispa-v.json --at 2.a#18\n"
                + output("state", Records.MISPA_V.toString(), "--at", "2.a#18")
                + "```\n");
  }

  @Test
  void next() throws IOException {
    assertThat(readme())
        .contains(
            "$ mispa next mispa-v.json --at 2.a#19\n"
                + output("next", Records.MISPA_V.toString(), "--at", "2.a#19")
                + "```\n");
  }

  /** The README's folder: MISPA V, the same with a self-seconding, a file cut short, a note. */
  @Test
  void aFolderValidated(@TempDir Path dir) throws IOException {
    Path archive = dir.resolve("archive");
    Files.copy(
        Records.MISPA_V, Files.createDirectories(archive.resolve("2015")).resolve("mispa-v.json"));
    Records.write(
        Records.selfSeconded(),
        Files.createDirectories(archive.resolve("2016/drafts")).resolve("self-seconded.json"));
    Files.writeString(
        Files.createDirectories(archive.resolve("2017")).resolve("cut.json"), "{\"meeting\": {");
    Files.writeString(archive.resolve("README.md"), "# notes\n");

    Run run = Run.merged("validate", "--quiet", archive + "/");

    assertThat(run.code()).isEqualTo(2);
    assertThat(readme())
        .contains(
            "$ mispa validate --quiet archive/\n"
                + run.out().replace(dir + "/", "")
                + "$ echo $?\n2\n");
  }

  @Test
  void schema() throws IOException {
    assertThat(readme()).contains("$ mispa schema\n" + firstLines(output("schema"), 4) + "  …\n");
  }

  /** What the tool prints on a case of the conformance suite, named from the repository's root. */
  private static Run onCase(String name) {
    return Run.of("validate", "../conformance/" + name + ".json");
  }

  @Test
  void votesAndMajorities() throws IOException {
    for (String name :
        List.of(
            "decision.threshold/fires-two-thirds-stated-19-of-34-declared-carried",
            "decision.threshold/undetermined-17-and-venezuela-of-34-in-2020")) {
      Run run = onCase(name);
      assertThat(run.err()).isEmpty();
      assertThat(readme())
          .contains(
              "$ mispa validate conformance/"
                  + name
                  + ".json\n"
                  + run.out().replace("../conformance/", "conformance/")
                  + "$ echo $?\n"
                  + run.code()
                  + "\n");
    }
    // The two findings the section is about, as the issue asked for them.
    assertThat(readme())
        .contains(
            "needs two-thirds of the 34 member states, 23 votes (as the record states: rules of"
                + " procedure of the meeting); had 19")
        .contains("had 17, or 18 with Venezuela's");
  }

  @Test
  void conformance() throws IOException {
    int cases = ConformanceSuite.load(Path.of("..", "conformance")).cases().size();
    assertThat(readme()).contains("\n" + cases + " passed, 0 failed\n```\n");
    assertThat(Files.readString(Path.of("..", "CHANGELOG.md")))
        .contains(cases + " language-neutral cases");
  }
}
