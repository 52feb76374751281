package io.github.mispa.examples.cli;

import static java.util.Objects.requireNonNull;

import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
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

  @Mixin private LanguageOption lang = new LanguageOption();

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
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, but was " + threads);
    }
    if (files.stream().filter(RecordFiles::isStandardInput).count() > 1) {
      throw new BadInputException("standard input ('-') can be read only once");
    }
    Output output = new Output(out, err);
    boolean folders = false;
    List<RecordFolders.Entry> entries = new ArrayList<>();
    for (Path file : files) {
      if (RecordFiles.isStandardInput(file) || !Files.isDirectory(file)) {
        entries.add(new RecordFolders.Entry(file, null));
        continue;
      }
      folders = true;
      List<RecordFolders.Entry> found = RecordFolders.walk(file, excluded);
      if (found.isEmpty()) {
        output.problem(
            file
                + ": is a folder without record files (*.json"
                + (excluded.isEmpty() ? "" : ", but " + String.join(", ", excluded))
                + ")");
      }
      entries.addAll(found);
    }
    boolean show = progress == null ? Mispa.onATerminal(spec) : progress;
    output.bar =
        Progress.of(show && entries.size() > 1, out, entries.size(), ToolText.in(lang.language()));
    InputStream standardInput = Mispa.standardInput(spec);
    InOrder.map(entries, threads, entry -> check(entry, standardInput), output::print);
    output.end(folders || entries.size() > 1);
    return output.code;
  }

  /** Reads and checks one record, on a thread of the pool: what to print, and what it found. */
  private Checked check(RecordFolders.Entry entry, InputStream standardInput) {
    Path file = entry.file();
    if (entry.problem() != null) {
      return new Checked(file, "", null, entry.problem(), false, Map.of());
    }
    Verdict verdict;
    try {
      verdict = rules.check(RecordFiles.read(file, standardInput));
    } catch (BadInputException e) {
      return new Checked(file, "", null, e, false, Map.of());
    }
    Map<String, Map<FindingKind, Integer>> byRule = Summary.byRule(verdict.findings());
    if (format == Format.json) {
      return new Checked(
          file,
          "",
          VerdictJson.of(file, verdict, lang.language()),
          null,
          verdict.isClean(),
          byRule);
    }
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    VerdictText.print(writer, file, verdict, lang.language());
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
      Map<String, Map<FindingKind, Integer>> byRule) {}

  /**
   * What the command prints, record after record in their order, and the exit code so far: errors
   * on standard error, verdicts (or the JSON document, at the end) and the summary on standard
   * output, where the progress bar is.
   */
  private final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Summary summary = new Summary();
    private final ObjectNode document = VerdictJson.TERMINAL_SAFE.createObjectNode();
    private final ArrayNode results;
    private Progress bar = Progress.none();
    private boolean first = true;
    private int code = Mispa.EXIT_OK;

    Output(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
      document.put("ruleSet", rules.name());
      document.put("language", lang.language().code());
      results = document.putArray("records");
    }

    /** Prints a problem that is no record's, such as a folder without record files. */
    void problem(String message) {
      Terminal.println(err, "mispa: " + message);
      err.flush();
      code = Mispa.EXIT_BAD_INPUT;
    }

    void print(Checked checked) {
      BadInputException error = checked.error();
      if (error != null) {
        summary.addUnreadable();
        bar.clear();
        out.flush();
        problem(requireNonNull(error.getMessage()));
        results.add(VerdictJson.error(checked.file(), error));
      } else {
        summary.add(checked.clean(), checked.byRule());
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

    /** Ends the output: the JSON document, or the summary if {@code summarize}. */
    void end(boolean summarize) {
      bar.clear();
      if (format == Format.json) {
        if (summarize) {
          document.set("summary", summary.json(VerdictJson.TERMINAL_SAFE));
        }
        out.println(
            VerdictJson.TERMINAL_SAFE
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(document));
      } else if (summarize) {
        if (!first) {
          out.println();
        }
        summary.print(out, rules.name(), ToolText.in(lang.language()));
      }
    }
  }
}
