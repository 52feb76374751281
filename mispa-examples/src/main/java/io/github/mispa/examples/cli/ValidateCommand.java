package io.github.mispa.examples.cli;

import io.github.mispa.internal.Escapes;
import io.github.mispa.json.MispaJsonException;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.report.FindingGroup;
import io.github.mispa.report.FindingText;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin private LanguageOption lang = new LanguageOption();

  @Override
  public Integer call() {
    OfficialLanguage language = lang.language();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonMapper mapper = TERMINAL_SAFE_JSON;
    ObjectNode document = mapper.createObjectNode();
    document.put("ruleSet", rules.name());
    document.put("language", language.code());
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
        Terminal.println(err, "mispa: " + e.getMessage());
        err.flush();
        results.add(error(mapper, file, e));
        code = Mispa.EXIT_BAD_INPUT;
        continue;
      }
      if (!verdict.isClean() && code == Mispa.EXIT_OK) {
        code = Mispa.EXIT_FINDINGS;
      }
      if (format == Format.json) {
        results.add(json(mapper, file, verdict, language));
      } else {
        if (!first) {
          out.println();
        }
        printText(out, file, verdict, language);
        first = false;
      }
    }
    if (format == Format.json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }
    return code;
  }

  private static void printText(
      PrintWriter out, Path file, Verdict verdict, OfficialLanguage language) {
    ToolText tool = ToolText.in(language);
    FindingText text = FindingText.in(language);
    String ruleSet = verdict.ruleSet().name();
    String name = RecordFiles.name(file);
    int voids = verdict.findings(FindingKind.VOID).size();
    int irregular = verdict.findings(FindingKind.IRREGULAR).size();
    if (verdict.isStrictlyClean()) {
      Terminal.println(out, tool.format("validate.clean", "file", name, "ruleSet", ruleSet));
    } else if (verdict.isClean()) {
      Terminal.println(
          out, tool.format("validate.cleanOfBreaches", "file", name, "ruleSet", ruleSet));
    } else {
      Terminal.println(
          out,
          tool.format(
              "validate.notClean",
              "file",
              name,
              "ruleSet",
              ruleSet,
              "voids",
              voids,
              "irregular",
              irregular));
      // Findings that say the same thing share a line, with their acts (ten at most named).
      List<Finding> breaches =
          verdict.findings().stream().filter(f -> f.kind() != FindingKind.UNDETERMINED).toList();
      for (FindingGroup group : FindingGroup.of(breaches)) {
        Terminal.println(
            out,
            "  "
                + group.locations(FindingGroup.LOCATIONS_SHOWN)
                + " "
                + text.kind(group.kind())
                + " "
                + group.ruleId()
                + " ("
                + group.citation()
                + ")"
                + (group.size() == 1
                    ? ""
                    : ", " + tool.format("validate.findings", "count", group.size()))
                + ": "
                + text.marked(group.first(), verdict.record()));
      }
    }
    Map<String, Collection<Finding>> undetermined = verdict.undeterminedByRule().asMap();
    if (!undetermined.isEmpty()) {
      Terminal.println(
          out,
          tool.format(
              "validate.undetermined", "count", verdict.findings(FindingKind.UNDETERMINED).size()));
      for (Map.Entry<String, Collection<Finding>> rule : undetermined.entrySet()) {
        Finding some = rule.getValue().iterator().next();
        // Acts with the same message share a line: "2.a#2, 2.b#1: no attendance for session 2".
        List<FindingGroup> groups = FindingGroup.of(rule.getValue());
        Terminal.println(
            out,
            "  " + rule.getKey() + " (" + some.citation() + "), " + actsIn(tool, groups) + ":");
        for (FindingGroup group : groups) {
          Terminal.println(
              out,
              "    "
                  + group.locations(FindingGroup.LOCATIONS_SHOWN)
                  + ": "
                  + text.marked(group.first(), verdict.record()));
        }
      }
    }
  }

  /** "10 acts", "2 acts (5 findings)", in the tool's language. */
  private static String actsIn(ToolText tool, List<FindingGroup> groups) {
    java.util.Set<io.github.mispa.procedure.ActLocation> acts = new java.util.HashSet<>();
    int findings = 0;
    for (FindingGroup group : groups) {
      acts.addAll(group.locations());
      findings += group.size();
    }
    return tool.format(
        "validate.acts",
        "acts",
        acts.size(),
        "findings",
        findings,
        "more",
        findings == acts.size() ? "no" : "yes");
  }

  private static ObjectNode json(
      JsonMapper mapper, Path file, Verdict verdict, OfficialLanguage language) {
    FindingText text = FindingText.in(language);
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
      // The message in the requested language where the rule gives it as data, else English.
      finding.put("localizedMessage", text.message(f, verdict.record()));
      finding.put("localized", text.translates(f));
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
}
