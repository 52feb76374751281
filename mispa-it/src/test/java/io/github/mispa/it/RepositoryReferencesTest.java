package io.github.mispa.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation and the Javadoc refer only to files of this repository: a reader of the
 * published Javadoc or of a clone has nothing else.
 */
class RepositoryReferencesTest {
  private static final Path ROOT = Path.of(System.getProperty("mispa.root", ".."));

  /**
   * Files that still name a page outside the repository and that are being rewritten elsewhere: the
   * rewrite is to point them at docs/rules.md and drop them from this list.
   */
  private static final Set<String> PENDING =
      Set.of(
          "mispa-core/src/main/java/io/github/mispa/rules/catalogue/RuleSets.java",
          "conformance/README.md");

  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
  private static final Pattern PAGE_NAME = Pattern.compile("\\b([\\w-]+\\.md)\\b");

  private static List<Path> files(String... extensions) throws IOException {
    try (Stream<Path> all = Files.walk(ROOT)) {
      return all.filter(Files::isRegularFile)
          .filter(p -> !ROOT.relativize(p).toString().startsWith("."))
          .filter(p -> !p.toString().contains("/target/"))
          .filter(p -> Stream.of(extensions).anyMatch(e -> p.toString().endsWith(e)))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyRelativeLinkOfTheMarkdownPagesResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : files(".md")) {
      Matcher link = MARKDOWN_LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (link.find()) {
        String target = link.group(1);
        if (target.contains("://") || target.startsWith("mailto:")) {
          continue;
        }
        if (!Files.exists(page.getParent().resolve(target))) {
          broken.add(ROOT.relativize(page) + " -> " + target);
        }
      }
    }
    assertThat(broken).as("links to files that are not in the repository").isEmpty();
  }

  @Test
  void everyPageNamedInTheDocsAndTheSourcesIsInTheRepository() throws IOException {
    Set<String> pages =
        files(".md").stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    for (Path file : files(".md", ".java", ".xml")) {
      String relative = ROOT.relativize(file).toString().replace('\\', '/');
      if (PENDING.contains(relative)) {
        continue;
      }
      Matcher name = PAGE_NAME.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (name.find()) {
        if (!pages.contains(name.group(1))) {
          missing.add(relative + " names " + name.group(1));
        }
      }
    }
    assertThat(missing).as("pages named that are not in the repository").isEmpty();
  }
}
