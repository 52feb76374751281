package io.github.mispa.report;

import io.github.mispa.model.Document;
import io.github.mispa.model.Link;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import io.github.mispa.model.Position;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.MeetingRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the report names people, delegations and documents. A person is introduced in full the first
 * time (honorific, name and position, or the organization they are of where the record gives no
 * position), in the position held for the participant or body an act gives ({@code by}), then named
 * as the record's source names them once introduced ({@link Person#shortName()}, or the honorific
 * and name), and by office once elected ("the Chair"). A document is named by its title in
 * quotation marks or by its description, followed by its symbol in parentheses as the source prints
 * it, and its links. Every name is Markdown, escaped as {@link Markdown#text} does.
 */
final class Names {
  private final MeetingRecord record;
  private final Set<String> introduced = new HashSet<>();
  private final Map<String, Office> offices = new HashMap<>();
  private final Map<Office, Integer> officeHolders = new EnumMap<>(Office.class);

  Names(MeetingRecord record) {
    this.record = record;
  }

  /** Records that {@code person} now holds {@code office}. */
  void elected(String person, Office office) {
    offices.putIfAbsent(person, office);
    officeHolders.merge(office, 1, Integer::sum);
  }

  /**
   * The subject of a sentence about {@code act}: its person, introduced in the capacity the act
   * gives ({@code by}), or its delegation. {@code context} is the act's own text: an organization
   * it names is not given again as the person's affiliation.
   */
  String subject(Act act, String context) {
    if (act.person().isPresent()) {
      String name = person(act.person().get(), act.by(), context);
      // A person introduced with a position is an apposition: "Mr. X, Minister of Y, proposed".
      return name.contains(", ") ? name + "," : name;
    }
    return participant(act.by().orElse(""));
  }

  /** A person: by office once elected, in full the first time, as the source names them after. */
  String person(String id) {
    return person(id, Optional.empty(), "");
  }

  private String person(String id, Optional<String> capacity, String context) {
    Office office = offices.get(id);
    if (office != null && officeHolders.getOrDefault(office, 0) == 1) {
      return "the " + office.title();
    }
    Optional<Person> person = record.person(id);
    if (person.isEmpty()) {
      return Markdown.text(id);
    }
    if (introduced.add(id)) {
      return introduction(person.get(), capacity, context);
    }
    return Markdown.text(person.get().shortName().orElseGet(() -> nameOf(person.get())));
  }

  /** A person in full, whatever was said before: for nominees. */
  String personInFull(String id) {
    introduced.add(id);
    return record
        .person(id)
        .map(p -> introduction(p, Optional.empty(), ""))
        .orElseGet(() -> Markdown.text(id));
  }

  /** A person by honorific and name, without position: for elections. */
  String nameOf(String id) {
    return Markdown.text(record.person(id).map(Names::nameOf).orElse(id));
  }

  private static String nameOf(Person person) {
    return person.honorific().map(h -> h + " ").orElse("") + person.name();
  }

  /**
   * Honorific, name and position, and the position held for {@code capacity} where the person acts
   * in another than their first ("Ambassador X, Permanent Representative of Peru to the OAS and
   * Chair of the Committee on Hemispheric Security"); without a position, the organization the
   * person is of ("Pedro Abramovay, of the Open Society Foundations"), unless {@code context} names
   * it already.
   */
  private String introduction(Person person, Optional<String> capacity, String context) {
    Optional<String> acting =
        capacity
            .filter(c -> !c.equals(person.participant()))
            .flatMap(person::positionFor)
            .flatMap(Position::title);
    if (acting.isPresent()) {
      return Markdown.text(
          nameOf(person)
              + ", "
              + person.position().map(first -> first + " and ").orElse("")
              + acting.get());
    }
    if (person.position().isPresent()) {
      return Markdown.text(person.displayName());
    }
    Optional<Participant> of = record.participant(person.participant());
    if (of.isPresent() && !of.get().isDelegation() && !context.contains(of.get().name())) {
      return Markdown.text(nameOf(person) + ", of " + withArticle(of.get().name()));
    }
    return Markdown.text(nameOf(person));
  }

  /** An organization's name as it stands after "of": with "the" unless it has an article. */
  private static String withArticle(String name) {
    return name.startsWith("the ") || name.startsWith("The ") ? name : "the " + name;
  }

  /** A participant: "the delegation of Chile", or an organization by name. */
  String participant(String id) {
    Optional<Participant> participant = record.participant(id);
    if (participant.isEmpty()) {
      return Markdown.text(id);
    }
    return participant.get().isDelegation()
        ? "the delegation of " + stateName(participant.get())
        : Markdown.text(participant.get().name());
  }

  /** A participant as a short noun, for lists: "Chile", or the organization's name. */
  String shortName(String id) {
    return record
        .participant(id)
        .map(p -> p.isDelegation() ? stateName(p) : Markdown.text(p.name()))
        .orElseGet(() -> Markdown.text(id));
  }

  /** "the delegations of Paraguay, Ecuador and Honduras", or "the delegation of Paraguay". */
  String delegations(List<String> ids) {
    if (ids.size() == 1) {
      return participant(ids.get(0));
    }
    boolean allDelegations =
        ids.stream()
            .allMatch(id -> record.participant(id).map(Participant::isDelegation).orElse(false));
    String names = list(ids.stream().map(this::shortName).toList());
    return allDelegations ? "the delegations of " + names : names;
  }

  /**
   * A document: its title in quotation marks, or its description, then its symbol in parentheses;
   * or its symbol alone.
   */
  String document(String id) {
    return record.document(id).map(Names::document).orElseGet(() -> Markdown.text(id));
  }

  static String document(Document document) {
    Optional<String> named =
        document.title().map(t -> "“" + Markdown.text(t) + "”").or(() -> document.description());
    if (named.isEmpty()) {
      return symbol(document).orElseThrow();
    }
    String name = document.title().isPresent() ? named.get() : Markdown.text(named.get());
    return name + symbol(document).map(s -> " (" + s + ")").orElse("") + links(document);
  }

  /** " ([English](url), [French](url))" for a document with links, "" otherwise. */
  static String links(Document document) {
    if (document.links().isEmpty()) {
      return "";
    }
    List<String> links = new ArrayList<>();
    for (Link link : document.links()) {
      String label =
          link.language()
              .map(l -> Names.capitalize(l.name().toLowerCase(Locale.ROOT)))
              .orElse("text");
      // A URI has no spaces or control characters; parentheses would end the link early.
      links.add("[" + label + "](" + link.url().replace("(", "%28").replace(")", "%29") + ")");
    }
    return " (" + String.join(", ", links) + ")";
  }

  /** The document's symbol as its source prints it, else canonical; escaped. */
  static Optional<String> symbol(Document document) {
    return document
        .symbolAsPrinted()
        .or(() -> document.symbol().map(Object::toString))
        .map(Markdown::text);
  }

  /** " (symbol)" for a document with a symbol, "" otherwise; then its links. */
  String symbolOf(Optional<String> id) {
    Optional<Document> document = id.flatMap(record::document);
    return document.flatMap(Names::symbol).map(s -> " (" + s + ")").orElse("")
        + document.map(Names::links).orElse("");
  }

  /** "English, French and Portuguese". */
  static String languages(Set<OfficialLanguage> languages) {
    return list(
        languages.stream().map(l -> capitalize(l.name().toLowerCase(Locale.ROOT))).toList());
  }

  private static String stateName(Participant participant) {
    String name = Markdown.text(participant.name());
    // The OAS writes "the delegation of the United States", "of the Dominican Republic".
    return name.equals("United States")
            || name.equals("Dominican Republic")
            || name.equals("Bahamas")
        ? "the " + name
        : name;
  }

  /** "a", "a and b", "a, b and c". */
  static String list(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** The sentence with its first letter in capitals. */
  static String capitalize(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
