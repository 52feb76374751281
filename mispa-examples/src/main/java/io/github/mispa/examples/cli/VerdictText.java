package io.github.mispa.examples.cli;

import io.github.mispa.report.FindingGroup;
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
   * Prints the verdict on the record of {@code file}: whether it is clean, its void and irregular
   * findings, and its undetermined findings by rule.
   */
  static void print(PrintWriter out, Path file, Verdict verdict) {
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
              + Texts.count(voids, "void finding", "void findings")
              + ", "
              + Texts.count(irregular, "irregular finding", "irregular findings"));
      // Findings that say the same thing share a line, with their acts (ten at most named).
      List<Finding> breaches =
          verdict.findings().stream().filter(f -> f.kind() != FindingKind.UNDETERMINED).toList();
      for (FindingGroup group : FindingGroup.of(breaches)) {
        Terminal.println(out, "  " + group);
      }
    }
    Map<String, Collection<Finding>> undetermined = verdict.undeterminedByRule().asMap();
    if (undetermined.isEmpty()) {
      return;
    }
    Terminal.println(
        out,
        Texts.count(
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
