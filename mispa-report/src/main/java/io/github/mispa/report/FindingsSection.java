package io.github.mispa.report;

import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.rules.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last section of a report on request: the findings of the check, in the report's language.
 * Findings that say the same thing are one item, with their acts ({@link FindingGroup}); the
 * undetermined ones are listed by rule, for lack of information in the record. Rule ids and
 * citations are never translated.
 */
final class FindingsSection {
  private final Verdict verdict;
  private final Grammar grammar;

  FindingsSection(Verdict verdict, OfficialLanguage language) {
    this.verdict = verdict;
    this.grammar = new Grammar(language);
  }

  /** Appends the findings of the check. */
  void append(StringBuilder out) {
    FindingText texts = FindingText.in(grammar.language());
    out.append("## ")
        .append(
            grammar.format(
                "heading.findings",
                "ruleSet",
                grammar.quoted(Markdown.text(verdict.ruleSet().name()))))
        .append("\n\n");
    List<io.github.mispa.rules.Finding> breaches =
        verdict.findings().stream()
            .filter(f -> f.kind() != io.github.mispa.rules.FindingKind.UNDETERMINED)
            .toList();
    if (breaches.isEmpty()) {
      out.append(grammar.format("findings.clean")).append("\n\n");
    } else {
      for (FindingGroup group : FindingGroup.of(breaches)) {
        out.append("- ")
            .append(group.locations(FindingGroup.LOCATIONS_SHOWN))
            .append(", ")
            .append(kind(group.kind()))
            .append(", `")
            .append(group.ruleId())
            .append("` (")
            .append(group.citation())
            .append(
                group.size() == 1
                    ? "): "
                    : "), " + grammar.format("findings.count", "count", group.size()) + ": ")
            .append(message(texts, group.first()))
            .append('\n');
      }
      out.append('\n');
    }
    Map<String, java.util.Collection<io.github.mispa.rules.Finding>> undetermined =
        verdict.undeterminedByRule().asMap();
    if (!undetermined.isEmpty()) {
      out.append(grammar.format("findings.undetermined")).append("\n\n");
      for (Map.Entry<String, java.util.Collection<io.github.mispa.rules.Finding>> rule :
          undetermined.entrySet()) {
        io.github.mispa.rules.Finding first = rule.getValue().iterator().next();
        List<FindingGroup> groups = FindingGroup.of(rule.getValue());
        out.append("- `")
            .append(rule.getKey())
            .append("` (")
            .append(first.citation())
            .append("), ")
            .append(actsIn(groups))
            .append(":\n");
        for (FindingGroup group : groups) {
          out.append("  - ")
              .append(group.locations(FindingGroup.LOCATIONS_SHOWN))
              .append(": ")
              .append(message(texts, group.first()))
              .append('\n');
        }
      }
      out.append('\n');
    }
  }

  /** The message as Markdown: in English and set apart where it has no words in this language. */
  private String message(FindingText texts, io.github.mispa.rules.Finding finding) {
    String markdown = Markdown.text(texts.message(finding, verdict.record()));
    return texts.translates(finding) ? markdown : Grammar.foreign(markdown);
  }

  /** "en 10 actos", "en 2 actos (5 constataciones)", as {@link FindingGroup#actsIn} in English. */
  private String actsIn(List<FindingGroup> groups) {
    java.util.Set<io.github.mispa.procedure.ActLocation> acts = new java.util.HashSet<>();
    int count = 0;
    for (FindingGroup group : groups) {
      acts.addAll(group.locations());
      count += group.size();
    }
    return grammar.format(
        "findings.acts",
        "acts",
        acts.size(),
        "findings",
        count,
        "more",
        count == acts.size() ? "no" : "yes");
  }

  /** The kind of a finding in this language: "nulo", "irregular". */
  String kind(io.github.mispa.rules.FindingKind kind) {
    return grammar.format("finding.kind", "kind", kind.name().toLowerCase(Locale.ROOT));
  }
}
