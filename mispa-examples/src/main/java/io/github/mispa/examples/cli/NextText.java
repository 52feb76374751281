package io.github.mispa.examples.cli;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import io.github.mispa.model.Document;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Standing;
import io.github.mispa.model.StateName;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.rules.Matter;
import io.github.mispa.rules.MembershipBase;
import io.github.mispa.rules.MotionState;
import io.github.mispa.rules.Threshold;
import io.github.mispa.rules.VoteRequirement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of {@code mispa next} in one language: the tool's patterns ({@code next.*} in {@code
 * tool_xx.properties}) filled with names from the model (member states, offices, kinds of session
 * and of document in the language) and from the record (persons, titles, ids, as it gives them).
 * The English patterns give what the command printed before it took {@code --lang}, word for word.
 */
final class NextText {
  private final ToolText tool;
  private final OfficialLanguage language;
  private final MeetingRecord record;

  NextText(ToolText tool, MeetingRecord record) {
    this.tool = tool;
    this.language = tool.language();
    this.record = record;
  }

  OfficialLanguage language() {
    return language;
  }

  boolean english() {
    return language == OfficialLanguage.ENGLISH;
  }

  String format(String key, Object... namesAndValues) {
    return tool.format(key, namesAndValues);
  }

  /** "a, b and c" (English without a serial comma, as the tool always wrote it), "a, b y c". */
  String and(List<String> words) {
    return english()
        ? Texts.and(words)
        : ListFormatter.getInstance(
                new ULocale(language.code()), ListFormatter.Type.AND, ListFormatter.Width.WIDE)
            .format(words);
  }

  /** "a, b or c", "a, b u objetarla": ICU knows that Spanish "o" becomes "u" before an o. */
  String or(List<String> words) {
    return english()
        ? Texts.or(words)
        : ListFormatter.getInstance(
                new ULocale(language.code()), ListFormatter.Type.OR, ListFormatter.Width.WIDE)
            .format(words);
  }

  /**
   * The arguments a pattern needs to join a participant's name to a preposition: its article
   * ({@code none}, {@code el}, {@code la}, {@code l}, {@code le}, {@code les}, {@code o}, {@code
   * a}...), whether it starts with a vowel sound, and its text. A delegation is named by its state
   * in the language ("el Perú", "le Costa Rica"); in English, and for any other participant or a
   * person, the name the record gives, without article.
   */
  private Object[] phrase(String participantOrPerson) {
    Optional<Participant> participant = record.participant(participantOrPerson);
    Optional<MemberState> state = participant.flatMap(Participant::state);
    if (english() || state.isEmpty()) {
      String text =
          participant
              .map(Participant::name)
              .or(() -> record.person(participantOrPerson).map(p -> p.name()))
              .orElse(participantOrPerson);
      return new Object[] {"art", "none", "vowel", "no", "text", text};
    }
    StateName name = state.get().name(language);
    String article = name.article().map(a -> a.equals("l’") ? "l" : a).orElse("none");
    return new Object[] {
      "art", article, "vowel", name.vowelSound() ? "yes" : "no", "text", name.noun().text()
    };
  }

  /** A participant standing alone, as in a list after a colon: "Peru", "el Perú". */
  String name(String participant) {
    return format("next.name", phrase(participant));
  }

  /** Participants standing alone, as a list: "Colombia and Nicaragua", "Colombia y Nicaragua". */
  String names(List<String> participants) {
    return and(participants.stream().map(this::name).toList());
  }

  /** Who moved an act, after its kind: "by Costa Rica", "del Perú", "du Costa Rica". */
  String by(Act act) {
    if (act.person().isPresent()) {
      return format("next.by", phrase(act.person().get()));
    }
    if (act.by().isPresent()) {
      return format("next.by", phrase(act.by().get()));
    }
    return format("next.byTheMeeting");
  }

  /** Who seconded, supported or objected: "Paraguay, Ecuador", "pelo Paraguai e pelo Equador". */
  private String agents(List<String> participants) {
    List<String> each = participants.stream().map(p -> format("next.agent", phrase(p))).toList();
    // English lists them with commas alone, as the tool always did.
    return english() ? String.join(", ", each) : and(each);
  }

  /** The kind of an act as a noun: "nomination", "candidatura". */
  String kind(ActKind kind) {
    return format("next.act", "kind", kind.toString());
  }

  /** The grammatical gender of the noun for an act's kind, as the patterns select on it. */
  String gender(ActKind kind) {
    return format("next.actGender", "kind", kind.toString());
  }

  /** An act and who did it: "seconding by Chile", "secundación de Chile". */
  String describe(Act act) {
    return kind(act.kind()) + act.id().map(id -> " \"" + id + "\"").orElse("") + " " + by(act);
  }

  /**
   * A motion, who moved it, and who has seconded, supported or objected to it: "2.a#18 nomination
   * "nomination-vice-chair" by Costa Rica", "2.a#18 candidatura "nomination-vice-chair" de Costa
   * Rica".
   */
  String motion(MotionState m) {
    String gender = gender(m.act().kind());
    StringBuilder text =
        new StringBuilder().append(m.location()).append(' ').append(describe(m.act()));
    if (!m.seconders().isEmpty()) {
      text.append(format("next.seconded", "gender", gender, "agents", agents(m.seconders())));
    }
    if (!m.supporters().isEmpty()) {
      text.append(format("next.supported", "gender", gender, "agents", agents(m.supporters())));
    }
    if (!m.objectors().isEmpty()) {
      text.append(format("next.objected", "gender", gender, "agents", agents(m.objectors())));
    }
    return text.toString();
  }

  /** Whom a nomination names: the person's name as the record gives it. */
  String nominee(Act act) {
    return act instanceof Nomination nomination
        ? record.person(nomination.nominee()).map(p -> p.name()).orElse(nomination.nominee())
        : kind(act.kind());
  }

  /**
   * A document: in English as the tool always named it ("MISPA V/doc.1/15 rev. 1 the draft
   * agenda"); in another language its class, its symbol and its name as the record gives it ("Orden
   * del día MISPA V/doc.1/15 rev. 1 (the draft agenda)").
   */
  String document(Document d) {
    if (english()) {
      return StateCommand.document(d);
    }
    String noun = d.documentClass().noun(language).text();
    String symbol = d.symbol().map(Object::toString).orElse("");
    String name = d.name();
    return Character.toUpperCase(noun.charAt(0))
        + noun.substring(1)
        + (symbol.isEmpty() ? "" : " " + symbol)
        + (name.equals(symbol) ? "" : " (" + name + ")");
  }

  /**
   * The member states a rule set counts on {@code day}: "34 member states; not counted: Cuba (not
   * participating)", "34 Estados miembros; no se cuentan: Cuba (no participa)".
   */
  String base(MembershipBase base, LocalDate day) {
    List<String> counted = new ArrayList<>();
    List<String> notCounted = new ArrayList<>();
    for (MemberState state : MemberState.values()) {
      Standing standing = state.standingOn(day);
      if (standing == Standing.MEMBER) {
        continue;
      }
      String name = english() ? state.englishName() : state.name(language).withArticle();
      String named =
          name + " (" + format("next.standing", "standing", camel(standing.name())) + ")";
      (base.counts(standing) ? counted : notCounted).add(named);
    }
    return format(
        "next.base",
        "count",
        base.count(day),
        "hasCounted",
        counted.isEmpty() ? "no" : "yes",
        "counted",
        String.join(", ", counted),
        "hasNotCounted",
        notCounted.isEmpty() ? "no" : "yes",
        "notCounted",
        String.join(", ", notCounted));
  }

  /**
   * What a vote needs and why: "a majority of the 34 member states, 18 votes (for an election:
   * practice; OAS Charter, Art. 59)", "mayoría de dos tercios de los 34 Estados miembros, 23 votos
   * (para el orden del día: OAS Charter; GA Rules)". The source is a citation, never translated.
   */
  String vote(VoteRequirement vote) {
    Threshold threshold = vote.threshold();
    String fraction = threshold.fraction().code();
    String base =
        switch (threshold.base()) {
          case MEMBER_STATES -> "memberStates";
          case MEMBER_STATES_PRESENT -> "present";
          case PRESENT_AND_VOTING -> "presentAndVoting";
        };
    boolean counted = vote.baseCount().isPresent();
    String majority =
        format(
            "next.majority",
            "fraction",
            fraction,
            "numerator",
            threshold.numerator(),
            "denominator",
            threshold.denominator(),
            "base",
            base,
            "counted",
            counted ? "yes" : "no",
            "count",
            vote.baseCount().orElse(0),
            "votes",
            vote.votesToCarry().orElse(0));
    return format(
        "next.vote",
        "majority",
        majority,
        "matter",
        matter(vote.matter()),
        "source",
        vote.majority().source());
  }

  private String matter(Matter matter) {
    return format("next.matter", "matter", camel(matter.name()));
  }

  /** {@code NOT_PARTICIPATING} as the patterns select on it: {@code notParticipating}. */
  private static String camel(String constant) {
    StringBuilder camel = new StringBuilder();
    for (String part : constant.toLowerCase(Locale.ROOT).split("_", -1)) {
      camel.append(
          camel.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return camel.toString();
  }
}
