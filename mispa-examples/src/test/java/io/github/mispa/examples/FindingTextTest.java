package io.github.mispa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.conformance.ConformanceCase;
import io.github.mispa.examples.conformance.ConformanceSuite;
import io.github.mispa.json.MispaJson;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.report.FindingText;
import io.github.mispa.rules.BaseRule;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The findings' words in four languages cannot drift from the rules' English: every finding of the
 * conformance suite and of MISPA V, checked under the three standard rule sets, and of the records
 * of {@link FindingCases}, which make the rules say what those leave unsaid, gives its message as
 * data; each is written in English from the bundle exactly as its rule wrote it, and in Spanish,
 * French and Portuguese as something else; and together they use every message of the bundles.
 */
class FindingTextTest {
  private static final Path SUITE = Path.of("..", "conformance");

  private record Checked(MeetingRecord record, Finding finding) {}

  private static List<Checked> catalogueFindings;

  private static synchronized List<Checked> findings() {
    if (catalogueFindings == null) {
      List<MeetingRecord> records = new ArrayList<>();
      records.add(MispaV.record());
      for (ConformanceCase c : ConformanceSuite.load(SUITE).cases()) {
        records.add(MispaJson.standard().read(c.record()));
      }
      List<Checked> all = new ArrayList<>();
      for (MeetingRecord record : records) {
        for (RuleSet rules :
            List.of(
                RuleSets.mispa(), RuleSets.oasGeneralAssembly(), RuleSets.oasPermanentCouncil())) {
          rules.check(record).findings().forEach(f -> all.add(new Checked(record, f)));
        }
      }
      for (FindingCases.Case c : FindingCases.all()) {
        c.rules().check(c.record()).findings().stream()
            // The house rules' own rule is not the catalogue's: see the test of the fallback.
            .filter(f -> !f.ruleId().startsWith("house."))
            .forEach(f -> all.add(new Checked(c.record(), f)));
      }
      catalogueFindings = all;
    }
    return catalogueFindings;
  }

  @Test
  void everyFindingOfEveryRuleOfTheCatalogueGivesItsMessageAsData() {
    List<Checked> all = findings();
    assertThat(all).hasSizeGreaterThan(4000);
    assertThat(all)
        .filteredOn(c -> c.finding().structured().isEmpty())
        .extracting(Checked::finding)
        .as("findings whose rule gives no structured message")
        .isEmpty();
  }

  @Test
  void theEnglishBundleWritesEveryStructuredFindingAsItsRuleDid() {
    FindingText english = FindingText.in(OfficialLanguage.ENGLISH);
    for (Checked checked : findings()) {
      assertThat(english.render(checked.finding(), checked.record()))
          .as("%s", checked.finding())
          .isEqualTo(checked.finding().message());
    }
  }

  @Test
  void everyMessageOfTheBundlesIsWrittenFromSomeFinding() throws IOException {
    Set<String> produced = new TreeSet<>();
    for (Checked checked : findings()) {
      produced.add("finding." + checked.finding().structured().orElseThrow().key());
    }
    Set<String> messages = new TreeSet<>();
    for (String key : englishBundle().stringPropertyNames()) {
      // finding.kind names the kinds; finding.part.* are parts of the messages, not messages.
      if (key.startsWith("finding.") && !key.equals("finding.kind") && !isPart(key)) {
        messages.add(key);
      }
    }
    assertThat(produced).as("keys of findings").isEqualTo(messages);
    for (FindingCases.Case c : FindingCases.all()) {
      assertThat(c.rules().check(c.record()).findings())
          .as("the findings of the case of %s", c.key())
          .anySatisfy(f -> assertThat(f.structured().orElseThrow().key()).isEqualTo(c.key()));
    }
  }

  @Test
  void everyStructuredFindingIsTranslatedAndNotLeftInEnglish() {
    List<Checked> all = findings();
    for (OfficialLanguage language : OfficialLanguage.values()) {
      if (language == OfficialLanguage.ENGLISH) {
        continue;
      }
      FindingText text = FindingText.in(language);
      for (Checked checked : all) {
        assertThat(text.translates(checked.finding())).as("%s", checked.finding()).isTrue();
        assertThat(text.marked(checked.finding(), checked.record()))
            .as("%s in %s", checked.finding(), language)
            .isNotEqualTo(checked.finding().message())
            .doesNotStartWith("[en]")
            .doesNotContain("{");
      }
    }
  }

  /** A rule of one's own, as a house rule set adds, which gives its message in English alone. */
  private static final class ElectionsNoted extends BaseRule {
    ElectionsNoted() {
      super("house.elections-noted", "house practice", "Every election is noted in English.");
      checks(Decision.class, this::check);
    }

    void check(Decision decision, RecordedAct act, ProceduralState state, Findings findings) {
      if (decision.on().stream().anyMatch(id -> id.startsWith("nomination-"))) {
        findings.irregular("an election, noted in English alone");
      }
    }
  }

  @Test
  void aHouseRuleThatGivesItsMessageInEnglishAloneIsMarkedNeverPassedOff() {
    // Its finding is written in English, and marked as such in any other language.
    Verdict verdict =
        HouseRuleSetExample.houseRules().withRule(new ElectionsNoted()).check(MispaV.record());
    List<Finding> house =
        verdict.findings().stream().filter(f -> f.ruleId().startsWith("house.")).toList();
    assertThat(house).isNotEmpty();
    for (Finding finding : house) {
      assertThat(finding.structured()).isEmpty();
      for (OfficialLanguage language : OfficialLanguage.values()) {
        FindingText text = FindingText.in(language);
        if (language == OfficialLanguage.ENGLISH) {
          assertThat(text.marked(finding, verdict.record())).isEqualTo(finding.message());
        } else {
          assertThat(text.translates(finding)).isFalse();
          assertThat(text.marked(finding, verdict.record())).isEqualTo("[en] " + finding.message());
        }
      }
    }
  }

  private static boolean isPart(String key) {
    return key.startsWith("finding.part.");
  }

  private static Properties englishBundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        FindingText.class.getResourceAsStream(
            "messages_" + OfficialLanguage.ENGLISH.code() + ".properties")) {
      assertThat(in).as("the English bundle").isNotNull();
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return bundle;
  }
}
