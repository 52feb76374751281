package io.github.mispa.report;

import com.google.common.collect.ImmutableList;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.github.mispa.model.GrammaticalGender;
import io.github.mispa.model.OfficialLanguage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a language's grammar does to words, from ICU and the bundle: noun phrases joined to
 * prepositions, lists, spelled-out ordinals agreeing in gender, dates and date ranges, the names of
 * languages, quotation. Text of the record in another language is set apart in italics, so that a
 * reader sees what the record gives only in its own language.
 */
final class Grammar {
  private final OfficialLanguage language;
  private final Bundle bundle;
  private final ULocale locale;

  Grammar(OfficialLanguage language) {
    this.language = language;
    this.bundle = Bundle.of(language);
    this.locale = new ULocale(language.code());
  }

  OfficialLanguage language() {
    return language;
  }

  Bundle bundle() {
    return bundle;
  }

  String format(String key, Object... namesAndValues) {
    return bundle.format(key, namesAndValues);
  }

  /** The phrase standing alone: "el Perú", "les États-Unis", "Canadá". */
  String np(Phrase phrase) {
    return bundle.format("np", phrase.arguments());
  }

  /** The phrase after "of": "del Perú", "des États-Unis", "de Canadá", "do Brasil". */
  String of(Phrase phrase) {
    return bundle.format("np.of", phrase.arguments());
  }

  /** A person as the object of a verb: "al Sr. Pacheco" (Spanish marks it), "M. Pacheco". */
  String object(Phrase phrase) {
    return bundle.format("np.object", phrase.arguments());
  }

  /** The phrase after "to": "a la propuesta", "à la proposition", "à proposta". */
  String to(Phrase phrase) {
    return bundle.format("np.to", phrase.arguments());
  }

  /** The phrase after "in": "en el Perú", "au Honduras", "en Équateur", "no Brasil". */
  String in(Phrase phrase) {
    return bundle.format("np.in", phrase.arguments());
  }

  /**
   * "a", "a y b", "a, b y c"; in English without a serial comma, as the report writes its lists of
   * delegations (docs/report-style.md).
   */
  String list(List<String> items) {
    if (language == OfficialLanguage.ENGLISH) {
      return Names.list(items);
    }
    return ListFormatter.getInstance(locale).format(items);
  }

  /** The spelled-out ordinal agreeing with a noun of {@code gender}: "Quinta", "Cinquième". */
  String ordinal(int n, GrammaticalGender gender) {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
    String rules =
        language == OfficialLanguage.ENGLISH
            ? "%spellout-ordinal"
            : gender == GrammaticalGender.FEMININE
                ? "%spellout-ordinal-feminine"
                : "%spellout-ordinal-masculine";
    String spelled = spellout.format(n, rules);
    return Names.capitalize(spelled);
  }

  /** A date as the language writes it: "19 de noviembre de 2015". */
  String date(LocalDate date) {
    DateFormat format = DateFormat.getInstanceForSkeleton("yMMMMd", locale);
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(calendar(date));
  }

  /** Two dates as a range: "19–20 de noviembre de 2015"; one date alone where they are the same. */
  String dates(LocalDate start, LocalDate end) {
    if (start.equals(end)) {
      return date(start);
    }
    DateIntervalFormat format = DateIntervalFormat.getInstance("yMMMMd", locale);
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.formatToValue(calendar(start), calendar(end)).toString();
  }

  private static Calendar calendar(LocalDate date) {
    Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE);
    calendar.clear();
    calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    return calendar;
  }

  /** The name of an official language in this one, as it stands in a sentence: "inglés". */
  String languageName(OfficialLanguage other) {
    String name = new ULocale(other.code()).getDisplayLanguage(locale);
    return language == OfficialLanguage.ENGLISH ? name : name.toLowerCase(Locale.ROOT);
  }

  /** The names of languages as a list: "inglés, francés y portugués". */
  String languageNames(Iterable<OfficialLanguage> languages) {
    return list(ImmutableList.copyOf(languages).stream().map(this::languageName).toList());
  }

  /** {@code text} between the language's quotation marks. */
  String quoted(String text) {
    return bundle.format("quote", "text", text);
  }

  /** A name followed by its apposition ("X, Minister of Y") closes it with a comma. */
  static String apposition(String name) {
    return name.contains(", ") ? name + "," : name;
  }

  /** Text of the record in another language than this one, set apart: in italics. */
  static String foreign(String markdown) {
    return markdown.isEmpty() ? markdown : "*" + markdown + "*";
  }
}
