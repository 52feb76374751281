package io.github.mispa.procedure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The lookup tables of a record, built once when the record is built, and every problem found while
 * building them. Linear in the size of the record: one pass, hash lookups.
 */
final class RecordIndex {
  /**
   * Where checks report a problem: the index of a whole record, or one step of a record written an
   * act at a time ({@link OpenRecord}), so that both report the same problems in the same words.
   */
  interface ProblemSink {
    void problem(String path, String message);
  }

  // The tables below are plain hash maps, never exposed and never changed after construction, as
  // actsById is. Copying each into an immutable map, and looking ids up in it (an immutable map
  // compares an id with every key of its bucket, a hash map compares hashes first), took a quarter
  // of the time of building the index of MISPA V.

  /**
   * Each participant, as the one {@code Optional} all its acts share as their actor: a second map
   * of the participants themselves retained a node per participant for nothing.
   */
  private final Map<String, Optional<Participant>> participants;

  /** The accredited member-state delegations, by id: votes look them up once per ballot. */
  final ImmutableMap<String, MemberState> accreditedDelegations;

  final Map<String, Person> persons;
  final Map<String, Document> documents;

  /** The documents of each class, in order: rules ask for them at many acts. */
  final ImmutableListMultimap<DocumentClass, Document> documentsByClass;

  final ImmutableList<RecordedAct> acts;

  /** Acts by id. */
  final Map<String, RecordedAct> actsById;

  /** The ordinal of the first act of each item, by item number. */
  final Map<String, Integer> itemStarts;

  /** The first {@link InvalidRecordException#MAX_PROBLEMS} problems found. */
  final ImmutableList<RecordProblem> problems;

  /** How many problems were found, those not kept included. */
  int problemCount;

  private final List<RecordProblem> found = new ArrayList<>();

  /** The problems of the whole record go to {@link #problem}. */
  private final ProblemSink own = this::problem;

  RecordIndex(
      Meeting meeting,
      List<Participant> participantList,
      List<Person> personList,
      List<Document> documentList,
      List<Session> sessions) {
    participants = indexParticipants(participantList);
    ImmutableMap.Builder<String, MemberState> delegations = ImmutableMap.builder();
    for (Optional<Participant> each : participants.values()) {
      Participant p = each.orElseThrow();
      if (p.isDelegation() && p.accredited()) {
        delegations.put(p.id(), p.state().orElseThrow());
      }
    }
    accreditedDelegations = delegations.buildOrThrow();
    persons = indexPersons(personList);
    documents = indexDocuments(documentList);
    documentsByClass = Multimaps.index(documentList, Document::documentClass);
    checkHeads(participantList);
    meeting
        .previous()
        .flatMap(p -> p.chair())
        .ifPresent(
            c -> requirePerson("/meeting/previous/chair", c, "the previous meeting's chair"));
    meeting
        .designatedProvisionalPresident()
        .ifPresent(
            p ->
                requirePerson(
                    "/meeting/designatedProvisionalPresident",
                    p,
                    "the designated provisional president"));
    int actCount = 0;
    for (Session session : sessions) {
      for (AgendaItem item : session.items()) {
        actCount += item.acts().size();
      }
    }
    // Sized for every act to have an id, so that the map never grows while it fills.
    Map<String, RecordedAct> byId = new HashMap<>(Math.max(16, actCount * 4 / 3 + 1));
    Map<String, Integer> starts = new HashMap<>();
    acts = indexActs(meeting, sessions, byId, starts, actCount);
    itemStarts = starts;
    actsById = byId;
    problems = ImmutableList.copyOf(found);
  }

  private Map<String, Optional<Participant>> indexParticipants(List<Participant> list) {
    Map<String, Optional<Participant>> map = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Participant p = list.get(i);
      if (map.putIfAbsent(p.id(), Optional.of(p)) != null) {
        problem("/participants/" + i + "/id", "participant id \"" + p.id() + "\" is defined twice");
      }
    }
    return map;
  }

  private Map<String, Person> indexPersons(List<Person> list) {
    Map<String, Person> map = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Person p = list.get(i);
      if (map.putIfAbsent(p.id(), p) != null) {
        problem("/persons/" + i + "/id", "person id \"" + p.id() + "\" is defined twice");
      }
      if (!participants.containsKey(p.participant())) {
        problem(
            "/persons/" + i + "/positions/0/participant",
            "person \""
                + p.id()
                + "\" belongs to participant \""
                + p.participant()
                + "\", which the record does not define");
      }
      for (int j = 0; j < p.additionalPositions().size(); j++) {
        String other = p.additionalPositions().get(j).participant();
        if (!participants.containsKey(other)) {
          problem(
              "/persons/" + i + "/positions/" + (j + 1) + "/participant",
              "person \""
                  + p.id()
                  + "\" holds a position for participant \""
                  + other
                  + "\", which the record does not define");
        }
      }
    }
    return map;
  }

  private Map<String, Document> indexDocuments(List<Document> list) {
    Map<String, Document> map = new HashMap<>();
    Map<DocumentSymbol, String> symbols = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Document d = list.get(i);
      if (map.putIfAbsent(d.id(), d) != null) {
        problem("/documents/" + i + "/id", "document id \"" + d.id() + "\" is defined twice");
      }
      int index = i;
      d.symbol()
          .ifPresent(
              s -> {
                String other = symbols.putIfAbsent(s, d.id());
                if (other != null) {
                  problem(
                      "/documents/" + index + "/symbol",
                      "documents \""
                          + other
                          + "\" and \""
                          + d.id()
                          + "\" have the same symbol "
                          + s);
                }
              });
    }
    return map;
  }

  private void checkHeads(List<Participant> list) {
    for (int i = 0; i < list.size(); i++) {
      Participant p = list.get(i);
      if (p.head().isEmpty()) {
        continue;
      }
      String head = p.head().get();
      Person person = persons.get(head);
      String path = "/participants/" + i + "/head";
      if (person == null) {
        problem(
            path,
            "participant \""
                + p.id()
                + "\" is headed by person \""
                + head
                + "\", which the record does not define");
      } else if (!person.holdsPositionFor(p.id())) {
        problem(
            path,
            "participant \""
                + p.id()
                + "\" is headed by person \""
                + head
                + "\", who belongs to \""
                + person.participant()
                + "\"");
      }
    }
  }

  private void requirePerson(String path, String id, String what) {
    if (!persons.containsKey(id)) {
      problem(path, what + " is person \"" + id + "\", which the record does not define");
    }
  }

  private ImmutableList<RecordedAct> indexActs(
      Meeting meeting,
      List<Session> sessions,
      Map<String, RecordedAct> byId,
      Map<String, Integer> starts,
      int actCount) {
    ImmutableList.Builder<RecordedAct> all = ImmutableList.builderWithExpectedSize(actCount);
    ActChecker checker = new ActChecker(byId::get, own);
    int ordinal = 0;
    int previousSession = 0;
    for (int s = 0; s < sessions.size(); s++) {
      Session session = sessions.get(s);
      checkSession(meeting, s, session, previousSession, own);
      previousSession = Math.max(previousSession, session.number());
      LocalDate date = session.date().orElse(meeting.startDate());
      String previousItem = null;
      for (int t = 0; t < session.items().size(); t++) {
        AgendaItem item = session.items().get(t);
        checkItem(s, t, item, previousItem, own);
        previousItem = item.number();
        starts.put(item.number(), ordinal);
        for (int a = 0; a < item.acts().size(); a++) {
          Act act = item.acts().get(a);
          RecordedAct recorded =
              new RecordedAct(act, session, item, s, t, a, ordinal++, date, actorOf(act));
          checker.check(recorded);
          act.id()
              .ifPresent(
                  id -> {
                    RecordedAct other = byId.putIfAbsent(id, recorded);
                    if (other != null) {
                      duplicateId(recorded, other, own);
                    }
                  });
          all.add(recorded);
        }
      }
    }
    return all.build();
  }

  /**
   * Checks session {@code session}, the {@code s}th, which follows a session numbered {@code
   * previousSession} (0 for the first): its number, its date and its attendance.
   */
  void checkSession(
      Meeting meeting, int s, Session session, int previousSession, ProblemSink problems) {
    // Paths are put together only for a problem: a record of 100,000 acts has thousands of items.
    if (session.number() <= previousSession) {
      problems.problem(
          "/sessions/" + s + "/number",
          "session "
              + session.number()
              + " comes after session "
              + previousSession
              + ": sessions must be in increasing order of number");
    }
    LocalDate date = session.date().orElse(meeting.startDate());
    if (date.isBefore(meeting.startDate()) || date.isAfter(meeting.endDate())) {
      problems.problem(
          "/sessions/" + s + "/date",
          "session "
              + session.number()
              + " is dated "
              + date
              + ", outside the meeting ("
              + meeting.startDate()
              + " to "
              + meeting.endDate()
              + ")");
    }
    session
        .attendance()
        .ifPresent(
            present -> {
              int i = 0;
              for (String id : present) {
                if (!participants.containsKey(id)) {
                  requireParticipant(
                      "/sessions/" + s + "/attendance/" + i,
                      id,
                      "attendance of session " + session.number() + " names",
                      problems);
                }
                i++;
              }
            });
  }

  /**
   * Checks item {@code item}, the {@code t}th of the {@code s}th session, which follows the item
   * numbered {@code previousItem} in its session (null for the first): its order and its documents.
   */
  void checkItem(
      int s, int t, AgendaItem item, @Nullable String previousItem, ProblemSink problems) {
    if (previousItem != null && ActLocation.ITEM_ORDER.compare(previousItem, item.number()) >= 0) {
      problems.problem(
          "/sessions/" + s + "/items/" + t + "/number",
          "item "
              + item.number()
              + " comes after item "
              + previousItem
              + ": items must be in order");
    }
    for (int d = 0; d < item.documents().size(); d++) {
      if (!documents.containsKey(item.documents().get(d))) {
        requireDocument(
            "/sessions/" + s + "/items/" + t + "/documents/" + d,
            item.documents().get(d),
            "item " + item.number() + " considers",
            problems);
      }
    }
  }

  /**
   * Checks the references of {@code act}, an act after those {@code earlier} finds by id, against
   * this index's participants, persons and documents: for a record written an act at a time.
   */
  void checkAct(
      RecordedAct act, Function<String, @Nullable RecordedAct> earlier, ProblemSink problems) {
    new ActChecker(earlier, problems).check(act);
  }

  /** Reports that {@code recorded} has the id of {@code other}, an earlier act. */
  static void duplicateId(RecordedAct recorded, RecordedAct other, ProblemSink problems) {
    problems.problem(
        recorded.path() + "/id",
        "act id \""
            + recorded.act().id().orElseThrow()
            + "\" at "
            + recorded.location()
            + " is already used by the act at "
            + other.location());
  }

  /** The resolved participant who did {@code act}, as {@link RecordedAct#actor()} gives it. */
  Optional<Participant> actorOf(Act act) {
    String by = act.by().orElse(null);
    if (by == null && act.person().isPresent()) {
      Person person = persons.get(act.person().get());
      by = person == null ? null : person.participant();
    }
    return by == null ? Optional.empty() : participant(by);
  }

  /** {@return the participant with this id, as the one {@code Optional} its acts share} */
  Optional<Participant> participant(String id) {
    Optional<Participant> participant = participants.get(id);
    return participant == null ? Optional.empty() : participant;
  }

  /**
   * Checks the references of one act at a time. One instance serves every act of the record, and
   * the act's path and description are put together only when a problem is found: building a record
   * from JSON runs this for every act.
   */
  private final class ActChecker implements References.Sink {
    private final Function<String, @Nullable RecordedAct> earlier;
    private final ProblemSink problems;
    private @Nullable RecordedAct current;

    ActChecker(Function<String, @Nullable RecordedAct> earlier, ProblemSink problems) {
      this.earlier = earlier;
      this.problems = problems;
    }

    void check(RecordedAct recorded) {
      current = recorded;
      Act act = recorded.act();
      References.of(act, this);
      if (act.by().isPresent() && act.person().isPresent()) {
        Person person = persons.get(act.person().get());
        if (person != null && !person.holdsPositionFor(act.by().get())) {
          problems.problem(
              path("person"),
              where()
                  + " is by \""
                  + act.by().get()
                  + "\", but its person \""
                  + person.id()
                  + "\" belongs to \""
                  + person.participant()
                  + "\""
                  + (person.additionalPositions().isEmpty()
                      ? ""
                      : " and holds no position for \"" + act.by().get() + "\""));
        }
      }
    }

    private RecordedAct current() {
      return java.util.Objects.requireNonNull(current);
    }

    private String path(String field) {
      return current().path() + "/" + field;
    }

    private String path(String field, int index, String rest) {
      return path(References.Sink.place(field, index, rest));
    }

    private String where() {
      return current().act().kind() + " at " + current().location();
    }

    @Override
    public void participant(String field, int index, String rest, String id) {
      if (!participants.containsKey(id)) {
        requireParticipant(path(field, index, rest), id, where() + " names", problems);
      }
    }

    @Override
    public void person(String field, int index, String rest, String id) {
      if (!persons.containsKey(id)) {
        problems.problem(
            path(field, index, rest),
            where() + " names person \"" + id + "\", which the record does not define");
      }
    }

    @Override
    public void document(String field, int index, String rest, String id) {
      if (!documents.containsKey(id)) {
        requireDocument(path(field, index, rest), id, where() + " names", problems);
      }
    }

    @Override
    public void act(String field, int index, String id, ValueType<?> type) {
      RecordedAct target = earlier.apply(id);
      if (target == null) {
        problems.problem(
            path(field, index, ""),
            where() + " refers to act \"" + id + "\", which is not defined before it");
      } else if (!type.actKinds().contains(target.act().kind())) {
        problems.problem(
            path(field, index, ""),
            where()
                + " refers to act \""
                + id
                + "\", a "
                + target.act().kind()
                + " at "
                + target.location()
                + ", but must refer to "
                + type.what());
      }
    }
  }

  private void requireParticipant(String path, String id, String what, ProblemSink problems) {
    if (!participants.containsKey(id)) {
      problems.problem(
          path, what + " participant \"" + id + "\", which the record does not define");
    }
  }

  private void requireDocument(String path, String id, String what, ProblemSink problems) {
    if (!documents.containsKey(id)) {
      problems.problem(path, what + " document \"" + id + "\", which the record does not define");
    }
  }

  /**
   * Keeps a problem, up to a bound: a hostile record can break a reference with every ten bytes,
   * and each problem kept costs a message of a hundred characters.
   */
  private void problem(String path, String message) {
    problemCount++;
    if (found.size() < InvalidRecordException.MAX_PROBLEMS) {
      found.add(RecordProblem.of(path, message));
    }
  }

  @Nullable RecordedAct act(String id) {
    return actsById.get(id);
  }
}
