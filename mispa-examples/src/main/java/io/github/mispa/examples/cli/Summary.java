package io.github.mispa.examples.cli;

import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code validate} found over every record it checked: how many are clean, have findings or
 * cannot be read, and for each rule its findings of each kind and the records that have any.
 */
final class Summary {
  private int records;
  private int clean;
  private int withFindings;
  private int unreadable;
  private final Map<String, RuleCounts> byRule = new TreeMap<>();

  /** The findings of one rule: how many of each kind, and in how many records. */
  private static final class RuleCounts {
    private final EnumMap<FindingKind, Integer> byKind = new EnumMap<>(FindingKind.class);
    private int records;

    int of(FindingKind kind) {
      return byKind.getOrDefault(kind, 0);
    }
  }

  /**
   * {@return the findings of one record by rule, how many of each kind} Worked out where the record
   * is checked, so that its findings need not be kept until it is counted.
   */
  static Map<String, Map<FindingKind, Integer>> byRule(List<Finding> findings) {
    Map<String, Map<FindingKind, Integer>> counts = new TreeMap<>();
    for (Finding f : findings) {
      counts
          .computeIfAbsent(f.ruleId(), id -> new EnumMap<>(FindingKind.class))
          .merge(f.kind(), 1, Integer::sum);
    }
    return counts;
  }

  /** Counts a record that could not be read. */
  void addUnreadable() {
    records++;
    unreadable++;
  }

  /** Counts a record read and checked: clean or not, and its findings by rule. */
  void add(boolean isClean, Map<String, Map<FindingKind, Integer>> findingsByRule) {
    records++;
    if (isClean) {
      clean++;
    } else {
      withFindings++;
    }
    for (Map.Entry<String, Map<FindingKind, Integer>> rule : findingsByRule.entrySet()) {
      RuleCounts counts = byRule.computeIfAbsent(rule.getKey(), id -> new RuleCounts());
      rule.getValue().forEach((kind, n) -> counts.byKind.merge(kind, n, Integer::sum));
      counts.records++;
    }
  }

  /**
   * Prints the summary in the tool's language: {@code Summary: 3 records under mispa: 1 clean, 1
   * with findings, 1 unreadable}, then a line for each rule that found something. Rule ids are
   * never translated.
   */
  void print(PrintWriter out, String ruleSet, ToolText tool) {
    Terminal.println(
        out,
        tool.format(
            "summary.records",
            "records",
            records,
            "ruleSet",
            ruleSet,
            "clean",
            clean,
            "withFindings",
            withFindings,
            "unreadable",
            unreadable));
    if (byRule.isEmpty()) {
      return;
    }
    Terminal.println(out, tool.format("summary.byRule"));
    for (Map.Entry<String, RuleCounts> rule : byRule.entrySet()) {
      RuleCounts counts = rule.getValue();
      List<String> kinds = new ArrayList<>();
      for (FindingKind kind : FindingKind.values()) {
        if (counts.of(kind) > 0) {
          kinds.add(
              tool.format("summary.kind", "kind", Texts.kindName(kind), "count", counts.of(kind)));
        }
      }
      Terminal.println(
          out,
          "  "
              + tool.format(
                  "summary.rule",
                  "rule",
                  rule.getKey(),
                  "kinds",
                  String.join(", ", kinds),
                  "records",
                  counts.records));
    }
  }

  /** {@return the summary as JSON: the counts, and for each rule its counts by kind and records} */
  ObjectNode json(JsonMapper mapper) {
    ObjectNode summary = mapper.createObjectNode();
    summary.put("records", records);
    summary.put("clean", clean);
    summary.put("withFindings", withFindings);
    summary.put("unreadable", unreadable);
    ObjectNode rules = summary.putObject("byRule");
    for (Map.Entry<String, RuleCounts> rule : byRule.entrySet()) {
      ObjectNode counts = rules.putObject(rule.getKey());
      for (FindingKind kind : FindingKind.values()) {
        counts.put(Texts.kindName(kind), rule.getValue().of(kind));
      }
      counts.put("records", rule.getValue().records);
    }
    return summary;
  }
}
