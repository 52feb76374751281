package io.github.mispa.examples;

import com.google.common.collect.ImmutableMap;
import io.github.mispa.model.Standing;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.rules.Matter;
import io.github.mispa.rules.Rule;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/rules.md}, the catalogue of rules and the parameters of the standard rule
 * sets, from the rules themselves: each rule's id, description, citation and the kinds of act it
 * looks at come from its class, through the public {@link Rule} API, and each rule set's parameters
 * from {@link RuleSet}. Only the effect of a breach, which no public method states, is written
 * here, and a rule without one stops the generator. {@code RulesDocTest} fails when the checked-in
 * page differs from what this writes.
 *
 * <pre>{@code
 * ./mvnw -q -pl mispa-examples -am test-compile exec:java@rules-doc
 * }</pre>
 */
public final class RulesDoc {
  /** The command that rewrites the page, as the page and the test name it. */
  public static final String COMMAND =
      "./mvnw -q -pl mispa-examples -am test-compile exec:java@rules-doc";

  /**
   * What a breach of each rule does to the act, as the rule classes' Javadoc says: void (the act
   * has no effect), irregular (it stands, but the procedure was breached), undetermined (the record
   * lacks what the rule needs).
   */
  static final ImmutableMap<String, String> EFFECTS =
      ImmutableMap.<String, String>builder()
          .put("participation.accredited", "void")
          .put("participation.member-decides", "void")
          .put("vote.one-per-state", "void (the extra vote)")
          .put(
              "presiding.provisional", "void; undetermined if the record does not say who presides")
          .put("presiding.declares", "void")
          .put("election.chair-first", "irregular")
          .put("election.before-agenda", "irregular")
          .put("election.nominated", "void")
          .put(
              "election.seconder-distinct",
              "void (the seconding; the decision where seconding is required)")
          .put("election.acclamation-unopposed", "void")
          .put("election.office-capacity", "void (the surplus election)")
          .put("election.one-office", "irregular")
          .put("report.by-rapporteur", "irregular")
          .put("agenda.adopted-first", "irregular; undetermined without an agenda document")
          .put("agenda.threshold", "void")
          .put("proposal.distributed", "irregular, or undetermined without times and languages")
          .put("amendment.partial", "void")
          .put("amendment.target-pending", "void")
          .put("proposal.withdrawal", "void")
          .put("decision.reconsideration", "void")
          .put("point-of-order.ruling", "irregular")
          .put("document.adopted-once", "void")
          .put("decision.quorum", "void, or undetermined without attendance")
          .put("decision.unopposed", "void")
          .put(
              "decision.threshold",
              "void (a declaration against the count); undetermined, once, where the outcome"
                  + " depends on the vote of a member whose representation is disputed")
          .put("vote.tally", "void (the offending vote or count)")
          .put("vote.announced-base", "irregular")
          .put("hosting.offer-by-member", "void")
          .put("hosting.accepted-by-decision", "void")
          .put("session.order", "irregular")
          .put("outcome.before-closing", "irregular")
          .buildOrThrow();

  /** A parameter of a rule set: its name in the API, what it means, and how to read its value. */
  private record Parameter(String name, String meaning, Function<RuleSet, Object> value) {}

  private static final List<Parameter> PARAMETERS =
      List.of(
          new Parameter(
              "viceChairs", "how many vice chairs a meeting may elect", RuleSet::viceChairs),
          new Parameter(
              "secondingRequired",
              "whether a nomination or proposal must be seconded before it is decided",
              r -> r.secondingRequired() ? "yes" : "no"),
          new Parameter(
              "provisionalPresidency",
              "who presides until the chair is elected",
              RuleSet::provisionalPresidency),
          new Parameter(
              "quorum",
              "how many member states must be present for the plenary to decide",
              RuleSet::quorum),
          majority(Matter.SUBSTANTIVE),
          majority(Matter.PROCEDURAL),
          majority(Matter.AGENDA),
          majority(Matter.RECONSIDERATION),
          majority(Matter.ELECTION),
          majority(Matter.SUSPENSION_OF_RULE),
          new Parameter(
              "base",
              "the standings of the member states counted in the base of a majority and of the"
                  + " quorum",
              r ->
                  Arrays.stream(Standing.values())
                      .filter(standing -> r.base().counts(standing))
                      .map(standing -> value(standing))
                      .collect(Collectors.joining(", "))),
          new Parameter(
              "distributionHours",
              "how many hours a written proposal waits after distribution",
              RuleSet::distributionHours),
          new Parameter(
              "disputedStanding",
              "how a member state of disputed standing is treated",
              RuleSet::disputedStanding));

  private RulesDoc() {}

  /** The parameter of the majority a vote on {@code matter} needs where the record states none. */
  private static Parameter majority(Matter matter) {
    return new Parameter(
        "majority(" + matter.name() + ")",
        "what a vote on " + matter.describe() + " needs where the record states no majority",
        r -> r.majority(matter).threshold().describe() + " (" + r.majority(matter).source() + ")");
  }

  /** {@return the page, in Markdown} */
  public static String page() {
    List<RuleSet> sets =
        List.of(RuleSets.mispa(), RuleSets.oasGeneralAssembly(), RuleSets.oasPermanentCouncil());
    StringBuilder page = new StringBuilder();
    page.append("# The rules\n\n")
        .append("<!-- Generated from the rule classes by io.github.mispa.examples.RulesDoc; do not")
        .append(" edit.\n     ")
        .append(COMMAND)
        .append(" -->\n\n")
        .append(
            """
            Every rule of the catalogue (`RuleSets.catalogue()`), in its order: the id, what the rule says
            (`Rule.description()`), what a breach does to the act, where the rule comes from
            (`Rule.citation()`) and the kinds of act it looks at (`Rule.appliesTo()`). Each rule is one class
            in `io.github.mispa.rules.catalogue`, named after its id: `election.seconder-distinct` is
            `ElectionSeconderDistinct`. A void act has no effect (the replay skips it, so its consequences
            show later); an irregular one stands, but the procedure was breached; an undetermined finding
            means the record lacks what the rule needs.

            """)
        .append("| id | rule | effect | citation | looks at |\n")
        .append("|---|---|---|---|---|\n");
    for (Rule rule : RuleSets.catalogue()) {
      String effect = EFFECTS.get(rule.id());
      if (effect == null) {
        throw new IllegalStateException(
            "RulesDoc states no effect for the rule " + rule.id() + ": add it to EFFECTS");
      }
      page.append("| `")
          .append(rule.id())
          .append("` | ")
          .append(cell(rule.description()))
          .append(" | ")
          .append(effect)
          .append(" | ")
          .append(cell(rule.citation()))
          .append(" | ")
          .append(actsLookedAt(rule))
          .append(" |\n");
    }
    page.append("\n## The standard rule sets\n\n")
        .append("All three have every rule of the catalogue (")
        .append(RuleSets.catalogue().size())
        .append(") and differ in their parameters, which a rule set of\nyour own changes through")
        .append(" `RuleSet.toBuilder()`.\n\n")
        .append("| parameter | what it is |");
    for (RuleSet set : sets) {
      if (!set.rules().equals(RuleSets.catalogue())) {
        throw new IllegalStateException(
            "the rule set " + set.name() + " no longer has the whole catalogue: say which rules");
      }
      page.append(" `").append(set.name()).append("` |");
    }
    page.append("\n|---|---|").append("---|".repeat(sets.size())).append('\n');
    for (Parameter parameter : PARAMETERS) {
      page.append("| `").append(parameter.name()).append("` | ").append(parameter.meaning());
      for (RuleSet set : sets) {
        page.append(" | ").append(value(parameter.value().apply(set)));
      }
      page.append(" |\n");
    }
    return page.toString();
  }

  /** The kinds of act a rule looks at, by their wire names; most of them, by those it does not. */
  private static String actsLookedAt(Rule rule) {
    Set<ActKind> others = EnumSet.allOf(ActKind.class);
    others.removeAll(rule.appliesTo());
    if (others.isEmpty()) {
      return "every act";
    }
    if (others.size() < rule.appliesTo().size()) {
      return "every act but " + names(others);
    }
    return names(rule.appliesTo());
  }

  private static String names(Set<ActKind> kinds) {
    return kinds.stream().map(ActKind::logicalName).sorted().collect(Collectors.joining(", "));
  }

  private static String value(Object value) {
    return value instanceof Enum<?> e
        ? e.name().toLowerCase(Locale.ROOT).replace('_', ' ')
        : String.valueOf(value);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /**
   * Writes the page.
   *
   * @param args the file to write: {@code docs/rules.md}
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: RulesDoc FILE (docs/rules.md)");
    }
    Files.writeString(Path.of(args[0]), page(), StandardCharsets.UTF_8);
  }
}
