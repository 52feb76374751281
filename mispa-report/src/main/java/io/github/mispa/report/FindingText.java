package io.github.mispa.report;

import static java.util.Objects.requireNonNull;

import io.github.mispa.model.GrammaticalGender;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.Message;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What findings say, in one of the four official languages, as plain text. A finding whose rule
 * gives its message as data ({@link Finding#structured()}), as every rule of the catalogue does, is
 * written from the bundle of the language; one whose rule gives it in English alone (a rule of
 * one's own, in a house rule set) is given in English, marked as such ({@link #marked}), never
 * passed off as translated. Rule ids and citations are never translated, nor the text a record or a
 * rule set gives in its own words (a document's name, a rule set's source for a majority).
 *
 * <pre>{@code
 * FindingText spanish = FindingText.in(OfficialLanguage.SPANISH);
 * for (Finding finding : verdict.findings()) {
 *   System.out.println(finding.location() + " " + spanish.kind(finding.kind()) + " "
 *       + finding.ruleId() + ": " + spanish.message(finding, verdict.record()));
 * }
 * }</pre>
 */
public final class FindingText {
  private final Grammar grammar;

  private FindingText(OfficialLanguage language) {
    this.grammar = new Grammar(language);
  }

  /** {@return the findings' words in {@code language}} */
  public static FindingText in(OfficialLanguage language) {
    return new FindingText(requireNonNull(language, "language"));
  }

  /** {@return the language} */
  public OfficialLanguage language() {
    return grammar.language();
  }

  /**
   * {@return whether the finding's message is written in this language: always in English, and in
   * the others where its rule gives its message as data}
   */
  public boolean translates(Finding finding) {
    return grammar.language() == OfficialLanguage.ENGLISH
        || finding.structured().map(m -> grammar.bundle().has(key(m))).orElse(false);
  }

  /**
   * {@return the finding's message in this language, plain text; in English where it has no words
   * in this language (see {@link #translates})}
   */
  public String message(Finding finding, MeetingRecord record) {
    requireNonNull(record, "record");
    Optional<Message> structured = finding.structured();
    if (grammar.language() == OfficialLanguage.ENGLISH || structured.isEmpty()) {
      return finding.message();
    }
    if (!translates(finding)) {
      return finding.message();
    }
    return render(structured.get(), record);
  }

  /**
   * {@return the message in this language where it is, else the English one preceded by its
   * language in brackets: "[en] …"}
   */
  public String marked(Finding finding, MeetingRecord record) {
    String message = message(finding, record);
    return translates(finding) ? message : "[" + OfficialLanguage.ENGLISH.code() + "] " + message;
  }

  /**
   * {@return the finding's structured message written from this language's bundle, English
   * included}: what a test compares with the rule's own English, so that the two cannot drift
   *
   * @throws IllegalArgumentException if the finding has no structured message
   */
  public String render(Finding finding, MeetingRecord record) {
    Message message =
        finding
            .structured()
            .orElseThrow(() -> new IllegalArgumentException("no structured message: " + finding));
    return render(message, requireNonNull(record, "record"));
  }

  private String render(Message message, MeetingRecord record) {
    LocalNames names = new LocalNames(record, grammar, LocalReport.RECORD_LANGUAGE);
    boolean english = grammar.language() == OfficialLanguage.ENGLISH;
    Map<String, Object> arguments = new HashMap<>();
    // The words of a sentence about a person agree with the first the message names: the one it
    // is about ("X cannot be elected Vicepresidenta", before the holders it names after).
    GrammaticalGender personGender = GrammaticalGender.MASCULINE;
    for (Map.Entry<String, Message.Argument> entry : message.arguments().entrySet()) {
      if (entry.getValue().kind() == Message.ArgumentKind.PERSON) {
        personGender = names.gender(entry.getValue().value());
        break;
      }
    }
    arguments.put("personGender", LocalNames.genderKey(personGender));
    for (Map.Entry<String, Message.Argument> entry : message.arguments().entrySet()) {
      String name = entry.getKey();
      String value = entry.getValue().value();
      switch (entry.getValue().kind()) {
        case NUMBER -> arguments.put(name, Long.parseLong(value));
        case LOCATION, TEXT -> arguments.put(name, value);
        case PARTICIPANT -> {
          Optional<Participant> participant = record.participant(value);
          if (english) {
            arguments.put(name, participant.map(Participant::name).orElse(value));
          } else {
            Phrase phrase = names.shortName(value);
            arguments.put(name, plain(grammar.np(phrase)));
            arguments.put(name + "Of", plain(grammar.of(phrase)));
          }
        }
        case PERSON -> {
          Optional<Person> person = record.person(value);
          arguments.put(
              name,
              english
                  ? person.map(Person::displayName).orElse(value)
                  : plain(grammar.np(names.personInFull(value))));
          // personGender, put above, stays that of the first person, whatever their name.
          arguments.putIfAbsent(name + "Gender", LocalNames.genderKey(names.gender(value)));
        }
        case OFFICE -> arguments.put(name, names.office(Office.valueOf(value), personGender));
        case SESSION_KIND ->
            arguments.put(
                name,
                english
                    ? value.toLowerCase(Locale.ROOT)
                    : SessionKind.valueOf(value).noun(grammar.language()));
        case ACT_KIND -> {
          String encoded = grammar.format("actKind." + value);
          String[] parts = encoded.split("\\|", -1);
          Phrase phrase =
              new Phrase(
                  parts[0],
                  parts[0].equals("l"),
                  parts[2].equals("f") ? GrammaticalGender.FEMININE : GrammaticalGender.MASCULINE,
                  false,
                  parts[1]);
          arguments.put(name, grammar.np(phrase));
          arguments.put(name + "Of", grammar.of(phrase));
          arguments.put(name + "Gender", LocalNames.genderKey(phrase.gender()));
        }
      }
    }
    return format(key(message), arguments, new HashSet<>());
  }

  /**
   * Formats {@code key}, with the parts its pattern names and no argument gives: the words that
   * several findings share ("a majority of the 34 member states, 18 votes (…)"), each the pattern
   * of {@code finding.part.<name>}, formatted from the same arguments.
   */
  private String format(String key, Map<String, Object> arguments, Set<String> inProgress) {
    Bundle bundle = grammar.bundle();
    for (String name : bundle.argumentNames(key)) {
      String part = PART + name;
      if (!arguments.containsKey(name) && bundle.has(part)) {
        if (!inProgress.add(part)) {
          throw new IllegalStateException("the part " + part + " names itself");
        }
        arguments.put(name, format(part, arguments, inProgress));
        inProgress.remove(part);
      }
    }
    return bundle.format(key, arguments);
  }

  /** Markdown's escapes undone: the names here are for plain text. */
  private static String plain(String markdown) {
    return markdown.replaceAll("\\\\(.)", "$1").replace("*", "");
  }

  /** The prefix of the keys of the parts of findings' patterns. */
  static final String PART = "finding.part.";

  private static String key(Message message) {
    return "finding." + message.key();
  }

  /** {@return what a finding means for its act, in this language: "nulo", "void"} */
  public String kind(FindingKind kind) {
    return grammar.format("finding.kind", "kind", kind.name().toLowerCase(Locale.ROOT));
  }
}
