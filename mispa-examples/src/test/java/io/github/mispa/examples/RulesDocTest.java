package io.github.mispa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.rules.Rule;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is what the rule classes say. */
class RulesDocTest {
  private static final Path PAGE = Path.of("..", "docs", "rules.md");

  @Test
  void theCheckedInPageIsWhatTheRuleClassesSay() throws IOException {
    assertThat(PAGE).as("docs/rules.md is missing: write it with %s", RulesDoc.COMMAND).exists();
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: rewrite it with %s", RulesDoc.COMMAND)
        .isEqualTo(RulesDoc.page());
  }

  @Test
  void everyRuleOfTheCatalogueHasAnEffectAndNoOtherRuleDoes() {
    assertThat(RulesDoc.EFFECTS.keySet())
        .containsExactlyElementsOf(RuleSets.catalogue().stream().map(Rule::id).toList());
  }

  @Test
  void aRuleIsListedWithItsDescriptionEffectCitationAndActs() {
    assertThat(RulesDoc.page())
        .contains(
            "| `election.seconder-distinct` | A seconding delegation differs from the proposing"
                + " one; seconding is required where the rule set says so. | void (the seconding;"
                + " the decision where seconding is required) | practice | decision, seconding |\n")
        .contains("| `decision.quorum` |")
        .contains("| `outcome.before-closing` |");
  }

  @Test
  void theRuleSetsAreComparedParameterByParameter() {
    assertThat(RulesDoc.page())
        .contains(
            "| parameter | what it is | `mispa` | `oas-general-assembly` | `oas-permanent-council`"
                + " |\n")
        .contains(
            "| `provisionalPresidency` | who presides until the chair is elected | previous chair"
                + " | designated by host | chair by rotation |\n")
        .contains(
            "| `majority(AGENDA)` | what a vote on the agenda needs where the record states no"
                + " majority | two-thirds of the member states (OAS Charter; GA Rules) | two-thirds"
                + " of the member states (OAS Charter; GA Rules) | a majority of the member states"
                + " (practice: ")
        .contains(
            "| `base` | the standings of the member states counted in the base of a majority and"
                + " of the quorum | member, denunciation pending, disputed |")
        .contains("| `viceChairs` | how many vice chairs a meeting may elect | 2 | 2 | 1 |\n");
  }
}
