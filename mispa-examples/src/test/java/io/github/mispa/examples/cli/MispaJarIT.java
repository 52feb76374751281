package io.github.mispa.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.conformance.KnownEngineDisagreements;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, {@code target/mispa.jar}, run as a person would: {@code java -jar}. Runs after the
 * package phase (failsafe), so the jar is there.
 */
class MispaJarIT {
  private static final Path JAR = Path.of("target", "mispa.jar");

  /** A licence or notice file at the top of META-INF, where jars keep theirs. */
  private static final Pattern LICENCE_FILE =
      Pattern.compile(
          "META-INF/[^/]*(LICENSE|LICENCE|NOTICE|COPYING)[^/]*", Pattern.CASE_INSENSITIVE);

  @TempDir Path dir;

  private Jar.Result java(String... args) throws IOException, InterruptedException {
    return Jar.run(dir, args);
  }

  @Test
  void validateOnMispaVExitsZeroWithNoFindings() throws Exception {
    Jar.Result result = java("validate", Records.MISPA_V.toString());

    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out()).contains("clean under mispa: no findings");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theReportIsUtf8() throws Exception {
    Jar.Result result = java("report", Records.MISPA_V.toString());

    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Chair: Mr. José Luis Pérez Guadalupe");
  }

  @Test
  void validateOnABrokenRecordExitsOneAndNamesTheRule() throws Exception {
    Path broken = Records.write(Records.selfSeconded(), dir.resolve("broken.json"));

    Jar.Result result = java("validate", broken.toString());

    assertThat(result.code()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).contains("2.a#19 void election.seconder-distinct");
  }

  @Test
  void anEmptyFileIsOneLineOnStandardErrorAndExitTwo() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.json"));

    Jar.Result result = java("validate", empty.toString());

    assertThat(result.code()).as(result.toString()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "mispa: "
                + empty
                + ": not a mispa record: expected a meeting record (an object), found no content"
                + " (at JSON Pointer \"\", line 1, column 0)\n");
  }

  @Test
  void theConformanceSuitePassesButTheKnownDisagreements() throws Exception {
    int known = KnownEngineDisagreements.CASES.size();

    Jar.Result result = java("conformance", "--quiet", Path.of("..", "conformance").toString());

    assertThat(result.code()).as(result.toString()).isEqualTo(known == 0 ? 0 : 1);
    assertThat(result.out()).endsWith(" passed, " + known + " failed\n");
    for (String name : KnownEngineDisagreements.CASES.keySet()) {
      assertThat(result.out()).contains("FAIL " + name + ": ");
    }
  }

  @Test
  void theJarCarriesIcu4jsLicenceTheUnicodeLicenseV3() throws Exception {
    String licence = entry(JAR, "META-INF/licenses/icu4j/LICENSE");

    assertThat(licence)
        .as("ICU4J's licence in %s", JAR)
        .startsWith("UNICODE LICENSE V3\n")
        .contains("COPYRIGHT AND PERMISSION NOTICE")
        .contains("Unicode, Inc.")
        .contains("this copyright and permission notice appear with all copies")
        .contains("SPDX-License-Identifier: Unicode-3.0")
        // The notices of the data icu4j.jar bundles, such as its break dictionaries.
        .contains("Chinese/Japanese Word Break Dictionary Data (cjdict.txt)")
        .contains("Lao Word Break Dictionary Data (laodict.txt)")
        .contains("Burmese Word Break Dictionary Data (burmesedict.txt)")
        .isEqualTo(
            Files.readString(
                Path.of("src", "licenses", "icu4j", "LICENSE"), StandardCharsets.UTF_8));
    assertThat(bundledJars()).anyMatch(jar -> jar.getFileName().toString().startsWith("icu4j-"));
  }

  /**
   * Each licence or notice file of a dependency the jar bundles is in it: the Apache License, which
   * the shade leaves out of each, once as the jar's own; the NOTICE files merged, line by line; any
   * other (the licence of code a dependency bundles in turn) under its own name, as it is.
   */
  @Test
  void everyBundledDependencysLicenceAndNoticeFilesAreInTheJar() throws Exception {
    String apache = entry(JAR, "META-INF/LICENSE");
    String notice = entry(JAR, "META-INF/NOTICE");
    assertThat(apache).contains("Apache License").contains("Version 2.0, January 2004");
    List<Path> bundled = bundledJars();
    assertThat(bundled)
        .as("the dependencies on the test class path that the jar bundles")
        .isNotEmpty();
    try (ZipFile shaded = new ZipFile(JAR.toFile())) {
      for (Path dependency : bundled) {
        try (ZipFile jar = new ZipFile(dependency.toFile())) {
          for (ZipEntry e : Collections.list(jar.entries())) {
            String name = e.getName();
            if (!LICENCE_FILE.matcher(name).matches()) {
              continue;
            }
            String text = new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            String where = dependency.getFileName() + "!/" + name;
            if (name.equals("META-INF/LICENSE") || name.equals("META-INF/LICENSE.txt")) {
              assertThat(text)
                  .as("%s: only the Apache License may be left to the jar's own", where)
                  .contains("Apache License")
                  .contains("Version 2.0, January 2004");
            } else if (name.equals("META-INF/NOTICE") || name.equals("META-INF/NOTICE.txt")) {
              for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
                assertThat(notice).as("%s in the jar's META-INF/NOTICE", where).contains(line);
              }
            } else {
              ZipEntry kept = shaded.getEntry(name);
              assertThat(kept).as("%s in %s", where, JAR).isNotNull();
              assertThat(shaded.getInputStream(kept).readAllBytes())
                  .as("%s in %s", where, JAR)
                  .isEqualTo(jar.getInputStream(e).readAllBytes());
            }
          }
        }
      }
    }
  }

  private static String entry(Path jar, String name) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry e = zip.getEntry(name);
      assertThat(e).as("%s in %s", name, jar).isNotNull();
      return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The jars on the test class path whose classes the shaded jar holds: the dependencies it bundles
   * (the test libraries are on the class path too, but not in it).
   */
  private static List<Path> bundledJars() throws IOException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> bundled = new ArrayList<>();
    try (ZipFile shaded = new ZipFile(JAR.toFile())) {
      for (String element : classPath.split(File.pathSeparator, -1)) {
        Path path = Path.of(element);
        if (!element.endsWith(".jar") || !Files.isRegularFile(path)) {
          continue;
        }
        try (ZipFile jar = new ZipFile(path.toFile())) {
          Optional<String> someClass =
              Collections.list(jar.entries()).stream()
                  .map(ZipEntry::getName)
                  .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
                  .findFirst();
          if (someClass.isPresent() && shaded.getEntry(someClass.get()) != null) {
            bundled.add(path);
          }
        }
      }
    }
    return bundled;
  }
}
