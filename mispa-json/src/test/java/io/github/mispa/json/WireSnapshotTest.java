package io.github.mispa.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import io.github.mispa.json.FuzzVariants.Variant;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The wire format's behaviour, frozen: what the reader makes of 10,000 mutated variants of a
 * version 1 record (the error kind and JSON Pointers of each failure, and a hash of what each valid
 * read writes back in version 1), and that every record file in the repository reads and writes
 * back byte for byte (the frozen version-1 record in version 1, the others in the current version).
 * A change of the reader or writer that changes any of this fails here.
 *
 * <p>The outcomes were recorded with the hand-written reader and writer of version 0.1 and are
 * compared, not regenerated. To record them again after a deliberate change of the format, run this
 * test with {@code -Dmispa.snapshot.write=true} and review the difference.
 */
class WireSnapshotTest {
  private static final long SEED = 20151119L;
  private static final int VARIANTS = 10_000;
  private static final Path RESOURCES = Path.of("src/test/resources/io/github/mispa/json/snapshot");
  private static final MispaJson STRICT = MispaJson.standard();
  private static final MispaJson LENIENT = MispaJson.standard().withUnknownFieldsIgnored(true);
  private static final MispaJson PRETTY = MispaJson.standard().withPrettyPrinting(true);

  /**
   * Writes version 1, which every record read from a version-1 document can be written in: the
   * hashes of what the reader made of the variants are of the same bytes as when they were
   * recorded, so that a change of what the reader makes of a version-1 document shows.
   */
  private static final MispaJson VERSION_1 = MispaJson.standard().withFormatVersion(1);

  @Test
  void mutatedVariantsOfAVersion1RecordFailOrReadAsBefore() throws IOException {
    Path frozenFile = RESOURCES.resolve("mispa-v.format-1.json");
    if (Boolean.getBoolean("mispa.snapshot.write") && !Files.exists(frozenFile)) {
      Files.writeString(frozenFile, JsonEdits.MISPA_V + "\n", StandardCharsets.UTF_8);
    }
    String frozen = Files.readString(frozenFile);
    FuzzVariants variants = new FuzzVariants(frozen.strip(), SEED);
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < VARIANTS; i++) {
      Variant variant = variants.next();
      outcomes.add(i + " " + outcome(STRICT, variant.bytes()));
      if (i % 10 == 0) {
        outcomes.add(i + " lenient " + outcome(LENIENT, variant.bytes()));
      }
    }
    compare("fuzz-outcomes.txt", outcomes);
  }

  @Test
  void everyRecordFileOfTheRepositoryReadsAndWritesBackByteForByte() throws IOException {
    List<Path> files = recordFiles();
    assertThat(files).hasSizeGreaterThan(90);
    List<String> differing = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file);
      MeetingRecord record = STRICT.read(text);
      String written =
          file.getFileName().toString().startsWith("mispa-v.format-1")
              ? VERSION_1.writeToString(record) + "\n"
              : PRETTY.writeToString(record);
      if (!written.strip().equals(text.strip())) {
        differing.add(file.toString());
      }
    }
    assertThat(differing).as("record files that do not write back as they are").isEmpty();
  }

  /**
   * What reading {@code bytes} gives: "valid" and a hash of the record written back, or the
   * failure.
   */
  private static String outcome(MispaJson json, byte[] bytes) {
    try {
      MeetingRecord record = json.read(bytes);
      return "valid "
          + Hashing.sha256().hashBytes(VERSION_1.writeToBytes(record)).toString().substring(0, 16);
    } catch (MispaJsonException e) {
      return e.kind()
          + " "
          + e.problems().stream().map(RecordProblem::path).collect(Collectors.joining(" "))
          + (e.problems().isEmpty() ? e.pointer() : "");
    }
  }

  private static void compare(String name, List<String> outcomes) throws IOException {
    Path file = RESOURCES.resolve(name);
    String actual = String.join("\n", outcomes) + "\n";
    if (Boolean.getBoolean("mispa.snapshot.write")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(outcomes).containsExactlyElementsOf(expected);
  }

  /** The record files of the repository: MISPA V, the conformance suite, the frozen version 1. */
  private static List<Path> recordFiles() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>();
    files.add(RESOURCES.resolve("mispa-v.format-1.json"));
    files.add(
        root.resolve("mispa-examples/src/main/resources/io/github/mispa/examples/mispa-v.json"));
    try (Stream<Path> walk = Files.walk(root.resolve("conformance"))) {
      walk.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
