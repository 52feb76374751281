package io.github.mispa.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.mispa.internal.Checks;
import io.github.mispa.json.MispaJsonException.Kind;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MeetingSeries;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import io.github.mispa.model.PreviousMeeting;
import io.github.mispa.model.Venue;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.InvalidRecordException;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordProblem;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import java.io.CharConversionException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads the wire format from a stream of tokens straight into the model's builders, with no tree in
 * between, and turns every failure into a {@link MispaJsonException} that points at its place.
 *
 * <p>Each reading method starts on the first token of its value (as Jackson's deserializers do) and
 * ends on its last. Places are taken from the parser's own context, so that pointers are right
 * however the record is embedded in a larger document; they are computed only when something fails.
 */
final class RecordReader {
  static final Fields RECORD =
      Fields.of(
          "a record",
          "formatVersion!",
          "meeting!",
          "participants",
          "persons",
          "documents",
          "sessions");
  static final Fields MEETING =
      Fields.of(
          "a meeting",
          "series!",
          "edition!",
          "venue!",
          "startDate!",
          "endDate!",
          "theme",
          "languages!",
          "convenedBy",
          "framework",
          "previous",
          "designatedProvisionalPresident");
  static final Fields PREVIOUS =
      Fields.of("a previous meeting", "edition!", "venue!", "startDate!", "endDate!", "chair");
  static final Fields SERIES = Fields.of("a meeting series", "code!", "name!");
  static final Fields VENUE = Fields.of("a venue", "city!", "country!");
  static final Fields PARTICIPANT =
      Fields.of("a participant", "id!", "kind!", "name", "state", "head", "accredited");
  static final Fields PERSON =
      Fields.of("a person", "id!", "name!", "honorific", "position", "participant!");
  static final Fields DOCUMENT =
      Fields.of(
          "a document", "id!", "symbol", "title!", "documentClass!", "languages", "distributedAt");
  static final Fields SESSION =
      Fields.of("a session", "number!", "kind!", "title", "date", "attendance", "items");
  static final Fields ITEM = Fields.of("an agenda item", "number!", "title!", "documents", "acts");
  static final Fields TALLY =
      Fields.of("a tally", "ballots", "announcedFor", "announcedAgainst", "announcedAbstentions");
  static final Fields BALLOT = Fields.of("a ballot", "participant!", "vote!");
  private static final int TYPE = ActFields.FIELDS.index("type");

  private final JsonParser p;
  private final String base;
  private final JsonParser locator;
  private final boolean ignoreUnknownFields;

  private RecordReader(JsonParser p, String base, JsonParser locator, boolean ignoreUnknownFields) {
    this.p = p;
    this.base = base;
    this.locator = locator;
    this.ignoreUnknownFields = ignoreUnknownFields;
  }

  /**
   * Reads a whole document: one record and nothing after it. The parser must not have read any
   * token yet.
   */
  static MeetingRecord readDocument(JsonParser p, boolean ignoreUnknownFields) {
    RecordReader reader = new RecordReader(p, "", p, ignoreUnknownFields);
    return reader.guard(
        r -> {
          if (p.nextToken() == null) {
            throw r.fail(
                Kind.MALFORMED_JSON, "expected a meeting record (an object), found no content");
          }
          MeetingRecord record = r.record();
          r.end();
          return record;
        });
  }

  /** Reads one value whose first token is the parser's current token, as a deserializer does. */
  static <T> T readValue(
      JsonParser p, boolean ignoreUnknownFields, Function<RecordReader, T> part) {
    return new RecordReader(p, "", p, ignoreUnknownFields).guard(part);
  }

  /** Applies {@code part} to this reader, turning the parser's failures into ours. */
  private <T> T guard(Function<RecordReader, T> part) {
    try {
      return part.apply(this);
    } catch (MispaJsonException e) {
      throw e;
    } catch (JacksonException e) {
      if (isIoFailure(e)) {
        throw e;
      }
      throw ParserFailures.translate(e, pointer(), locator);
    }
  }

  /**
   * Whether {@code e} is a failure of the input itself (a stream that cannot be read), which is the
   * caller's to handle, rather than a property of the content. Bytes that are not text in a Unicode
   * encoding are content.
   */
  static boolean isIoFailure(JacksonException e) {
    return e instanceof JacksonIOException && !(e.getCause() instanceof CharConversionException);
  }

  private void end() {
    JsonToken next;
    try {
      next = p.nextToken();
    } catch (JacksonException e) {
      if (isIoFailure(e)) {
        throw e;
      }
      throw fail(
          Kind.TRAILING_CONTENT,
          "expected the end of the input after the record, found: "
              + ParserFailures.problem(e, p.streamReadConstraints()),
          ParserFailures.where(e, locator),
          e);
    }
    if (next != null) {
      throw fail(
          Kind.TRAILING_CONTENT,
          "expected the end of the input after the record, found " + found());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The record and its parts

  MeetingRecord record() {
    expect(JsonToken.START_OBJECT, "a meeting record (an object)");
    String pointer = pointer();
    MeetingRecord.Builder b = MeetingRecord.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(RECORD, RECORD.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      switch (name) {
        case "formatVersion" -> formatVersion();
        case "meeting" -> b.meeting(meeting());
        case "participants" -> {
          expectArray("an array of participants");
          while (next() != JsonToken.END_ARRAY) {
            b.addParticipants(participant());
          }
        }
        case "persons" -> {
          expectArray("an array of persons");
          while (next() != JsonToken.END_ARRAY) {
            b.addPersons(person());
          }
        }
        case "documents" -> {
          expectArray("an array of documents");
          while (next() != JsonToken.END_ARRAY) {
            b.addDocuments(document());
          }
        }
        case "sessions" -> {
          expectArray("an array of sessions");
          while (next() != JsonToken.END_ARRAY) {
            b.addSessions(session());
          }
        }
        default -> throw new AssertionError(name);
      }
    }
    require(RECORD, seen);
    try {
      return b.build();
    } catch (InvalidRecordException e) {
      // The record's problems have pointers relative to the record: make them point into the input.
      ImmutableList.Builder<RecordProblem> problems = ImmutableList.builder();
      for (RecordProblem problem : e.problems()) {
        problems.add(RecordProblem.of(pointer + problem.path(), problem.message()));
      }
      throw MispaJsonException.invalidRecord(problems.build(), e);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  private void formatVersion() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("the format version, the integer " + Wire.FORMAT_VERSION);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != Wire.FORMAT_VERSION) {
      throw fail(
          Kind.UNSUPPORTED_VERSION,
          "format version "
              + Wire.cut(p.getString())
              + " is not supported: this library reads version "
              + Wire.FORMAT_VERSION);
    }
  }

  Meeting meeting() {
    expectObject(MEETING);
    Meeting.Builder b = Meeting.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(MEETING, MEETING.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      switch (name) {
        case "series" -> b.series(series());
        case "edition" -> b.edition(edition());
        case "venue" -> b.venue(venue());
        case "startDate" -> b.startDate(date());
        case "endDate" -> b.endDate(date());
        case "theme" -> b.theme(string());
        case "languages" -> b.addAllLanguages(languages());
        case "convenedBy" -> b.convenedBy(symbol());
        case "framework" -> b.framework(string());
        case "previous" -> b.previous(previous());
        case "designatedProvisionalPresident" -> b.designatedProvisionalPresident(id());
        default -> throw new AssertionError(name);
      }
    }
    require(MEETING, seen);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  PreviousMeeting previous() {
    expectObject(PREVIOUS);
    PreviousMeeting.Builder b = PreviousMeeting.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(PREVIOUS, PREVIOUS.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      switch (name) {
        case "edition" -> b.edition(edition());
        case "venue" -> b.venue(venue());
        case "startDate" -> b.startDate(date());
        case "endDate" -> b.endDate(date());
        case "chair" -> b.chair(id());
        default -> throw new AssertionError(name);
      }
    }
    require(PREVIOUS, seen);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  MeetingSeries series() {
    expectObject(SERIES);
    String code = "";
    String name = "";
    long seen = 0;
    for (String field = p.nextName(); field != null; field = p.nextName()) {
      int index = field(SERIES, SERIES.all(), seen, field);
      if (index < 0) {
        continue;
      }
      seen |= 1L << index;
      next();
      if (field.equals("code")) {
        code = string();
      } else {
        name = string();
      }
    }
    require(SERIES, seen);
    try {
      return MeetingSeries.of(code, name);
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
  }

  Venue venue() {
    expectObject(VENUE);
    String city = "";
    MemberState country = MemberState.PERU;
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(VENUE, VENUE.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      if (name.equals("city")) {
        city = string();
      } else {
        country = code(Wire.MEMBER_STATE);
      }
    }
    require(VENUE, seen);
    try {
      return Venue.of(city, country);
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
  }

  Participant participant() {
    expectObject(PARTICIPANT);
    Participant.Builder b = Participant.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(PARTICIPANT, PARTICIPANT.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      switch (name) {
        case "id" -> b.id(id());
        case "kind" -> b.kind(code(Wire.PARTICIPANT_KIND));
        case "name" -> b.name(string());
        case "state" -> b.state(code(Wire.MEMBER_STATE));
        case "head" -> b.head(id());
        case "accredited" -> b.accredited(bool());
        default -> throw new AssertionError(name);
      }
    }
    require(PARTICIPANT, seen);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  Person person() {
    expectObject(PERSON);
    Person.Builder b = Person.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(PERSON, PERSON.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      switch (name) {
        case "id" -> b.id(id());
        case "name" -> b.name(string());
        case "honorific" -> b.honorific(string());
        case "position" -> b.position(string());
        case "participant" -> b.participant(id());
        default -> throw new AssertionError(name);
      }
    }
    require(PERSON, seen);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  Document document() {
    expectObject(DOCUMENT);
    Document.Builder b = Document.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(DOCUMENT, DOCUMENT.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      switch (name) {
        case "id" -> b.id(id());
        case "symbol" -> b.symbol(symbol());
        case "title" -> b.title(string());
        case "documentClass" -> b.documentClass(code(Wire.DOCUMENT_CLASS));
        case "languages" -> b.addAllLanguages(languages());
        case "distributedAt" -> b.distributedAt(dateTime());
        default -> throw new AssertionError(name);
      }
    }
    require(DOCUMENT, seen);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  Session session() {
    expectObject(SESSION);
    Session.Builder b = Session.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(SESSION, SESSION.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      switch (name) {
        case "number" -> b.number(integer(1, Integer.MAX_VALUE, "a session number, from 1"));
        case "kind" -> b.kind(code(Wire.SESSION_KIND));
        case "title" -> b.title(string());
        case "date" -> b.date(date());
        case "attendance" -> b.attendance(attendance());
        case "items" -> {
          expectArray("an array of agenda items");
          while (next() != JsonToken.END_ARRAY) {
            b.addItems(item());
          }
        }
        default -> throw new AssertionError(name);
      }
    }
    require(SESSION, seen);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  private ImmutableSet<String> attendance() {
    expectArray("an array of participant ids");
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    Set<String> seen = new HashSet<>();
    while (next() != JsonToken.END_ARRAY) {
      String id = id();
      if (!seen.add(id)) {
        throw invalid("participant " + Wire.quote(id) + " is listed twice");
      }
      ids.add(id);
    }
    return ids.build();
  }

  AgendaItem item() {
    expectObject(ITEM);
    AgendaItem.Builder b = AgendaItem.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(ITEM, ITEM.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      switch (name) {
        case "number" -> b.number(string());
        case "title" -> b.title(string());
        case "documents" -> b.addAllDocuments(ids());
        case "acts" -> {
          expectArray("an array of acts");
          while (next() != JsonToken.END_ARRAY) {
            b.addActs(act());
          }
        }
        default -> throw new AssertionError(name);
      }
    }
    require(ITEM, seen);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  /** Reads an act, of the kind its {@code type} says. */
  Act act() {
    expect(JsonToken.START_OBJECT, "an act (an object with a \"type\")");
    String first = p.nextName();
    if (first == null) {
      throw fail(Kind.MISSING_FIELD, "missing required field \"type\" in an act");
    }
    if (!first.equals("type")) {
      return bufferedAct();
    }
    next();
    return actFields(actType(), p.nextName(), 1L << TYPE);
  }

  /** Reads an act of a given class: a {@code Seconding} where the caller asks for one, say. */
  <A extends Act> A act(Class<A> type) {
    Act act = act();
    if (!type.isInstance(act)) {
      throw fail(
          Kind.WRONG_TYPE,
          "expected an act of class "
              + type.getSimpleName()
              + ", found an act of type "
              + Wire.quote(act.kind().logicalName()));
    }
    return type.cast(act);
  }

  /**
   * Reads an act whose {@code type} is not its first field. The writer always puts it first, so
   * this is the rare path: the act is buffered, its type found, then the buffer is read as if the
   * type had come first, with pointers made relative to the act's place.
   */
  private Act bufferedAct() {
    TokenStreamContext act = p.streamReadContext();
    TokenStreamContext parent = act.getParent();
    String actPointer = base + (parent == null ? "" : parent.pathAsPointer().toString());
    // A buffer of its own, not forBuffering(p): that would carry the parser's (changing) context
    // into the replay, and the pointers are made from actPointer instead.
    TokenBuffer buffer = new TokenBuffer(ObjectWriteContext.empty(), false);
    buffer.writeStartObject();
    do {
      buffer.copyCurrentStructure(p);
    } while (next() == JsonToken.PROPERTY_NAME);
    buffer.writeEndObject();

    ActKind kind = null;
    try (JsonParser scan = buffer.asParser(p.objectReadContext())) {
      scan.nextToken();
      for (String name = scan.nextName(); name != null; name = scan.nextName()) {
        scan.nextToken();
        if (name.equals("type")) {
          kind = new RecordReader(scan, actPointer, locator, ignoreUnknownFields).actType();
          break;
        }
        scan.skipChildren();
      }
    }
    if (kind == null) {
      throw fail(Kind.MISSING_FIELD, "missing required field \"type\" in an act");
    }
    try (JsonParser replay = buffer.asParser(p.objectReadContext())) {
      replay.nextToken();
      return new RecordReader(replay, actPointer, locator, ignoreUnknownFields)
          .actFields(kind, replay.nextName(), 0);
    }
  }

  private ActKind actType() {
    String type = string();
    ActKind kind = Wire.ACT_TYPE.find(type);
    if (kind == null) {
      throw fail(
          Kind.UNKNOWN_TYPE,
          "expected the type of an act, "
              + Wire.ACT_TYPE.expected()
              + "; found "
              + Wire.quote(type));
    }
    return kind;
  }

  /**
   * Reads the fields of an act of {@code kind}, from the field {@code first} on, and builds the
   * act. {@code seen} holds the fields already read: the type, where it came first.
   */
  private Act actFields(ActKind kind, @Nullable String first, long seen) {
    ActFields f = new ActFields();
    long allowed = ActFields.allowed(kind);
    for (String name = first; name != null; name = p.nextName()) {
      int field = field(ActFields.FIELDS, allowed, seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      switch (name) {
        case "type" -> {
          // Only where the type did not come first: it was read already, and is the same.
          string();
        }
        case "id" -> f.id = id();
        case "by" -> f.by = id();
        case "person" -> f.person = id();
        case "summary" -> f.summary = string();
        case "method" -> f.method = code(Wire.DECISION_METHOD);
        case "outcome" -> f.outcome = code(Wire.OUTCOME);
        case "tally" -> f.tally = tally();
        case "on" -> {
          if (kind == ActKind.DECISION) {
            f.onList = ids();
          } else {
            f.on = id();
          }
        }
        case "incorporating" -> f.incorporating = ids();
        case "documents" -> f.documents = ids();
        case "form" -> f.form = code(Wire.SPEECH_FORM);
        case "title" -> f.title = string();
        case "document" -> f.document = id();
        case "inRemembranceOf" -> f.inRemembranceOf = string();
        case "reportKind" -> f.reportKind = code(Wire.REPORT_KIND);
        case "verbal" -> f.verbal = bool();
        case "nominee" -> f.nominee = id();
        case "office" -> f.office = code(Wire.OFFICE);
        case "of" -> f.of = id();
        case "to" -> f.to = id();
        case "proposalKind" -> f.proposalKind = code(Wire.PROPOSAL_KIND);
        case "text" -> f.text = string();
        case "proposal" -> f.proposal = id();
        case "change" -> f.change = code(Wire.AMENDMENT_CHANGE);
        case "cosponsors" -> f.cosponsors = ids();
        case "edition" -> f.edition = edition();
        case "city" -> f.city = string();
        case "requests" -> f.requests = ids();
        case "substantive" -> f.substantive = bool();
        case "against" -> f.against = id();
        default -> throw new AssertionError(name);
      }
    }
    long missing = ActFields.required(kind) & ~seen;
    if (missing != 0) {
      throw missing(ActFields.FIELDS, missing, "a " + kind.logicalName());
    }
    try {
      return f.build(kind);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  Tally tally() {
    expectObject(TALLY);
    Tally.Builder b = Tally.builder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(TALLY, TALLY.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      switch (name) {
        case "ballots" -> {
          expectArray("an array of ballots");
          while (next() != JsonToken.END_ARRAY) {
            b.addBallots(ballot());
          }
        }
        case "announcedFor" -> b.announcedFor(count());
        case "announcedAgainst" -> b.announcedAgainst(count());
        case "announcedAbstentions" -> b.announcedAbstentions(count());
        default -> throw new AssertionError(name);
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  Ballot ballot() {
    expectObject(BALLOT);
    String participant = "";
    Vote vote = Vote.FOR;
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      int field = field(BALLOT, BALLOT.all(), seen, name);
      if (field < 0) {
        continue;
      }
      seen |= 1L << field;
      next();
      if (name.equals("participant")) {
        participant = id();
      } else {
        vote = code(Wire.VOTE);
      }
    }
    require(BALLOT, seen);
    try {
      return Ballot.of(participant, vote);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(e);
    }
  }

  private int count() {
    return integer(0, Tally.MAX_COUNT, "a count, an integer from 0 to " + Tally.MAX_COUNT);
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    return p.getString();
  }

  String id() {
    String id = string();
    // Checked here as well as by the builder, so that a bad id is reported at its own field
    // rather than at the object holding it.
    if (!Checks.isId(id)) {
      throw invalid(
          "expected an id (a letter or digit, then letters, digits, '.', '_' or '-', at most 64"
              + " characters), found "
              + Wire.quote(id));
    }
    return id;
  }

  private ImmutableList<String> ids() {
    expectArray("an array of ids");
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    while (next() != JsonToken.END_ARRAY) {
      ids.add(id());
    }
    return ids.build();
  }

  private boolean bool() {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("a boolean");
  }

  private int integer(int min, int max, String what) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(what);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < min
        || p.getIntValue() > max) {
      throw invalid("expected " + what + ", found " + Wire.cut(p.getString()));
    }
    return p.getIntValue();
  }

  Edition edition() {
    return Edition.of(integer(1, Edition.MAX, "an edition, an integer from 1 to " + Edition.MAX));
  }

  <E extends Enum<E>> E code(WireEnum<E> wire) {
    String name = string();
    E value = wire.find(name);
    if (value == null) {
      throw invalid("expected " + wire.expected() + ", found " + Wire.quote(name));
    }
    return value;
  }

  private EnumSet<OfficialLanguage> languages() {
    expectArray("an array of language codes");
    EnumSet<OfficialLanguage> languages = EnumSet.noneOf(OfficialLanguage.class);
    while (next() != JsonToken.END_ARRAY) {
      OfficialLanguage language = code(Wire.LANGUAGE);
      if (!languages.add(language)) {
        throw invalid("language " + Wire.quote(language.code()) + " is listed twice");
      }
    }
    return languages;
  }

  DocumentSymbol symbol() {
    String text = string();
    try {
      return DocumentSymbol.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid("expected an OAS document symbol: " + Wire.cut(String.valueOf(e.getMessage())));
    }
  }

  LocalDate date() {
    String text = string();
    // Only yyyy-mm-dd, as the format says: LocalDate.parse also reads "+99999-11-20".
    if (text.length() == 10 && isPlainDate(text, 0)) {
      try {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
      } catch (DateTimeException e) {
        // A day that does not exist, such as 2015-02-30: reported below.
      }
    }
    throw invalid("expected a date as yyyy-mm-dd (ISO 8601), found " + Wire.quote(text));
  }

  private LocalDateTime dateTime() {
    String text = string();
    try {
      if (text.length() == 19
          && isPlainDate(text, 0)
          && text.charAt(10) == 'T'
          && isPlainTime(text, 11)) {
        return LocalDateTime.of(
            digits(text, 0, 4),
            digits(text, 5, 2),
            digits(text, 8, 2),
            digits(text, 11, 2),
            digits(text, 14, 2),
            digits(text, 17, 2));
      }
      // The other forms the schema allows (no seconds, a fraction of a second), and only those.
      if (isLocalDateTime(text)) {
        return LocalDateTime.parse(text);
      }
    } catch (DateTimeException e) {
      // A date or time that does not exist, such as 2015-11-18T25:00: reported below.
    }
    throw invalid(
        "expected a local date and time as yyyy-mm-ddThh:mm:ss (ISO 8601), found "
            + Wire.quote(text));
  }

  /** Whether {@code text} is yyyy-mm-ddThh:mm, optionally with :ss and then .f (1 to 9 digits). */
  private static boolean isLocalDateTime(String text) {
    int length = text.length();
    if (length < 16
        || !isPlainDate(text, 0)
        || text.charAt(10) != 'T'
        || !allDigits(text, 11, 2)
        || text.charAt(13) != ':'
        || !allDigits(text, 14, 2)) {
      return false;
    }
    if (length == 16) {
      return true;
    }
    if (length < 19 || text.charAt(16) != ':' || !allDigits(text, 17, 2)) {
      return false;
    }
    return length == 19
        || (length >= 21
            && length <= 29
            && text.charAt(19) == '.'
            && allDigits(text, 20, length - 20));
  }

  /** Whether {@code text} has {@code dddd-dd-dd} at {@code at}. */
  private static boolean isPlainDate(String text, int at) {
    return text.length() >= at + 10
        && allDigits(text, at, 4)
        && text.charAt(at + 4) == '-'
        && allDigits(text, at + 5, 2)
        && text.charAt(at + 7) == '-'
        && allDigits(text, at + 8, 2);
  }

  /** Whether {@code text} has {@code dd:dd:dd} at {@code at}. */
  private static boolean isPlainTime(String text, int at) {
    return allDigits(text, at, 2)
        && text.charAt(at + 2) == ':'
        && allDigits(text, at + 3, 2)
        && text.charAt(at + 5) == ':'
        && allDigits(text, at + 6, 2);
  }

  private static boolean allDigits(String text, int at, int count) {
    for (int i = at; i < at + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // Structure and failures

  private JsonToken next() {
    JsonToken token = p.nextToken();
    if (token == null) {
      throw fail(Kind.MALFORMED_JSON, "unexpected end of input");
    }
    return token;
  }

  private void expect(JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw wrongType(what);
    }
  }

  private void expectObject(Fields fields) {
    expect(JsonToken.START_OBJECT, fields.what() + " (an object)");
  }

  private void expectArray(String what) {
    expect(JsonToken.START_ARRAY, what);
  }

  /**
   * Checks the field {@code name} of an object whose fields are {@code allowed} of {@code fields},
   * of which {@code seen} have been read. Returns its index, or -1 after skipping an unknown field
   * when unknown fields are ignored.
   */
  private int field(Fields fields, long allowed, long seen, String name) {
    int index = fields.index(name);
    if (index < 0 || (allowed & (1L << index)) == 0) {
      if (!ignoreUnknownFields) {
        throw fail(
            Kind.UNKNOWN_FIELD,
            "unknown field "
                + Wire.quote(name)
                + " in "
                + fields.what()
                + "; expected "
                + fields.list(allowed));
      }
      next();
      p.skipChildren();
      return -1;
    }
    if ((seen & (1L << index)) != 0) {
      throw fail(Kind.DUPLICATE_FIELD, "field " + Wire.quote(name) + " appears twice");
    }
    return index;
  }

  private void require(Fields fields, long seen) {
    long missing = fields.required() & ~seen;
    if (missing != 0) {
      throw missing(fields, missing, fields.what());
    }
  }

  private MispaJsonException missing(Fields fields, long missing, String what) {
    return fail(
        Kind.MISSING_FIELD,
        "missing required field \""
            + fields.name(Long.numberOfTrailingZeros(missing))
            + "\" in "
            + what);
  }

  private String found() {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or an exponent";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "\"" + token + "\"";
    };
  }

  private MispaJsonException wrongType(String expected) {
    return fail(
        Kind.WRONG_TYPE,
        "expected "
            + expected
            + ", found "
            + found()
            + (p.currentToken() == JsonToken.VALUE_NULL
                ? " (omit a field that has no value)"
                : ""));
  }

  private MispaJsonException invalid(String problem) {
    return fail(Kind.INVALID_VALUE, problem);
  }

  /** A builder's failure, pointed at the object it was building. */
  private MispaJsonException invalid(RuntimeException e) {
    return fail(
        Kind.INVALID_VALUE,
        Wire.cut(String.valueOf(e.getMessage())),
        locator.currentTokenLocation(),
        e);
  }

  private MispaJsonException fail(Kind kind, String problem) {
    return fail(kind, problem, locator.currentTokenLocation(), null);
  }

  private MispaJsonException fail(
      Kind kind,
      String problem,
      @Nullable TokenStreamLocation location,
      @Nullable Throwable cause) {
    return MispaJsonException.of(kind, pointer(), problem, location, cause);
  }

  /** {@return the place of the current token, as a JSON Pointer into the input} */
  private String pointer() {
    return base + p.streamReadContext().pathAsPointer().toString();
  }
}
