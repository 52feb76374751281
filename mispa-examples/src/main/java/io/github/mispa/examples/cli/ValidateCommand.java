package io.github.mispa.examples.cli;

import static java.util.Objects.requireNonNull;

import io.github.mispa.internal.Escapes;
import io.github.mispa.json.MispaJsonException;
import io.github.mispa.report.FindingGroup;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code mispa validate FILE...}: checks records, or folders of them, and prints their findings.
 * Records are read and checked on every core, and printed in the order of the files; a folder's
 * records in the order of their paths.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Reads each record, checks it under a rule set and prints its findings: location, kind (void,"
          + " irregular or undetermined), rule, citation and message.",
      "A record is clean when it has no void and no irregular finding. Undetermined findings (the"
          + " record lacks what a rule needs) do not make it unclean; they are listed by rule.",
      "A folder stands for its *.json files, in it and below it. Records are checked on every"
          + " core; on a terminal a progress bar shows how far it has got. With more than one"
          + " record, a summary ends the output: how many are clean, have findings or cannot be"
          + " read, and the findings by rule."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record is clean",
      "1:a record has void or irregular findings",
      "2:a file cannot be read or is not a record (its JSON Pointer is printed), or a folder has"
          + " no record files"
    })
final class ValidateCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    json
  }

  /**
   * JSON that a terminal shows as it is: besides the control characters JSON always escapes, DEL,
   * the C1 controls, the bidirectional overrides, the line separators and surrogates are written as
   * {@code \\u} escapes. The text is exact all the same: an escape reads back as its character.
   */
  private static final JsonMapper TERMINAL_SAFE_JSON =
      JsonMapper.builder(JsonFactory.builder().characterEscapes(new TerminalEscapes()).build())
          .build();

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Records in the wire format: regular files, folders (their *.json files, recursively),"
              + " or - for standard input.")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = "--rules",
      paramLabel = "NAME",
      defaultValue = "mispa",
      converter = Mispa.RuleSetConverter.class,
      completionCandidates = Mispa.RuleSetNames.class,
      description = "The rule set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private RuleSet rules;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description =
          "In folders, skips the files whose name matches GLOB, such as '*.expected.json'; may be"
              + " given more than once.")
  private List<String> excluded = new ArrayList<>();

  @Option(
      names = "--quiet",
      description =
          "Prints only the records that are not clean or cannot be read, and the summary.")
  private boolean quiet;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "How many records to check at once (default: the number of cores, ${DEFAULT-VALUE}).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Shows a progress bar, or not (default: on a terminal, with more than one record).")
  private @Nullable Boolean progress;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new BadInputException("--threads must be at least 1, but was " + threads);
    }
    if (files.stream().filter(RecordFiles::isStandardInput).count() > 1) {
      throw new BadInputException("standard input ('-') can be read only once");
    }
    int code = Mispa.EXIT_OK;
    boolean folders = false;
    List<Path> records = new ArrayList<>();
    List<BadInputException> emptyFolders = new ArrayList<>();
    for (Path file : files) {
      if (!RecordFiles.isStandardInput(file) && Files.isDirectory(file)) {
        folders = true;
        List<Path> found = recordFiles(file);
        if (found.isEmpty()) {
          emptyFolders.add(
              new BadInputException(
                  file + ": is a folder without record files (*.json" + exclusions() + ")"));
        }
        records.addAll(found);
      } else {
        records.add(file);
      }
    }
    for (BadInputException e : emptyFolders) {
      Terminal.println(err, "mispa: " + e.getMessage());
      err.flush();
      code = Mispa.EXIT_BAD_INPUT;
    }
    boolean summarize = folders || records.size() > 1;
    Summary summary = new Summary();
    ObjectNode document = TERMINAL_SAFE_JSON.createObjectNode();
    document.put("ruleSet", rules.name());
    ArrayNode results = document.putArray("records");
    Progress bar =
        Progress.of(
            (progress == null ? Mispa.onATerminal(spec) : progress) && records.size() > 1,
            out,
            records.size());
    boolean first = true;
    ExecutorService pool = Executors.newFixedThreadPool(threads, ValidateCommand::daemon);
    try {
      Deque<Future<Checked>> window = new ArrayDeque<>();
      Iterator<Path> next = records.iterator();
      InputStream standardInput = Mispa.standardInput(spec);
      while (!window.isEmpty() || next.hasNext()) {
        // A few records ahead of the one printed, so that every core has work but memory holds
        // only what is printed next, however many records there are.
        while (window.size() < 4 * threads && next.hasNext()) {
          Path file = next.next();
          window.add(pool.submit(() -> check(file, standardInput)));
        }
        Checked checked = await(requireNonNull(window.poll()));
        summary.add(checked);
        if (checked.error() != null) {
          bar.clear();
          out.flush();
          Terminal.println(err, "mispa: " + checked.error().getMessage());
          err.flush();
          results.add(error(TERMINAL_SAFE_JSON, checked.file(), checked.error()));
          code = Mispa.EXIT_BAD_INPUT;
        } else {
          if (!checked.clean() && code == Mispa.EXIT_OK) {
            code = Mispa.EXIT_FINDINGS;
          }
          if (format == Format.json) {
            results.add(requireNonNull(checked.json()));
          } else if (!quiet || !checked.clean()) {
            bar.clear();
            if (!first) {
              out.println();
            }
            out.print(checked.text());
            first = false;
          }
        }
        bar.advance();
      }
    } finally {
      pool.shutdownNow();
    }
    bar.clear();
    if (format == Format.json) {
      if (summarize) {
        document.set("summary", summary.json(TERMINAL_SAFE_JSON));
      }
      out.println(TERMINAL_SAFE_JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    } else if (summarize) {
      if (!first) {
        out.println();
      }
      summary.print(out, rules.name());
    }
    return code;
  }

  /** Reads and checks one record, on a thread of the pool: what to print, and what it found. */
  private Checked check(Path file, InputStream standardInput) {
    Verdict verdict;
    try {
      verdict = rules.check(RecordFiles.read(file, standardInput));
    } catch (BadInputException e) {
      return new Checked(file, "", null, e, false, Map.of());
    }
    Map<String, int[]> byRule = new TreeMap<>();
    for (Finding f : verdict.findings()) {
      byRule.computeIfAbsent(f.ruleId(), id -> new int[3])[f.kind().ordinal()]++;
    }
    if (format == Format.json) {
      return new Checked(
          file, "", json(TERMINAL_SAFE_JSON, file, verdict), null, verdict.isClean(), byRule);
    }
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    printText(writer, file, verdict);
    writer.flush();
    return new Checked(file, text.toString(), null, null, verdict.isClean(), byRule);
  }

  /** What checking one record gave: its text or JSON, or why it could not be read. */
  private record Checked(
      Path file,
      String text,
      @Nullable ObjectNode json,
      @Nullable BadInputException error,
      boolean clean,
      Map<String, int[]> byRule) {}

  private static Checked await(Future<Checked> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking records", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Thread daemon(Runnable work) {
    Thread thread = new Thread(work, "mispa-validate");
    thread.setDaemon(true);
    return thread;
  }

  /** The regular *.json files in {@code folder} and below, not excluded, in order of path. */
  private List<Path> recordFiles(Path folder) {
    List<PathMatcher> skip = new ArrayList<>();
    for (String glob : excluded) {
      skip.add(folder.getFileSystem().getPathMatcher("glob:" + glob));
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> skip.stream().noneMatch(m -> m.matches(p.getFileName())))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(
          folder + ": cannot be read: " + RecordFiles.oneLine(String.valueOf(e.getMessage())));
    }
  }

  private String exclusions() {
    return excluded.isEmpty() ? "" : ", but " + String.join(", ", excluded);
  }

  /** The counts over every record checked: clean, with findings, unreadable; findings by rule. */
  private static final class Summary {
    private int records;
    private int clean;
    private int withFindings;
    private int unreadable;
    private final Map<String, int[]> byRule = new TreeMap<>();

    void add(Checked checked) {
      records++;
      if (checked.error() != null) {
        unreadable++;
      } else if (checked.clean()) {
        clean++;
      } else {
        withFindings++;
      }
      for (Map.Entry<String, int[]> rule : checked.byRule().entrySet()) {
        // Void, irregular and undetermined findings, and the records with any.
        int[] counts = byRule.computeIfAbsent(rule.getKey(), id -> new int[4]);
        for (int kind = 0; kind < 3; kind++) {
          counts[kind] += rule.getValue()[kind];
        }
        counts[3]++;
      }
    }

    void print(PrintWriter out, String ruleSet) {
      Terminal.println(
          out,
          "Summary: "
              + count(records, "record", "records")
              + " under "
              + ruleSet
              + ": "
              + clean
              + " clean, "
              + withFindings
              + " with findings, "
              + unreadable
              + " unreadable");
      if (byRule.isEmpty()) {
        return;
      }
      Terminal.println(out, "Findings by rule:");
      for (Map.Entry<String, int[]> rule : byRule.entrySet()) {
        int[] counts = rule.getValue();
        List<String> kinds = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
          if (counts[kind.ordinal()] > 0) {
            kinds.add(counts[kind.ordinal()] + " " + kindName(kind));
          }
        }
        Terminal.println(
            out,
            "  "
                + rule.getKey()
                + ": "
                + String.join(", ", kinds)
                + ", in "
                + count(counts[3], "record", "records"));
      }
    }

    ObjectNode json(JsonMapper mapper) {
      ObjectNode summary = mapper.createObjectNode();
      summary.put("records", records);
      summary.put("clean", clean);
      summary.put("withFindings", withFindings);
      summary.put("unreadable", unreadable);
      ObjectNode rules = summary.putObject("byRule");
      for (Map.Entry<String, int[]> rule : byRule.entrySet()) {
        ObjectNode counts = rules.putObject(rule.getKey());
        for (FindingKind kind : FindingKind.values()) {
          counts.put(kindName(kind), rule.getValue()[kind.ordinal()]);
        }
        counts.put("records", rule.getValue()[3]);
      }
      return summary;
    }
  }

  private static void printText(PrintWriter out, Path file, Verdict verdict) {
    String ruleSet = verdict.ruleSet().name();
    int voids = verdict.findings(FindingKind.VOID).size();
    int irregular = verdict.findings(FindingKind.IRREGULAR).size();
    if (verdict.isStrictlyClean()) {
      Terminal.println(out, RecordFiles.name(file) + ": clean under " + ruleSet + ": no findings");
    } else if (verdict.isClean()) {
      Terminal.println(
          out,
          RecordFiles.name(file)
              + ": clean under "
              + ruleSet
              + ": no findings (void or irregular)");
    } else {
      Terminal.println(
          out,
          RecordFiles.name(file)
              + ": NOT clean under "
              + ruleSet
              + ": "
              + count(voids, "void finding", "void findings")
              + ", "
              + count(irregular, "irregular finding", "irregular findings"));
      // Findings that say the same thing share a line, with their acts (ten at most named).
      List<Finding> breaches =
          verdict.findings().stream().filter(f -> f.kind() != FindingKind.UNDETERMINED).toList();
      for (FindingGroup group : FindingGroup.of(breaches)) {
        Terminal.println(out, "  " + group);
      }
    }
    Map<String, Collection<Finding>> undetermined = verdict.undeterminedByRule().asMap();
    if (!undetermined.isEmpty()) {
      Terminal.println(
          out,
          count(
                  verdict.findings(FindingKind.UNDETERMINED).size(),
                  "undetermined finding",
                  "undetermined findings")
              + " (the record lacks what the rule needs), by rule:");
      for (Map.Entry<String, Collection<Finding>> rule : undetermined.entrySet()) {
        Finding some = rule.getValue().iterator().next();
        // Acts with the same message share a line: "2.a#2, 2.b#1: no attendance for session 2".
        List<FindingGroup> groups = FindingGroup.of(rule.getValue());
        Terminal.println(
            out,
            "  "
                + rule.getKey()
                + " ("
                + some.citation()
                + "), "
                + FindingGroup.actsIn(groups)
                + ":");
        for (FindingGroup group : groups) {
          Terminal.println(
              out, "    " + group.locations(FindingGroup.LOCATIONS_SHOWN) + ": " + group.message());
        }
      }
    }
  }

  private static ObjectNode json(JsonMapper mapper, Path file, Verdict verdict) {
    ObjectNode result = mapper.createObjectNode();
    result.put("file", file.toString());
    result.put("meeting", verdict.record().meeting().name());
    result.put("clean", verdict.isClean());
    ObjectNode counts = result.putObject("counts");
    for (FindingKind kind : FindingKind.values()) {
      counts.put(kindName(kind), verdict.findings(kind).size());
    }
    ArrayNode findings = result.putArray("findings");
    for (Finding f : verdict.findings()) {
      ObjectNode finding = findings.addObject();
      finding.put("rule", f.ruleId());
      finding.put("kind", kindName(f.kind()));
      finding.put("location", f.location().toString());
      finding.put("path", f.path());
      finding.put("citation", f.citation());
      finding.put("message", f.message());
    }
    return result;
  }

  private static ObjectNode error(JsonMapper mapper, Path file, BadInputException e) {
    ObjectNode result = mapper.createObjectNode();
    result.put("file", file.toString());
    ObjectNode error = result.putObject("error");
    MispaJsonException reading = e.readingError().orElse(null);
    if (reading == null) {
      error.put("kind", "UNREADABLE_FILE");
    } else {
      error.put("kind", reading.kind().name());
      error.put("pointer", reading.pointer());
    }
    error.put("message", e.getMessage());
    return result;
  }

  /** The escapes of {@link #TERMINAL_SAFE_JSON}. */
  private static final class TerminalEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = ascii();

    private static int[] ascii() {
      int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
      return escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int c) {
      if (!Escapes.isUnsafe((char) c) && !Character.isSurrogate((char) c)) {
        return null;
      }
      StringBuilder escape = new StringBuilder(6);
      Escapes.escape((char) c, escape);
      return new SerializedString(escape.toString());
    }
  }

  static String kindName(FindingKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
