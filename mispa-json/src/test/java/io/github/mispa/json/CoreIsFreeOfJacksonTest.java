package io.github.mispa.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import io.github.mispa.procedure.MeetingRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * mispa-core stays free of Jackson: none of its classes refers to a Jackson type, and none of its
 * files so much as names Jackson. The binding lives here, in mispa-json.
 */
class CoreIsFreeOfJacksonTest {
  private static final ArchRule NO_JACKSON =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
          .because("mispa-core must not depend on Jackson; the binding lives in mispa-json");

  private static URL root(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void noClassOfCoreDependsOnJackson() {
    JavaClasses core =
        new ClassFileImporter().importLocations(Set.of(Location.of(root(MeetingRecord.class))));
    assertThat(core.contain(MeetingRecord.class)).as("imported mispa-core's classes").isTrue();
    assertThat(core.size()).isGreaterThan(50);
    NO_JACKSON.check(core);
  }

  @Test
  void theRuleCatchesADependencyOnJackson() {
    JavaClasses json =
        new ClassFileImporter().importLocations(Set.of(Location.of(root(MispaModule.class))));
    assertThatThrownBy(() -> NO_JACKSON.check(json))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("MispaModule");
  }

  @Test
  void noFileOfCoreNamesJackson() throws IOException, URISyntaxException {
    Path core = Path.of(root(MeetingRecord.class).toURI());
    List<String> files = new ArrayList<>();
    List<String> naming = new ArrayList<>();
    if (Files.isDirectory(core)) {
      try (Stream<Path> walk = Files.walk(core)) {
        walk.filter(Files::isRegularFile)
            .forEach(
                file -> {
                  files.add(file.toString());
                  if (namesJackson(read(file))) {
                    naming.add(core.relativize(file).toString());
                  }
                });
      }
    } else {
      try (ZipFile jar = new ZipFile(core.toFile())) {
        for (ZipEntry entry : jar.stream().filter(e -> !e.isDirectory()).toList()) {
          files.add(entry.getName());
          try (InputStream in = jar.getInputStream(entry)) {
            if (namesJackson(in.readAllBytes())) {
              naming.add(entry.getName());
            }
          }
        }
      }
    }
    assertThat(files).as("files of mispa-core").hasSizeGreaterThan(50);
    assertThat(naming).as("files of mispa-core that name Jackson").isEmpty();
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean namesJackson(byte[] content) {
    return new String(content, StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT)
        .contains("jackson");
  }
}
