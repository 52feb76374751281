package io.github.mispa.examples.cli;

import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.report.FindingGroup;
import io.github.mispa.report.FindingText;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A verdict as {@code validate} prints it for a person: clean or not, and the findings. */
final class VerdictText {
  private VerdictText() {}

  /**
   * Prints the verdict on the record of {@code file} in {@code language}: whether it is clean, its
   * void and irregular findings, and its undetermined findings by rule.
   */
  static void print(PrintWriter out, Path file, Verdict verdict, OfficialLanguage language) {
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
}
