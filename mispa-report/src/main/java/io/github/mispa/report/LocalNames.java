package io.github.mispa.report;

import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.GrammaticalGender;
import io.github.mispa.model.Noun;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.MeetingRecord;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the report names people, delegations and documents in one language. As {@link Names} does in
 * English: a person in full the first time (form of address, name, position), then by form of
 * address and name, and by office once elected ("la Presidenta"); a delegation by its state's name
 * as the OAS writes it ("la delegación del Perú"); a document by what it is, its title and its
 * symbol ("el documento final “…” (MISPA V/…)"). Forms of address and offices agree with the
 * person's gender. Text the record holds in another language (positions, titles, organizations'
 * names) is set apart as {@link Grammar#foreign} does.
 */
final class LocalNames {
  private final MeetingRecord record;
  private final Grammar grammar;
  private final OfficialLanguage recordLanguage;
  private final Set<String> introduced = new HashSet<>();
  private final Map<String, Office> offices = new HashMap<>();
  private final Map<Office, Integer> officeHolders = new EnumMap<>(Office.class);

  LocalNames(MeetingRecord record, Grammar grammar, OfficialLanguage recordLanguage) {
    this.record = record;
    this.grammar = grammar;
    this.recordLanguage = recordLanguage;
  }

  Grammar grammar() {
    return grammar;
  }

  /** Text of the record: as written in the record's language, set apart in any other. */
  String text(String text) {
    String markdown = Markdown.text(text);
    return grammar.language() == recordLanguage ? markdown : Grammar.foreign(markdown);
  }

  /**
   * A title of the record: {@code inThisLanguage} where the record gives it in the report's
   * language, else {@code inRecordLanguage} set apart as {@link #text} does.
   */
  String title(String inRecordLanguage, Optional<String> inThisLanguage) {
    return inThisLanguage.map(Markdown::text).orElseGet(() -> text(inRecordLanguage));
  }

  /** Records that {@code person} now holds {@code office}. */
  void elected(String person, Office office) {
    offices.putIfAbsent(person, office);
    officeHolders.merge(office, 1, Integer::sum);
  }

  /**
   * The grammatical gender of the words that agree with a person: the one the record declares, else
   * the one its form of address shows ("Mr.", "Ms."); masculine, the unmarked form, where the
   * record says neither. Never guessed from a name.
   */
  static GrammaticalGender gender(Person person) {
    return person.resolvedGrammaticalGender().orElse(GrammaticalGender.MASCULINE);
  }

  /**
   * Whether the record says the person's grammatical gender: declared, or shown by the form of
   * address ("Mr.", "Ms."); a form that shows none ("Dr.") then agrees with the declared one.
   */
  static boolean showsGender(Person person) {
    return person.resolvedGrammaticalGender().isPresent();
  }

  GrammaticalGender gender(String person) {
    return record.person(person).map(LocalNames::gender).orElse(GrammaticalGender.MASCULINE);
  }

  /** An office's title agreeing with {@code gender}: "Relatora", "Président". */
  String office(Office office, GrammaticalGender gender) {
    return office.title(grammar.language(), gender);
  }

  /** "el Presidente", "la Relatora", "the Chair". */
  Phrase officePhrase(Office office, GrammaticalGender gender) {
    String article =
        grammar.format("article", "gender", genderKey(gender), "vowel", "no", "plural", "no");
    return new Phrase(article, false, gender, false, office(office, gender));
  }

  static String genderKey(GrammaticalGender gender) {
    return gender == GrammaticalGender.FEMININE ? "feminine" : "masculine";
  }

  /**
   * The subject of a sentence about {@code act}: its person, or its delegation, standing alone. A
   * person introduced with a position is an apposition, followed by a comma.
   */
  String subject(Act act) {
    if (act.person().isPresent()) {
      Phrase person = person(act.person().get());
      String name = grammar.np(person);
      return name.contains(", ") ? name + "," : name;
    }
    return grammar.np(participant(act.by().orElse("")));
  }

  /** The subject as a phrase, without the apposition's comma: for "of" and "to". */
  Phrase subjectPhrase(Act act) {
    return act.person().isPresent() ? person(act.person().get()) : participant(act.by().orElse(""));
  }

  /**
   * A person: by office once elected, in full the first time, by form of address and name after.
   */
  Phrase person(String id) {
    Office office = offices.get(id);
    if (office != null && officeHolders.getOrDefault(office, 0) == 1) {
      return officePhrase(office, gender(id));
    }
    Optional<Person> person = record.person(id);
    if (person.isEmpty()) {
      return Phrase.bare(Markdown.text(id));
    }
    if (introduced.add(id)) {
      return introduction(person.get());
    }
    return nameOf(person.get());
  }

  /** A person in full, whatever was said before: for nominees. */
  Phrase personInFull(String id) {
    introduced.add(id);
    return record
        .person(id)
        .map(this::introduction)
        .orElseGet(() -> Phrase.bare(Markdown.text(id)));
  }

  /** A person by form of address and name: for elections. */
  Phrase nameOf(String id) {
    return record.person(id).map(this::nameOf).orElseGet(() -> Phrase.bare(Markdown.text(id)));
  }

  private Phrase nameOf(Person person) {
    GrammaticalGender gender = gender(person);
    String name = Markdown.text(person.name());
    if (person.honorific().isEmpty()) {
      return Phrase.bare(name, gender);
    }
    String honorific = person.honorific().get();
    String key = "honorific." + key(honorific);
    if (!grammar.bundle().has(key)) {
      // A form of address the bundles do not know is the record's text: kept, and set apart.
      return Phrase.bare(text(honorific) + " " + name, gender);
    }
    // A form of address that does not show the person's gender ("Dr.") is not given one: the
    // bundles then use a form without article that suits either.
    String shown = showsGender(person) ? genderKey(gender) : "unknown";
    return Phrase.parse(grammar.format(key, "gender", shown), gender).append(" " + name);
  }

  /** "His Excellency Ambassador" as "his-excellency-ambassador". */
  static String key(String honorific) {
    return honorific.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
  }

  private Phrase introduction(Person person) {
    Phrase name = nameOf(person);
    if (person.position().isPresent()) {
      return name.append(", " + text(person.position().get()));
    }
    Optional<Participant> of = record.participant(person.participant());
    if (of.isPresent() && !of.get().isDelegation()) {
      return name.append(", " + grammar.of(participant(of.get().id())));
    }
    return name;
  }

  /** A participant: "la delegación de Chile", or an organization by name. */
  Phrase participant(String id) {
    Optional<Participant> participant = record.participant(id);
    if (participant.isEmpty()) {
      return Phrase.bare(Markdown.text(id));
    }
    if (participant.get().isDelegation()) {
      Phrase delegation = Phrase.parse(grammar.format("delegation"), GrammaticalGender.FEMININE);
      return delegation.append(" " + grammar.of(state(participant.get())));
    }
    return Phrase.bare(text(participant.get().name()));
  }

  /** A participant as a short noun, for lists: "el Perú", or the organization's name. */
  Phrase shortName(String id) {
    Optional<Participant> participant = record.participant(id);
    if (participant.isEmpty()) {
      return Phrase.bare(Markdown.text(id));
    }
    return participant.get().isDelegation()
        ? state(participant.get())
        : Phrase.bare(text(participant.get().name()));
  }

  private Phrase state(Participant delegation) {
    return delegation
        .state()
        .map(s -> Phrase.of(s.name(grammar.language())))
        .orElseGet(() -> Phrase.bare(text(delegation.name())));
  }

  /**
   * "las delegaciones del Paraguay, del Ecuador y de Honduras" (each state with its preposition, as
   * Spanish, French and Portuguese repeat it), "the delegations of Paraguay, Ecuador and Honduras";
   * a mixed list names each.
   */
  String delegations(List<String> ids) {
    if (ids.size() == 1) {
      return grammar.np(participant(ids.get(0)));
    }
    boolean allDelegations =
        ids.stream()
            .allMatch(id -> record.participant(id).map(Participant::isDelegation).orElse(false));
    if (!allDelegations) {
      return grammar.list(ids.stream().map(id -> grammar.np(participant(id))).toList());
    }
    List<String> items =
        ids.stream()
            .map(this::shortName)
            .map(p -> grammar.format("delegations.item", "np", grammar.np(p), "of", grammar.of(p)))
            .toList();
    return grammar.format("delegations", "items", grammar.list(items));
  }

  /** The movers of a motion as "of" phrases: "de la Argentina, del Brasil y de Bolivia". */
  String ofAll(List<String> ids) {
    return grammar.list(ids.stream().map(id -> grammar.of(shortName(id))).toList());
  }

  /** A document: what it is, its title, its symbol: "el orden del día (MISPA V/DOC.1/15 rev.1)". */
  Phrase document(String id) {
    return record.document(id).map(this::document).orElseGet(() -> Phrase.bare(Markdown.text(id)));
  }

  Phrase document(Document document) {
    Noun noun = document.documentClass().noun(grammar.language());
    String article =
        grammar.format(
            "article",
            "gender",
            genderKey(noun.gender()),
            "vowel",
            startsWithVowel(noun.text()) ? "yes" : "no",
            "plural",
            "no");
    StringBuilder text = new StringBuilder(noun.text());
    if (document.title().isPresent()) {
      text.append(' ')
          .append(
              grammar.quoted(title(document.title().get(), document.title(grammar.language()))));
    } else if (document.description().isPresent()
        && document.documentClass() != DocumentClass.AGENDA
        && document.documentClass() != DocumentClass.SCHEDULE) {
      // The agenda and the schedule are what their class says; other descriptions add to it.
      text.append(" (").append(text(document.description().get())).append(')');
    }
    Optional<String> symbol = Names.symbol(document);
    if (symbol.isPresent()) {
      text.append(document.title().isPresent() || document.description().isPresent() ? " (" : " ")
          .append(symbol.get())
          .append(document.title().isPresent() || document.description().isPresent() ? ")" : "");
    }
    return new Phrase(article, startsWithVowel(noun.text()), noun.gender(), false, text.toString());
  }

  /** " (symbol)" for a document with a symbol, "" otherwise. */
  String symbolOf(Optional<String> id) {
    return id.flatMap(record::document).flatMap(Names::symbol).map(s -> " (" + s + ")").orElse("");
  }

  private static boolean startsWithVowel(String text) {
    return !text.isEmpty() && "aeiouéèêàâîôûAEIOUÉ".indexOf(text.charAt(0)) >= 0;
  }
}
