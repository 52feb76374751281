package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.GrammaticalGender;
import io.github.mispa.model.Link;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MeetingSeries;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.ParticipantKind;
import io.github.mispa.model.Person;
import io.github.mispa.model.Position;
import io.github.mispa.model.PreviousMeeting;
import io.github.mispa.model.Translation;
import io.github.mispa.model.Venue;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The shapes of a record and of its parts other than acts (whose shapes are their {@link
 * ActKind}'s), and the codes of the model's enums: with {@link ActKind#shape()}, the one
 * description of the wire format.
 */
public final class RecordShapes {
  /**
   * The version of the wire format that writers write: 2. Readers read it and every earlier one; a
   * field or code has the versions its {@link Shape.Field#since()} and {@link Shape.Field#until()}
   * (or {@link ValueType#since}) say.
   */
  public static final int FORMAT_VERSION = 2;

  /** The first version of the wire format, which readers still read: 1. */
  public static final int OLDEST_VERSION = 1;

  private RecordShapes() {}

  // ---- Codes

  static final ValueType<MemberState> MEMBER_STATE =
      ValueType.code(
          MemberState.class,
          MemberState::alpha3,
          "the ISO 3166-1 alpha-3 code of an OAS member state, in capitals, such as \"PER\"");
  static final ValueType<OfficialLanguage> LANGUAGE =
      ValueType.code(OfficialLanguage.class, OfficialLanguage::code, null);
  static final ValueType<ParticipantKind> PARTICIPANT_KIND = ValueType.camel(ParticipantKind.class);
  static final ValueType<DocumentClass> DOCUMENT_CLASS = ValueType.camel(DocumentClass.class);
  static final ValueType<Office> OFFICE =
      ValueType.camel(
          Office.class, ImmutableMap.of(Office.FIRST_VICE_CHAIR, 2, Office.SECOND_VICE_CHAIR, 2));
  static final ValueType<SessionKind> SESSION_KIND = ValueType.camel(SessionKind.class);
  static final ValueType<DecisionMethod> DECISION_METHOD =
      ValueType.camel(DecisionMethod.class, ImmutableMap.of(DecisionMethod.NOT_STATED, 2));
  static final ValueType<Outcome> OUTCOME = ValueType.camel(Outcome.class);
  static final ValueType<Vote> VOTE = ValueType.camel(Vote.class);
  static final ValueType<AmendmentChange> AMENDMENT_CHANGE = ValueType.camel(AmendmentChange.class);
  static final ValueType<ProposalKind> PROPOSAL_KIND =
      ValueType.camel(ProposalKind.class, ImmutableMap.of(ProposalKind.SUSPENSION, 2));
  static final ValueType<MajorityKind> MAJORITY_KIND = ValueType.camel(MajorityKind.class);
  static final ValueType<ReportKind> REPORT_KIND = ValueType.camel(ReportKind.class);
  static final ValueType<SpeechForm> SPEECH_FORM = ValueType.camel(SpeechForm.class);
  static final ValueType<GrammaticalGender> GRAMMATICAL_GENDER =
      ValueType.camel(GrammaticalGender.class);

  /** The type of an act: its kind, by logical name. */
  static final ValueType<ActKind> ACT_TYPE =
      ValueType.code(ActKind.class, ActKind::logicalName, null);

  private static final ImmutableMap<Class<?>, ValueType<?>> CODES =
      ImmutableList.of(
              MEMBER_STATE,
              LANGUAGE,
              PARTICIPANT_KIND,
              DOCUMENT_CLASS,
              OFFICE,
              SESSION_KIND,
              DECISION_METHOD,
              OUTCOME,
              VOTE,
              AMENDMENT_CHANGE,
              PROPOSAL_KIND,
              REPORT_KIND,
              SPEECH_FORM,
              MAJORITY_KIND,
              GRAMMATICAL_GENDER,
              ACT_TYPE)
          .stream()
          .collect(ImmutableMap.toImmutableMap(ValueType::javaType, t -> t));

  // ---- Value types of the parts

  static final ValueType<Integer> SESSION_NUMBER =
      ValueType.integer(1, Integer.MAX_VALUE, "a session number, from 1");
  static final ValueType<Integer> COUNT =
      ValueType.integer(0, Tally.MAX_COUNT, "a count, an integer from 0 to " + Tally.MAX_COUNT);

  // ---- Shapes

  static final Shape<Translation> TRANSLATION =
      Shape.ofValues(
              Translation.class,
              "translation",
              "a translation",
              "A title or a summary in another official language than the record's (English).",
              v -> Translation.of((OfficialLanguage) v[0], (String) v[1]))
          .value("language", LANGUAGE, Translation::language, "")
          .value("text", ValueType.TEXT, Translation::text, "")
          .build();

  /** What a field of translations of a title holds, for the schema. */
  static final String TITLE_TRANSLATIONS =
      "The title in other official languages, where a source gives it: each language at most"
          + " once, written in the order en, es, fr, pt; one in English must be the title itself.";

  /** The translations of a text, as the wire format lists them: in the order of the languages. */
  static ImmutableList<Translation> translations(ImmutableMap<OfficialLanguage, String> texts) {
    if (texts.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Translation> list = ImmutableList.builder();
    for (OfficialLanguage language : OfficialLanguage.values()) {
      String text = texts.get(language);
      if (text != null) {
        list.add(Translation.of(language, text));
      }
    }
    return list.build();
  }

  /**
   * The translations listed, by language; {@code what} names the text they translate in the message
   * that refuses two in one language.
   */
  static ImmutableMap<OfficialLanguage, String> translationMap(
      Iterable<Translation> translations, String what) {
    java.util.EnumMap<OfficialLanguage, String> map =
        new java.util.EnumMap<>(OfficialLanguage.class);
    for (Translation translation : translations) {
      if (map.put(translation.language(), translation.text()) != null) {
        throw new IllegalArgumentException(
            "the "
                + what
                + " is given twice in "
                + io.github.mispa.internal.Checks.languageName(translation.language())
                + ": each language at most once");
      }
    }
    return ImmutableMap.copyOf(map);
  }

  static final Shape<MeetingSeries> SERIES =
      Shape.ofValues(
              MeetingSeries.class,
              "series",
              "a meeting series",
              "A series of meetings.",
              v -> MeetingSeries.of((String) v[0], (String) v[1]))
          .value(
              "code",
              ValueType.SERIES_CODE,
              MeetingSeries::code,
              "Capital letters and digits, starting with a letter, such as MISPA.")
          .value("name", ValueType.TEXT, MeetingSeries::name, "")
          .build();

  static final Shape<Venue> VENUE =
      Shape.ofValues(
              Venue.class,
              "venue",
              "a venue",
              "Where a meeting is held.",
              v -> Venue.of((String) v[0], (MemberState) v[1]))
          .value("city", ValueType.TEXT, Venue::city, "")
          .value("country", MEMBER_STATE, Venue::country, "")
          .build();

  static final Shape<PreviousMeeting> PREVIOUS =
      Shape.of(
              PreviousMeeting.class,
              "previousMeeting",
              "a previous meeting",
              "The previous meeting of the series.",
              PreviousMeeting::builder,
              PreviousMeeting.Builder::build)
          .required(
              "edition", ValueType.EDITION, PreviousMeeting::edition, (b, v) -> b.edition(v), "")
          .required(
              "venue",
              object(Venue.class, "venue"),
              PreviousMeeting::venue,
              (b, v) -> b.venue(v),
              "")
          .required(
              "startDate", ValueType.DATE, PreviousMeeting::startDate, (b, v) -> b.startDate(v), "")
          .required("endDate", ValueType.DATE, PreviousMeeting::endDate, (b, v) -> b.endDate(v), "")
          .optional(
              "chair",
              ValueType.PERSON,
              PreviousMeeting::chair,
              (b, v) -> b.chair(v),
              "Who chaired it.")
          .build();

  static final Shape<Meeting> MEETING =
      Shape.of(
              Meeting.class,
              "meeting",
              "a meeting",
              "The meeting: which one, where, when, on what theme, convened by what.",
              Meeting::builder,
              Meeting.Builder::build)
          .required(
              "series",
              object(MeetingSeries.class, "series"),
              Meeting::series,
              (b, v) -> b.series(v),
              "")
          .required("edition", ValueType.EDITION, Meeting::edition, (b, v) -> b.edition(v), "")
          .required("venue", object(Venue.class, "venue"), Meeting::venue, (b, v) -> b.venue(v), "")
          .required("startDate", ValueType.DATE, Meeting::startDate, (b, v) -> b.startDate(v), "")
          .required("endDate", ValueType.DATE, Meeting::endDate, (b, v) -> b.endDate(v), "")
          .optional("theme", ValueType.TEXT, Meeting::theme, (b, v) -> b.theme(v), "")
          .set(
              "languages",
              LANGUAGE,
              true,
              Meeting::languages,
              (b, v) -> b.languages(v),
              "Official languages, each once; written in the order en, es, fr, pt.")
          .optional(
              "convenedBy", ValueType.SYMBOL, Meeting::convenedBy, (b, v) -> b.convenedBy(v), "")
          .optional("framework", ValueType.TEXT, Meeting::framework, (b, v) -> b.framework(v), "")
          .optional(
              "previous",
              object(PreviousMeeting.class, "previousMeeting"),
              Meeting::previous,
              (b, v) -> b.previous(v),
              "")
          .optional(
              "designatedProvisionalPresident",
              ValueType.PERSON,
              Meeting::designatedProvisionalPresident,
              (b, v) -> b.designatedProvisionalPresident(v),
              "Who the host designated to preside until the chair is elected.")
          .build();

  static final Shape<Participant> PARTICIPANT =
      Shape.of(
              Participant.class,
              "participant",
              "a participant",
              "A party to the meeting. A member-state delegation has a state, and its name defaults"
                  + " to the state's English name; every other participant has a name and no"
                  + " state.",
              Participant::builder,
              Participant.Builder::build)
          .required("id", ValueType.PARTICIPANT_ID, Participant::id, (b, v) -> b.id(v), "")
          .required(
              "kind",
              PARTICIPANT_KIND,
              Participant::kind,
              (b, v) -> b.kind(v),
              "What kind of participant it is.")
          .defaulted("name", ValueType.TEXT, Participant::name, (b, v) -> b.name(v), "")
          .optional("state", MEMBER_STATE, Participant::state, (b, v) -> b.state(v), "")
          .optional("head", ValueType.PERSON, Participant::head, (b, v) -> b.head(v), "")
          .defaulted(
              "accredited",
              ValueType.BOOLEAN,
              Participant::accredited,
              (b, v) -> b.accredited(v),
              "Whether the meeting accepted the participant's credentials; true when absent.")
          .presentExactlyWhen("state", "kind", "memberStateDelegation")
          .requiredUnless("name", "kind", "memberStateDelegation")
          .build();

  static final Shape<Position> POSITION =
      Shape.of(
              Position.class,
              "position",
              "a position",
              "A position a person holds for a participant or body, with its title where the"
                  + " record gives one.",
              Position::builder,
              Position.Builder::build)
          .optional("title", ValueType.TEXT, Position::title, (b, v) -> b.title(v), "")
          .required(
              "participant",
              ValueType.PARTICIPANT,
              Position::participant,
              (b, v) -> b.participant(v),
              "The participant or body the position is held for.")
          .build();

  static final Shape<Person> PERSON =
      Shape.of(
              Person.class,
              "person",
              "a person",
              "A person named in the record, with the positions they hold.",
              Person::builder,
              Person.Builder::build)
          .required("id", ValueType.PERSON_ID, Person::id, (b, v) -> b.id(v), "")
          .required("name", ValueType.TEXT, Person::name, (b, v) -> b.name(v), "")
          .optional("honorific", ValueType.TEXT, Person::honorific, (b, v) -> b.honorific(v), "")
          .optional(
              "position",
              ValueType.TEXT,
              Person::position,
              (b, v) -> b.position(v),
              "Version 1: the title of the person's one position.")
          .optional(
              "shortName",
              ValueType.TEXT,
              Person::shortName,
              (b, v) -> b.shortName(v),
              "How the record's source refers to the person once introduced, where that is not the"
                  + " honorific and name: \"Prime Minister Cateriano\".")
          .since(2)
          .optional(
              "grammaticalGender",
              GRAMMATICAL_GENDER,
              Person::grammaticalGender,
              (b, v) -> b.grammaticalGender(v),
              "The grammatical gender of the words that agree with the person (\"la Relatora\","
                  + " \"elegida\"), where the record declares it, for a person whose honorific shows"
                  + " none or who has none; never inferred. Where the honorific shows one (Mr., Ms.),"
                  + " the two must agree.")
          .since(2)
          .required(
              "participant",
              ValueType.PARTICIPANT,
              Person::participant,
              (b, v) -> b.participant(v),
              "Version 1: the participant the person belongs to.")
          .nonEmptyList(
              "positions",
              object(Position.class, "position"),
              Person::positions,
              (b, v) -> b.positions(v),
              "The positions the person holds, each for a participant or body; the first is the"
                  + " person's own, whose participant acts without a stated capacity are by.")
          .since(2, ImmutableMap.of("0/title", "position", "0/participant", "participant"))
          .needs(2, p -> !p.additionalPositions().isEmpty(), "several positions")
          .build();

  static final Shape<Document> DOCUMENT =
      Shape.of(
              Document.class,
              "document",
              "a document",
              "A document of the meeting.",
              Document::builder,
              Document.Builder::build)
          .required("id", ValueType.ID, Document::id, (b, v) -> b.id(v), "")
          .optional("symbol", ValueType.SYMBOL, Document::symbol, (b, v) -> b.symbol(v), "")
          .optional(
              "symbolAsPrinted",
              ValueType.TEXT,
              Document::symbolAsPrinted,
              (b, v) -> b.symbolAsPrinted(v),
              "The symbol as the record's source prints it, where that differs from its canonical"
                  + " form: a variant of the same symbol.")
          .since(2)
          .optional(
              "title",
              ValueType.TEXT,
              Document::title,
              (b, v) -> b.title(v),
              "The title, as the record's source gives it; absent where it gives none (required in"
                  + " version 1).")
          .optionalSince(2)
          .list(
              "titleTranslations",
              object(Translation.class, "translation"),
              d -> translations(d.titleTranslations()),
              (b, v) -> b.titleTranslations(translationMap(v, "title")),
              TITLE_TRANSLATIONS)
          .since(2)
          .optional(
              "description",
              ValueType.TEXT,
              Document::description,
              (b, v) -> b.description(v),
              "What the document is, as a noun phrase (\"the draft agenda\"), where the source"
                  + " describes it rather than titles it.")
          .since(2)
          .required(
              "documentClass",
              DOCUMENT_CLASS,
              Document::documentClass,
              (b, v) -> b.documentClass(v),
              "What the document is for.")
          .set(
              "languages",
              LANGUAGE,
              false,
              Document::languages,
              (b, v) -> b.languages(v),
              "The official languages it was distributed in, each once.")
          .optional(
              "distributedAt",
              ValueType.DATE_TIME,
              Document::distributedAt,
              (b, v) -> b.distributedAt(v),
              "When it was distributed.")
          .list(
              "links",
              object(Link.class, "link"),
              Document::links,
              (b, v) -> b.links(v),
              "Where it can be read: a link per language where there are several.")
          .since(2)
          .anyOf("title", "description", "symbol")
          .build();

  static final Shape<Link> LINK =
      Shape.of(
              Link.class,
              "link",
              "a link",
              "Where a document can be read, and in which official language.",
              Link::builder,
              Link.Builder::build)
          .optional("language", LANGUAGE, Link::language, (b, v) -> b.language(v), "")
          .required(
              "url",
              ValueType.URL,
              Link::url,
              (b, v) -> b.url(v),
              "An absolute http or https address.")
          .build();

  static final Shape<Ballot> BALLOT =
      Shape.ofValues(
              Ballot.class,
              "ballot",
              "a ballot",
              "One delegation's vote.",
              v -> Ballot.of((String) v[0], (Vote) v[1]))
          .value("participant", ValueType.PARTICIPANT, Ballot::participant, "")
          .value("vote", VOTE, Ballot::vote, "How it voted.")
          .build();

  static final Shape<Tally> TALLY =
      Shape.of(
              Tally.class,
              "tally",
              "a tally",
              "The tally of a vote: ballots, announced counts, or both.",
              Tally::builder,
              Tally.Builder::build)
          .list(
              "ballots", object(Ballot.class, "ballot"), Tally::ballots, (b, v) -> b.ballots(v), "")
          .optional(
              "announcedFor", COUNT, t -> boxed(t.announcedFor()), (b, v) -> b.announcedFor(v), "")
          .optional(
              "announcedAgainst",
              COUNT,
              t -> boxed(t.announcedAgainst()),
              (b, v) -> b.announcedAgainst(v),
              "")
          .optional(
              "announcedAbstentions",
              COUNT,
              t -> boxed(t.announcedAbstentions()),
              (b, v) -> b.announcedAbstentions(v),
              "")
          .optional(
              "announcedAbsent",
              COUNT,
              t -> boxed(t.announcedAbsent()),
              (b, v) -> b.announcedAbsent(v),
              "Member states absent, as announced.")
          .since(2)
          .optional(
              "announcedNotVoting",
              COUNT,
              t -> boxed(t.announcedNotVoting()),
              (b, v) -> b.announcedNotVoting(v),
              "Member states present and not voting, as announced.")
          .since(2)
          .optional(
              "announcedBase",
              COUNT,
              t -> boxed(t.announcedBase()),
              (b, v) -> b.announcedBase(v),
              "The member states the presiding officer counted as the base of the majority.")
          .since(2)
          .anyOf("ballots", "announcedFor", "announcedAgainst")
          .build();

  static final Shape<RequiredMajority> REQUIRED_MAJORITY =
      Shape.of(
              RequiredMajority.class,
              "requiredMajority",
              "a required majority",
              "The majority a decision needs, as the record states it, with the text that"
                  + " requires it.",
              RequiredMajority::builder,
              RequiredMajority.Builder::build)
          .required(
              "kind", MAJORITY_KIND, RequiredMajority::kind, (b, v) -> b.kind(v), "Which majority.")
          .optional(
              "citation",
              ValueType.TEXT,
              RequiredMajority::citation,
              (b, v) -> b.citation(v),
              "The text that requires it, such as \"OAS Charter, Art. 59\".")
          .build();

  static final Shape<AgendaItem> ITEM =
      Shape.of(
              AgendaItem.class,
              "agendaItem",
              "an agenda item",
              "An agenda item, with its acts in the order they happened.",
              AgendaItem::builder,
              AgendaItem.Builder::build)
          .required(
              "number",
              ValueType.ITEM_NUMBER,
              AgendaItem::number,
              (b, v) -> b.number(v),
              "The session number, then optionally a dot and one to three lowercase letters: 2.a.")
          .required("title", ValueType.TEXT, AgendaItem::title, (b, v) -> b.title(v), "")
          .list(
              "titleTranslations",
              object(Translation.class, "translation"),
              i -> translations(i.titleTranslations()),
              (b, v) -> b.titleTranslations(translationMap(v, "title")),
              TITLE_TRANSLATIONS)
          .since(2)
          .optional(
              "unlettered",
              ValueType.BOOLEAN,
              i -> i.unlettered() ? Optional.of(true) : Optional.empty(),
              (b, v) -> b.unlettered(v),
              "Whether the record's source gives the item no letter, though its number has one;"
                  + " written only when true.")
          .since(2)
          .list(
              "documents", ValueType.DOCUMENT, AgendaItem::documents, (b, v) -> b.documents(v), "")
          .list("acts", ValueType.ACT, AgendaItem::acts, (b, v) -> b.acts(v), "")
          .build();

  static final Shape<Session> SESSION =
      Shape.of(
              Session.class,
              "session",
              "a session",
              "A session of the meeting, with its agenda items in order.",
              Session::builder,
              Session.Builder::build)
          .required(
              "number",
              SESSION_NUMBER,
              Session::number,
              (b, v) -> b.number(v),
              "The session's number, from 1.")
          .required(
              "kind",
              SESSION_KIND,
              Session::kind,
              (b, v) -> b.kind(v),
              "What kind of session it is.")
          .optional("title", ValueType.TEXT, Session::title, (b, v) -> b.title(v), "")
          .list(
              "titleTranslations",
              object(Translation.class, "translation"),
              t -> translations(t.titleTranslations()),
              (b, v) -> b.titleTranslations(translationMap(v, "title")),
              TITLE_TRANSLATIONS)
          .since(2)
          .optional("date", ValueType.DATE, Session::date, (b, v) -> b.date(v), "")
          .optionalSet(
              "attendance",
              ValueType.PARTICIPANT,
              Session::attendance,
              (b, v) -> b.attendance(ImmutableSet.copyOf(v)),
              "The participants present. Absent when the record does not know; [] when it says"
                  + " nobody was.")
          .list(
              "items",
              object(AgendaItem.class, "agendaItem"),
              Session::items,
              (b, v) -> b.items(v),
              "")
          .build();

  /** A JSON Pointer into the record. */
  static final ValueType<String> POINTER =
      ValueType.text("^(/([^/~]|~[01])*)+$", "a JSON Pointer into the record");

  static final Shape<Source> SOURCE =
      Shape.of(
              Source.class,
              "source",
              "a source",
              "Where facts that are not in the record's main source come from.",
              Source::builder,
              Source.Builder::build)
          .required(
              "about",
              ValueType.TEXT,
              Source::about,
              (b, v) -> b.about(v),
              "What the facts are, in a noun phrase.")
          .nonEmptyList(
              "facts",
              POINTER,
              Source::facts,
              (b, v) -> b.facts(v),
              "The JSON Pointers of the fields that hold the facts.")
          .required(
              "citation", ValueType.TEXT, Source::citation, (b, v) -> b.citation(v), "Where from.")
          .build();

  static final Shape<MeetingRecord> RECORD =
      Shape.of(
              MeetingRecord.class,
              "record",
              "a meeting record",
              "The record of an OAS meeting: the meeting, its participants, persons and documents,"
                  + " and its sessions with their agenda items and acts in order.",
              MeetingRecord::builder,
              MeetingRecord.Builder::build)
          .required(
              "meeting",
              object(Meeting.class, "meeting"),
              MeetingRecord::meeting,
              (b, v) -> b.meeting(v),
              "")
          .list(
              "participants",
              object(Participant.class, "participant"),
              MeetingRecord::participants,
              (b, v) -> b.participants(v),
              "Delegations, organs, observers, organizations, guests.")
          .list(
              "persons",
              object(Person.class, "person"),
              MeetingRecord::persons,
              (b, v) -> b.persons(v),
              "The persons named in the record.")
          .list(
              "documents",
              object(Document.class, "document"),
              MeetingRecord::documents,
              (b, v) -> b.documents(v),
              "The documents of the meeting.")
          .list(
              "sessions",
              object(Session.class, "session"),
              MeetingRecord::sessions,
              (b, v) -> b.sessions(v),
              "The sessions, in increasing order of number.")
          .list(
              "sources",
              object(Source.class, "source"),
              MeetingRecord::sources,
              (b, v) -> b.sources(v),
              "Where facts that are not in the record's main source come from.")
          .since(2)
          .optional(
              "conclusion",
              ValueType.TEXT,
              MeetingRecord::conclusion,
              (b, v) -> b.conclusion(v),
              "The closing words of the record's source that belong to no session.")
          .since(2)
          .build();

  private static final ImmutableList<Shape<?>> ALL =
      ImmutableList.of(
          RECORD,
          MEETING,
          PREVIOUS,
          SERIES,
          VENUE,
          PARTICIPANT,
          PERSON,
          POSITION,
          DOCUMENT,
          LINK,
          SESSION,
          ITEM,
          TALLY,
          BALLOT,
          REQUIRED_MAJORITY,
          SOURCE,
          TRANSLATION);

  private static final ImmutableList<ValueType<?>> VALUES =
      ImmutableList.<ValueType<?>>builder()
          .addAll(ALL.stream().map(RecordShapes::objectOf).iterator())
          .add(ValueType.EDITION, ValueType.SYMBOL, ValueType.ACT)
          .addAll(CODES.values())
          .build();

  private static <T> ValueType<T> objectOf(Shape<T> shape) {
    return ValueType.object(shape.type(), shape.what(), () -> shape);
  }

  /** An object of the part shape named {@code name}, found when first needed. */
  static <T> ValueType<T> object(Class<T> type, String name) {
    return ValueType.object(type, "an object: " + name, () -> shape(type));
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  /** {@return the shapes of the record and its parts other than acts, the record first} */
  public static ImmutableList<Shape<?>> all() {
    return ALL;
  }

  /** {@return the shape of the record} */
  public static Shape<MeetingRecord> record() {
    return RECORD;
  }

  /** {@return the shape of the part of class {@code type}, or of the act kind of that class} */
  public static <T> Shape<T> shape(Class<T> type) {
    requireNonNull(type, "type");
    for (Shape<?> shape : ALL) {
      if (shape.type() == type) {
        @SuppressWarnings("unchecked") // the shape's type is type
        Shape<T> found = (Shape<T>) shape;
        return found;
      }
    }
    throw new IllegalArgumentException("no shape of " + type.getName());
  }

  /**
   * {@return the type of the values of class {@code type} in the wire format, for bindings that
   * read and write parts of a record on their own: a part (its class or a subclass), an act of any
   * kind, an edition, a document symbol, one of the model's enums; empty for any other class}
   */
  public static Optional<ValueType<?>> valueType(Class<?> type) {
    for (ValueType<?> value : VALUES) {
      if (value.javaType().isAssignableFrom(type)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return {@code path}, a JSON Pointer into a record as the current version of the format has it
   * (such as a problem's), as format version {@code version} has it: {@code
   * /persons/3/positions/0/participant} is {@code /persons/3/participant} in version 1} Paths into
   * acts are the same in every version.
   */
  public static String pathIn(String path, int version) {
    if (version >= FORMAT_VERSION || !path.startsWith("/")) {
      return path;
    }
    String[] parts = path.substring(1).split("/", -1);
    StringBuilder out = new StringBuilder();
    Shape<?> shape = RECORD;
    int i = 0;
    while (shape != null && i < parts.length) {
      Shape.Field<?> field = shape.fieldOrNull(parts[i]);
      if (field == null) {
        break;
      }
      if (field.restatesEarlierFields() && !field.in(version)) {
        String rest = String.join("/", java.util.Arrays.asList(parts).subList(i + 1, parts.length));
        String earlier = field.restated().get(rest);
        if (earlier != null) {
          return out + "/" + earlier;
        }
        break;
      }
      out.append('/').append(parts[i++]);
      boolean many =
          field.multiplicity() != Shape.Multiplicity.ONE
              && field.multiplicity() != Shape.Multiplicity.OPTIONAL;
      if (many && i < parts.length) {
        out.append('/').append(parts[i++]);
      }
      shape = field.type().kind() == ValueType.Kind.OBJECT ? field.type().shape() : null;
    }
    for (; i < parts.length; i++) {
      out.append('/').append(parts[i]);
    }
    return out.toString();
  }

  /** {@return the codes of the model's enums, by enum class} */
  public static ImmutableMap<Class<?>, ValueType<?>> codes() {
    return CODES;
  }

  /** {@return the codes of the enum {@code type}} */
  public static <E extends Enum<E>> ValueType<E> code(Class<E> type) {
    @SuppressWarnings("unchecked") // CODES maps each enum class to its own codes
    ValueType<E> codes = (ValueType<E>) CODES.get(requireNonNull(type, "type"));
    if (codes == null) {
      throw new IllegalArgumentException(type.getName() + " has no codes");
    }
    return codes;
  }
}
