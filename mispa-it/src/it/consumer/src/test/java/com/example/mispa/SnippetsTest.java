package com.example.mispa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.mispa.examples.MispaV;
import io.github.mispa.json.MispaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java snippet of mispa's README.md and docs/ is a region of this project's sources, which
 * compile against mispa as a user's code does; this test holds the Markdown to them, and runs them.
 *
 * <p>In the Markdown, a fenced block preceded by {@code <!-- snippet: NAME -->} must equal, line
 * for line, the region of this project (its Java sources or its pom.xml) between the comments
 * {@code tag::NAME[]} and {@code end::NAME[]}, indentation removed. Every {@code ```java} block
 * must be so marked: a snippet that is not compiled is not allowed.
 *
 * <p>Where one of the snippet classes has a {@code public static void NAME()}, the test runs it
 * and compares what it prints with what the Markdown says it prints: the block preceded by {@code
 * <!-- output: NAME -->} if there is one; otherwise, for each {@code System.out.println} in the
 * region, the comment at the end of the statement, one line each.
 */
class SnippetsTest {
  /** The classes that hold snippets to run. */
  private static final List<Class<?>> SNIPPETS =
      List.of(Tour.class, FromScratch.class, JsonSnippets.class, Checking.class, Live.class);

  private static final Pattern MARKER =
      Pattern.compile("^<!-- (snippet|output): ([A-Za-z][A-Za-z0-9]*) -->$");
  private static final Pattern TAG = Pattern.compile("tag::([A-Za-z][A-Za-z0-9]*)\\[\\]");
  private static final Pattern PRINTLN = Pattern.compile("System\\.out\\.println\\(");

  /** A fenced block of a Markdown file, marked as a snippet or as a snippet's output. */
  record Block(Path file, int line, String kind, String name, String language, List<String> text) {
    String where() {
      return file + ":" + line;
    }
  }

  /** A tagged region of this project's sources. */
  record Region(Path file, int line, String name, List<String> text) {}

  private static Path root;
  private static final List<Block> blocks = new ArrayList<>();
  private static final List<String> unmarked = new ArrayList<>();
  private static final Map<String, Region> regions = new LinkedHashMap<>();

  @BeforeAll
  static void readDocsAndSources() throws IOException {
    String property = System.getProperty("mispa.root", "");
    if (property.isBlank()) {
      fail("-Dmispa.root must name mispa's repository, whose README.md and docs/ are checked");
    }
    root = Path.of(property);
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    for (Path page : pages) {
      readMarkdown(page);
    }
    List<Path> sources = new ArrayList<>();
    sources.add(Path.of("pom.xml"));
    for (String folder : List.of("src/main/java", "src/test/java")) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        files
            .filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.endsWith("SnippetsTest.java")) // which names the tags in its comments
            .sorted()
            .forEach(sources::add);
      }
    }
    for (Path source : sources) {
      readRegions(source);
    }
    // The snippets read the MISPA V record from the working directory, as the docs show.
    MispaJson.standard().withPrettyPrinting(true).write(MispaV.record(), Path.of("mispa-v.json"));
  }

  private static void readMarkdown(Path page) throws IOException {
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    Path shown = root.relativize(page);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("```")) {
        continue;
      }
      String language = line.substring(3).trim();
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).equals("```")) {
        end++;
      }
      if (end == lines.size()) {
        fail(shown + ":" + (i + 1) + ": a fenced block that never closes");
      }
      Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : MARKER.matcher("");
      if (marker.matches()) {
        blocks.add(
            new Block(
                shown,
                i + 1,
                marker.group(1),
                marker.group(2),
                language,
                List.copyOf(lines.subList(i + 1, end))));
      } else if (language.equals("java")) {
        unmarked.add(shown + ":" + (i + 1));
      }
      i = end;
    }
  }

  private static void readRegions(Path source) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      Matcher tag = TAG.matcher(lines.get(i));
      if (!tag.find()) {
        continue;
      }
      String name = tag.group(1);
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).contains("end::" + name + "[]")) {
        end++;
      }
      if (end == lines.size()) {
        fail(source + ":" + (i + 1) + ": tag::" + name + "[] has no end::" + name + "[]");
      }
      Region previous =
          regions.put(name, new Region(source, i + 1, name, dedent(lines.subList(i + 1, end))));
      if (previous != null) {
        fail("two regions are named " + name + ": " + previous.file() + " and " + source);
      }
      i = end;
    }
  }

  private static List<String> dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
        .collect(Collectors.toList());
  }

  @Test
  void everyJavaBlockIsASnippet() {
    assertTrue(
        unmarked.isEmpty(),
        () ->
            "These ```java blocks are not marked as snippets: "
                + unmarked
                + ". Put the code in a method of mispa-it/src/it/consumer (between // tag::NAME[]"
                + " and // end::NAME[]) and mark the block with <!-- snippet: NAME --> on the line"
                + " before it, so that the build compiles and runs it.");
  }

  @Test
  void everyRegionIsShownAndEveryBlockHasARegionOrAMethod() {
    var shown = blocks.stream().map(Block::name).collect(Collectors.toSet());
    var unused = new TreeSet<>(regions.keySet());
    unused.removeAll(shown);
    assertTrue(unused.isEmpty(), () -> "Regions that no page shows: " + unused);
    for (Block block : blocks) {
      if (block.kind().equals("snippet")) {
        assertTrue(
            regions.containsKey(block.name()),
            () ->
                block.where()
                    + ": no region tag::"
                    + block.name()
                    + "[] in mispa-it/src/it/consumer");
      } else {
        assertTrue(
            method(block.name()).isPresent(),
            () ->
                block.where()
                    + ": the output of "
                    + block.name()
                    + ", but no snippet class has a method "
                    + block.name()
                    + "()");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> eachSnippetIsItsSource() {
    return blocks.stream()
        .filter(b -> b.kind().equals("snippet") && regions.containsKey(b.name()))
        .map(
            b ->
                DynamicTest.dynamicTest(
                    b.name() + " (" + b.where() + ")",
                    () -> {
                      Region region = regions.get(b.name());
                      if (!region.text().equals(b.text())) {
                        fail(
                            b.where()
                                + ": the snippet \""
                                + b.name()
                                + "\" is not its source, "
                                + region.file()
                                + ":"
                                + region.line()
                                + ", which the build compiles and runs. The source has:\n"
                                + String.join("\n", region.text())
                                + "\n\nand the page has:\n"
                                + String.join("\n", b.text())
                                + "\n\nFirst difference: "
                                + firstDifference(region.text(), b.text()));
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> eachSnippetPrintsWhatThePageSays() {
    Map<String, Block> outputs = new LinkedHashMap<>();
    blocks.stream().filter(b -> b.kind().equals("output")).forEach(b -> outputs.put(b.name(), b));
    var names = new TreeSet<String>();
    blocks.stream().map(Block::name).filter(n -> method(n).isPresent()).forEach(names::add);
    return names.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      Block output = outputs.get(name);
                      List<String> expected;
                      String source;
                      if (output != null) {
                        expected = output.text();
                        source = "the block at " + output.where();
                      } else {
                        Region region = regions.get(name);
                        if (region == null) {
                          fail("no region tag::" + name + "[] and no output block");
                        }
                        expected = printlnComments(region);
                        source =
                            "the comments of its System.out.println calls, "
                                + region.file()
                                + ":"
                                + region.line();
                      }
                      List<String> printed = run(method(name).orElseThrow());
                      assertEquals(
                          String.join("\n", expected),
                          String.join("\n", printed),
                          () ->
                              "The snippet "
                                  + name
                                  + " does not print what "
                                  + source
                                  + " says (expected, then printed)");
                    }));
  }

  /** The comment that ends each println statement of the region: what it says is printed. */
  private static List<String> printlnComments(Region region) {
    List<String> comments = new ArrayList<>();
    List<String> lines = region.text();
    for (int i = 0; i < lines.size(); i++) {
      if (!PRINTLN.matcher(lines.get(i)).find()) {
        continue;
      }
      int end = i;
      while (end < lines.size() && !code(lines.get(end)).endsWith(";")) {
        end++;
      }
      if (end == lines.size()) {
        fail(region.file() + ": a println in " + region.name() + " that never ends");
      }
      String last = lines.get(end);
      int comment = last.indexOf("//", code(last).length());
      if (comment < 0) {
        fail(
            region.file()
                + ":"
                + (region.line() + end + 1)
                + ": this println does not say what it prints: end the statement with a comment"
                + " that does, or give the snippet an <!-- output: "
                + region.name()
                + " --> block");
      }
      comments.add(last.substring(comment + 2).strip());
      i = end;
    }
    return comments;
  }

  /** The line before a trailing comment (the snippets put no "//" inside strings). */
  private static String code(String line) {
    int comment = line.indexOf("//");
    return (comment < 0 ? line : line.substring(0, comment)).stripTrailing();
  }

  private static Optional<Method> method(String name) {
    for (Class<?> type : SNIPPETS) {
      try {
        Method method = type.getMethod(name);
        if (Modifier.isStatic(method.getModifiers())) {
          return Optional.of(method);
        }
      } catch (NoSuchMethodException e) {
        // not in this class
      }
    }
    return Optional.empty();
  }

  private static List<String> run(Method method) throws IllegalAccessException {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      method.invoke(null);
    } catch (InvocationTargetException e) {
      throw new AssertionError("the snippet " + method.getName() + " throws", e.getCause());
    } finally {
      System.setOut(out);
    }
    return printed.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }

  private static String firstDifference(List<String> source, List<String> page) {
    for (int i = 0; i < Math.max(source.size(), page.size()); i++) {
      String s = i < source.size() ? source.get(i) : "(nothing)";
      String p = i < page.size() ? page.get(i) : "(nothing)";
      if (!s.equals(p)) {
        return "line " + (i + 1) + " of the snippet:\n  source: " + s + "\n  page:   " + p;
      }
    }
    return "none";
  }
}
