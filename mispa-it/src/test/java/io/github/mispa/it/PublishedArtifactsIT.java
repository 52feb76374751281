package io.github.mispa.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What mispa publishes, as the Invoker installed it for the consumer's build: flattened POMs with
 * what Maven Central asks, jars that carry the licence, and Javadoc a user can read.
 */
class PublishedArtifactsIT {
  private static final Path REPOSITORY = Path.of(System.getProperty("mispa.localRepository"));
  private static final String VERSION = System.getProperty("mispa.version");
  private static final Path ROOT = Path.of(System.getProperty("mispa.root"));
  private static final String URL = "https://github.com/mispa/mispa";

  private static Path artifact(String artifactId, String extension) {
    return REPOSITORY.resolve(
        Path.of(
            "io/github/mispa", artifactId, VERSION, artifactId + "-" + VERSION + "." + extension));
  }

  private static Element pom(String artifactId)
      throws IOException, SAXException, ParserConfigurationException {
    Path pom = artifact(artifactId, "pom");
    assertThat(pom).as("the POM the Invoker installed").exists();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(pom.toFile());
    return document.getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element e && e.getTagName().equals(name)) {
        children.add(e);
      }
    }
    return children;
  }

  private static String text(Element parent, String... path) {
    Element e = parent;
    for (String name : path) {
      List<Element> found = children(e, name);
      assertThat(found).as("<%s> in <%s>", name, e.getTagName()).hasSize(1);
      e = found.get(0);
    }
    return e.getTextContent().strip();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mispa-bom", "mispa-core", "mispa-json", "mispa-report", "mispa-testing"})
  void thePublishedPomIsFlatAndHasWhatMavenCentralAsks(String artifactId) throws Exception {
    Element pom = pom(artifactId);
    String raw = Files.readString(artifact(artifactId, "pom"), StandardCharsets.UTF_8);

    assertThat(children(pom, "parent")).as("a parent").isEmpty();
    assertThat(children(pom, "build")).as("a build section").isEmpty();
    assertThat(children(pom, "repositories")).isEmpty();
    assertThat(raw).doesNotContain("${").doesNotContain("mispa-parent");
    assertThat(text(pom, "groupId")).isEqualTo("io.github.mispa");
    assertThat(text(pom, "artifactId")).isEqualTo(artifactId);
    assertThat(text(pom, "version")).isEqualTo(VERSION);
    assertThat(text(pom, "name")).isNotBlank();
    assertThat(text(pom, "description")).isNotBlank();
    assertThat(text(pom, "url")).isEqualTo(URL);
    assertThat(text(pom, "licenses", "license", "name")).isEqualTo("Apache-2.0");
    assertThat(text(pom, "developers", "developer", "name")).isNotBlank();
    assertThat(text(pom, "scm", "url")).isEqualTo(URL);
    assertThat(text(pom, "scm", "connection")).isEqualTo("scm:git:" + URL + ".git");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mispa-core", "mispa-json", "mispa-report", "mispa-testing"})
  void thePublishedDependenciesAreAUsersWithTheirVersions(String artifactId) throws Exception {
    List<Element> dependencies = new ArrayList<>();
    for (Element list : children(pom(artifactId), "dependencies")) {
      dependencies.addAll(children(list, "dependency"));
    }
    assertThat(dependencies).isNotEmpty();
    for (Element dependency : dependencies) {
      String name = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
      assertThat(text(dependency, "version")).as("the version of %s", name).isNotBlank();
      assertThat(text(dependency, "scope")).as("the scope of %s", name).isNotEqualTo("test");
    }
  }

  @Test
  void theBomManagesEveryPublishedModuleAtItsVersion() throws Exception {
    Element management = children(pom("mispa-bom"), "dependencyManagement").get(0);
    List<String> managed = new ArrayList<>();
    for (Element dependency : children(children(management, "dependencies").get(0), "dependency")) {
      assertThat(text(dependency, "version")).isEqualTo(VERSION);
      managed.add(text(dependency, "artifactId"));
    }
    assertThat(managed)
        .containsExactly("mispa-core", "mispa-json", "mispa-report", "mispa-testing");
    assertThat(text(pom("mispa-bom"), "packaging")).isEqualTo("pom");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mispa-core", "mispa-json", "mispa-report", "mispa-testing"})
  void everyJarCarriesTheLicenceAndAModuleName(String artifactId) throws IOException {
    byte[] licence = Files.readAllBytes(ROOT.resolve("LICENSE"));
    try (JarFile jar = new JarFile(artifact(artifactId, "jar").toFile())) {
      var entry = jar.getJarEntry("META-INF/LICENSE");
      assertThat(entry).as("META-INF/LICENSE in %s", artifactId).isNotNull();
      try (InputStream in = jar.getInputStream(entry)) {
        assertThat(in.readAllBytes()).isEqualTo(licence);
      }
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("io.github.mispa." + artifactId.substring("mispa-".length()));
    }
  }

  private static Path javadoc(String module) {
    Path apidocs = ROOT.resolve(module).resolve("target/reports/apidocs");
    assertThat(apidocs.resolve("index.html"))
        .as("the Javadoc of %s, written by every build (unless -Dmaven.javadoc.skip)", module)
        .exists();
    return apidocs;
  }

  private static String pageText(Path page) throws IOException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    return html.replaceAll("<[^>]*>", " ")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replaceAll("\\s+", " ");
  }

  @Test
  void everyBuilderPageDocumentsItsSettersWithTheirTypes() throws IOException {
    Path apidocs = javadoc("mispa-core");
    List<Path> builders;
    try (Stream<Path> pages = Files.walk(apidocs)) {
      builders =
          pages
              .filter(p -> p.getFileName().toString().endsWith(".Builder.html"))
              .filter(p -> !p.toString().contains("class-use"))
              .sorted()
              .toList();
    }
    assertThat(builders).hasSizeGreaterThan(30);
    Pattern setter = Pattern.compile("final \\S+\\.Builder (\\w+) \\(");
    for (Path page : builders) {
      String text = pageText(page);
      assertThat(text)
          .as("%s", apidocs.relativize(page))
          .contains("Method Summary")
          .contains(" build () ")
          .doesNotContain("Methods inherited from class io.github.mispa");
      Matcher setters = setter.matcher(text);
      assertThat(setters.find()).as("a setter on %s", page.getFileName()).isTrue();
    }
    String session = pageText(apidocs.resolve("io/github/mispa/procedure/Session.Builder.html"));
    assertThat(session)
        .contains("attendance (com.google.common.collect.ImmutableSet< String > attendance)")
        .contains("Initializes the optional value attendance to attendance.")
        .contains("number (int number)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mispa-core", "mispa-json", "mispa-report", "mispa-testing"})
  void theJavadocFooterNamesTheLicence(String module) throws IOException {
    assertThat(pageText(javadoc(module).resolve("allclasses-index.html")))
        .contains("Licensed under the Apache License, Version 2.0")
        .doesNotContain("All rights reserved");
  }
}
