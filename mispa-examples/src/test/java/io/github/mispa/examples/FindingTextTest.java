package io.github.mispa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mispa.examples.conformance.ConformanceCase;
import io.github.mispa.examples.conformance.ConformanceSuite;
import io.github.mispa.json.MispaJson;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.report.FindingText;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The findings' words in four languages cannot drift from the rules' English: every finding of the
 * conformance suite and of MISPA V, checked under both rule sets, that gives its message as data is
 * written in English from the bundle exactly as its rule wrote it, and in Spanish, French and
 * Portuguese as something else.
 */
class FindingTextTest {
  private static final Path SUITE = Path.of("..", "conformance");

  private record Checked(MeetingRecord record, Finding finding) {}

  private static List<Checked> findings() {
    List<MeetingRecord> records = new ArrayList<>();
    records.add(MispaV.record());
    for (ConformanceCase c : ConformanceSuite.load(SUITE).cases()) {
      records.add(MispaJson.standard().read(c.record()));
    }
    List<Checked> all = new ArrayList<>();
    for (MeetingRecord record : records) {
      for (RuleSet rules : List.of(RuleSets.mispa(), RuleSets.oasGeneralAssembly())) {
        Verdict verdict = rules.check(record);
        verdict.findings().forEach(f -> all.add(new Checked(record, f)));
      }
    }
    return all;
  }

  @Test
  void theEnglishBundleWritesEveryStructuredFindingAsItsRuleDid() {
    FindingText english = FindingText.in(OfficialLanguage.ENGLISH);
    Set<String> keys = new HashSet<>();
    int structured = 0;
    for (Checked checked : findings()) {
      if (checked.finding().structured().isEmpty()) {
        continue;
      }
      structured++;
      keys.add(checked.finding().structured().get().key());
      assertThat(english.render(checked.finding(), checked.record()))
          .as("%s", checked.finding())
          .isEqualTo(checked.finding().message());
    }
    // Every message with a key is exercised, the quorum's on MISPA V itself.
    assertThat(structured).isGreaterThan(100);
    assertThat(keys)
        .contains(
            "decision.quorum.no-attendance",
            "election.seconder-distinct.own-motion",
            "agenda.adopted-first.before-agenda",
            "session.order.after-closing",
            "report.by-rapporteur.not-the-rapporteur");
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
        if (checked.finding().structured().isPresent()) {
          assertThat(text.translates(checked.finding())).as("%s", checked.finding()).isTrue();
          assertThat(text.message(checked.finding(), checked.record()))
              .as("%s in %s", checked.finding(), language)
              .isNotEqualTo(checked.finding().message())
              .doesNotContain("{");
        } else {
          // A rule that gives its message in English alone is marked, never passed off.
          assertThat(text.marked(checked.finding(), checked.record())).startsWith("[en] ");
        }
      }
    }
  }
}
