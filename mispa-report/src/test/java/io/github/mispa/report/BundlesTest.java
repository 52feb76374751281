package io.github.mispa.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.github.mispa.model.OfficialLanguage;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The four bundles are complete and consistent: the same keys, every pattern valid ICU, and no
 * language falling back on English text where it must have its own.
 */
class BundlesTest {
  /**
   * Keys whose pattern may be the same in English and another language: patterns of structure alone
   * (arguments and punctuation), and names that are the same in both.
   */
  private static final Set<String> LANGUAGE_NEUTRAL =
      Set.of(
          "np",
          "np.object",
          "quote",
          "delegations.item",
          "officers.officer",
          "heading.session",
          "heading.conclusion",
          "honorific.general",
          "honorific.dr",
          "motion.proposal.gender",
          "motion.amendment.gender",
          "motion.offer.gender",
          "motion.request.gender",
          "motion.reconsideration.gender",
          "motion.appeal.gender",
          "motion.motion.gender",
          // A finding that is its part alone: the disputed vote the outcome depends on.
          "finding.decision.threshold.disputed-vote");

  @ParameterizedTest
  @EnumSource(OfficialLanguage.class)
  void everyLanguageHasEveryKey(OfficialLanguage language) {
    Set<String> all = new TreeSet<>();
    for (OfficialLanguage any : OfficialLanguage.values()) {
      all.addAll(Bundle.of(any).keys());
    }
    assertThat(new TreeSet<>(Bundle.of(language).keys())).isEqualTo(all);
  }

  @ParameterizedTest
  @EnumSource(OfficialLanguage.class)
  void everyPatternIsValidIcu(OfficialLanguage language) {
    Bundle bundle = Bundle.of(language);
    for (String key : bundle.keys()) {
      // Throws on a malformed pattern, naming it.
      assertThat(new MessageFormat(bundle.pattern(key), new ULocale(language.code())))
          .as("%s in %s", key, language)
          .isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(value = OfficialLanguage.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
  void noLanguageFallsBackOnEnglish(OfficialLanguage language) {
    Bundle english = Bundle.of(OfficialLanguage.ENGLISH);
    Bundle bundle = Bundle.of(language);
    Set<String> copied = new TreeSet<>();
    for (String key : bundle.keys()) {
      if (!LANGUAGE_NEUTRAL.contains(key) && bundle.pattern(key).equals(english.pattern(key))) {
        copied.add(key);
      }
    }
    assertThat(copied).as("patterns of %s identical to the English ones", language).isEmpty();
  }

  @Test
  void aMissingArgumentIsAnErrorNotAPlaceholderInTheReport() {
    Bundle spanish = Bundle.of(OfficialLanguage.SPANISH);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> spanish.format("act.intervention"))
        .withMessageContaining("{subject}");
    assertThat(spanish.format("act.intervention", "subject", "La delegación del Perú"))
        .isEqualTo("La delegación del Perú hizo uso de la palabra.");
  }

  @Test
  void aKeyNoBundleHasIsAnError() {
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> Bundle.of(OfficialLanguage.FRENCH).format("act.unknown"))
        .withMessageContaining("act.unknown");
  }
}
