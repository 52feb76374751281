package io.github.mispa.examples.cli;

import io.github.mispa.json.MispaJsonException;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code mispa validate FILE...}: checks records and prints their findings. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Reads each record, checks it under a rule set and prints its findings: location, kind (void,"
          + " irregular or undetermined), rule, citation and message.",
      "A record is clean when it has no void and no irregular finding. Undetermined findings (the"
          + " record lacks what a rule needs) do not make it unclean; they are listed by rule."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record is clean",
      "1:a record has void or irregular findings",
      "2:a file cannot be read or is not a record (its JSON Pointer is printed)"
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
      description = "Records in the wire format: regular files, or - for standard input.")
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonMapper mapper = JsonMapper.shared();
    ObjectNode document = mapper.createObjectNode();
    document.put("ruleSet", rules.name());
    ArrayNode results = document.putArray("records");
    if (files.stream().filter(RecordFiles::isStandardInput).count() > 1) {
      throw new BadInputException("standard input ('-') can be read only once");
    }
    int code = Mispa.EXIT_OK;
    boolean first = true;
    for (Path file : files) {
      Verdict verdict;
      try {
        MeetingRecord record = RecordFiles.read(file, Mispa.standardInput(spec));
        verdict = rules.check(record);
      } catch (BadInputException e) {
        out.flush();
        err.println("mispa: " + e.getMessage());
        err.flush();
        results.add(error(mapper, file, e));
        code = Mispa.EXIT_BAD_INPUT;
        continue;
      }
      if (!verdict.isClean() && code == Mispa.EXIT_OK) {
        code = Mispa.EXIT_FINDINGS;
      }
      if (format == Format.json) {
        results.add(json(mapper, file, verdict));
      } else {
        if (!first) {
          out.println();
        }
        printText(out, file, verdict);
        first = false;
      }
    }
    if (format == Format.json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }
    return code;
  }

  private static void printText(PrintWriter out, Path file, Verdict verdict) {
    String ruleSet = verdict.ruleSet().name();
    int voids = verdict.findings(FindingKind.VOID).size();
    int irregular = verdict.findings(FindingKind.IRREGULAR).size();
    if (verdict.isStrictlyClean()) {
      out.println(RecordFiles.name(file) + ": clean under " + ruleSet + ": no findings");
    } else if (verdict.isClean()) {
      out.println(
          RecordFiles.name(file)
              + ": clean under "
              + ruleSet
              + ": no findings (void or irregular)");
    } else {
      out.println(
          RecordFiles.name(file)
              + ": NOT clean under "
              + ruleSet
              + ": "
              + count(voids, "void finding", "void findings")
              + ", "
              + count(irregular, "irregular finding", "irregular findings"));
      for (Finding finding : verdict.findings()) {
        if (finding.kind() != FindingKind.UNDETERMINED) {
          out.println("  " + finding);
        }
      }
    }
    Map<String, Collection<Finding>> undetermined = verdict.undeterminedByRule().asMap();
    if (!undetermined.isEmpty()) {
      out.println(
          count(
                  verdict.findings(FindingKind.UNDETERMINED).size(),
                  "undetermined finding",
                  "undetermined findings")
              + " (the record lacks what the rule needs), by rule:");
      for (Map.Entry<String, Collection<Finding>> rule : undetermined.entrySet()) {
        Finding some = rule.getValue().iterator().next();
        out.println(
            "  "
                + rule.getKey()
                + " ("
                + some.citation()
                + "), "
                + count(rule.getValue().size(), "act", "acts")
                + ":");
        // Acts with the same message share a line: "2.a#2, 2.b#1: no attendance for session 2".
        Map<String, List<ActLocation>> byMessage = new LinkedHashMap<>();
        for (Finding f : rule.getValue()) {
          byMessage.computeIfAbsent(f.message(), m -> new ArrayList<>()).add(f.location());
        }
        for (Map.Entry<String, List<ActLocation>> message : byMessage.entrySet()) {
          out.println(
              "    "
                  + String.join(
                      ", ", message.getValue().stream().map(ActLocation::toString).toList())
                  + ": "
                  + message.getKey());
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

  static String kindName(FindingKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
