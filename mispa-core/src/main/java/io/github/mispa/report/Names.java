package io.github.mispa.report;

import io.github.mispa.model.Document;
import io.github.mispa.model.Link;
import io.github.mispa.model.Office;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
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
 * How the report names people, delegations and documents: a person in full (honorific, name,
 * position) the first time, by honorific and name after, and by office once elected ("the Chair").
 * Every name is Markdown, escaped as {@link Markdown#text} does.
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
   * The subject of a sentence about {@code act}: its person, named in the capacity the act says
   * ({@code by}), or its delegation.
   */
  String subject(Act act) {
    if (act.person().isPresent()) {
      String name = person(act.person().get(), act.by());
      // A person introduced with a position is an apposition: "Mr. X, Minister of Y, proposed".
      return name.contains(", ") ? name + "," : name;
    }
    return participant(act.by().orElse(""));
  }

  /** A person: by office once elected, in full the first time, by honorific and name after. */
  String person(String id) {
    return person(id, Optional.empty());
  }

  /** A person, introduced in full with the position held for {@code capacity}, if given. */
  private String person(String id, Optional<String> capacity) {
    Office office = offices.get(id);
    if (office != null && officeHolders.getOrDefault(office, 0) == 1) {
      return "the " + office.title();
    }
    Optional<Person> person = record.person(id);
    if (person.isEmpty()) {
      return Markdown.text(id);
    }
    if (introduced.add(id)) {
      return Markdown.text(
          capacity.isPresent()
              ? person.get().displayName(capacity.get())
              : person.get().displayName());
    }
    return Markdown.text(
        person.get().honorific().map(h -> h + " ").orElse("") + person.get().name());
  }

  /** A person in full, whatever was said before: for nominees and officers. */
  String personInFull(String id) {
    introduced.add(id);
    return Markdown.text(record.person(id).map(Person::displayName).orElse(id));
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

  /** A document: its title in quotation marks, then its symbol in brackets if it has one. */
  String document(String id) {
    Optional<Document> document = record.document(id);
    if (document.isEmpty()) {
      return Markdown.text(id);
    }
    return "“"
        + Markdown.text(document.get().title())
        + "”"
        + document.get().symbol().map(s -> " [" + Markdown.text(s.toString()) + "]").orElse("")
        + links(document.get());
  }

  /** " [symbol]" for a document with a symbol, "" otherwise; then its links. */
  String symbolOf(Optional<String> id) {
    Optional<Document> document = id.flatMap(record::document);
    return document
            .flatMap(Document::symbol)
            .map(s -> " [" + Markdown.text(s.toString()) + "]")
            .orElse("")
        + document.map(Names::links).orElse("");
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
