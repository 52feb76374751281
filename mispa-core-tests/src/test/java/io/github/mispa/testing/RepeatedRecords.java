package io.github.mispa.testing;

import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MeetingSeries;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.ParticipantKind;
import io.github.mispa.model.Person;
import io.github.mispa.model.PreviousMeeting;
import io.github.mispa.model.Venue;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Intervention;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Objection;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.Speech;
import io.github.mispa.procedure.Support;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Records with {@code n} of one kind of thing and everything else fixed: {@code n} supports of one
 * proposal, {@code n} sessions, {@code n} documents. The complexity guard doubles {@code n} and
 * watches the work; a hostile file is such a record with a large {@code n}.
 *
 * <p>Every record builds (its references resolve); whether it follows the procedure does not
 * matter, and most do not. A fixed frame holds the repetition: the 35 delegations with one person
 * each, an agenda document, an opening session that elects the chair and adopts the agenda, a
 * plenary session 2 whose item 2.a holds the repeated acts, and a closing session.
 */
public final class RepeatedRecords {
  private static final LocalDate START = LocalDate.of(2025, 11, 10);
  private static final String CHAIR = "per-1";
  private static final List<String> DELEGATIONS = new ArrayList<>();

  static {
    for (MemberState state : MemberState.values()) {
      DELEGATIONS.add(state.alpha3());
    }
  }

  private RepeatedRecords() {}

  /** {@return one proposal and {@code n} supports of it, then its decision} */
  public static MeetingRecord supports(int n) {
    List<Act> acts = new ArrayList<>();
    acts.add(proposal("p"));
    for (int i = 0; i < n; i++) {
      acts.add(Support.builder().by(delegation(i)).of("p").build());
    }
    acts.add(decision(DecisionMethod.CONSENSUS, "p"));
    return frame(acts).build();
  }

  /** {@return one proposal and {@code n} objections to it, then its decision} */
  public static MeetingRecord objections(int n) {
    List<Act> acts = new ArrayList<>();
    acts.add(proposal("p"));
    for (int i = 0; i < n; i++) {
      acts.add(Objection.builder().by(delegation(i)).to("p").build());
    }
    acts.add(decision(DecisionMethod.CONSENSUS, "p"));
    return frame(acts).build();
  }

  /** {@return one nomination and {@code n} secondings of it, then its decision} */
  public static MeetingRecord secondings(int n) {
    List<Act> acts = new ArrayList<>();
    acts.add(
        Nomination.builder()
            .id("nom")
            .by("COL")
            .nominee("arg-1")
            .office(Office.RAPPORTEUR)
            .build());
    for (int i = 0; i < n; i++) {
      acts.add(Seconding.builder().by(delegation(i)).of("nom").build());
    }
    acts.add(decision(DecisionMethod.ACCLAMATION, "nom"));
    return frame(acts).build();
  }

  /**
   * {@return one proposal, {@code n} amendments of it with two co-sponsors each, then a decision
   * that incorporates them all}
   */
  public static MeetingRecord amendments(int n) {
    List<Act> acts = new ArrayList<>();
    acts.add(proposal("p"));
    Decision.Builder decision =
        Decision.builder().person(CHAIR).method(DecisionMethod.CONSENSUS).addOn("p");
    for (int i = 0; i < n; i++) {
      acts.add(
          Amendment.builder()
              .id("amendment-" + i)
              .by(delegation(i))
              .proposal("p")
              .change(AmendmentChange.ADDITION)
              .text("paragraph " + i)
              .addCosponsors(delegation(i + 1), delegation(i + 2))
              .build());
      decision.addIncorporating("amendment-" + i);
    }
    acts.add(decision.build());
    return frame(acts).build();
  }

  /** {@return one proposal decided by a vote of {@code n} ballots (most of them repeated)} */
  public static MeetingRecord ballots(int n) {
    Tally.Builder tally = Tally.builder();
    for (int i = 0; i < n; i++) {
      tally.addBallots(Ballot.of(delegation(i), i % 3 == 0 ? Vote.AGAINST : Vote.FOR));
    }
    return frame(
            List.of(
                proposal("p"),
                Decision.builder()
                    .person(CHAIR)
                    .method(DecisionMethod.VOTE)
                    .tally(tally.build())
                    .addOn("p")
                    .build()))
        .build();
  }

  /** {@return {@code n} nominations for vice chair and one decision on them all} */
  public static MeetingRecord nominations(int n) {
    List<Act> acts = new ArrayList<>();
    Decision.Builder decision = Decision.builder().person(CHAIR).method(DecisionMethod.ACCLAMATION);
    for (int i = 0; i < n; i++) {
      acts.add(
          Nomination.builder()
              .id("nomination-" + i)
              .by(delegation(i))
              .nominee(person(i + 1))
              .office(Office.VICE_CHAIR)
              .build());
      decision.addOn("nomination-" + i);
    }
    acts.add(decision.build());
    return frame(acts).build();
  }

  /** {@return {@code n} proposals and one decision on them all} */
  public static MeetingRecord subjectsOfOneDecision(int n) {
    List<Act> acts = new ArrayList<>();
    Decision.Builder decision = Decision.builder().person(CHAIR).method(DecisionMethod.CONSENSUS);
    for (int i = 0; i < n; i++) {
      acts.add(proposal("p-" + i));
      decision.addOn("p-" + i);
    }
    acts.add(decision.build());
    return frame(acts).build();
  }

  /** {@return {@code n} plenary sessions, each with a proposal and its decision} */
  public static MeetingRecord sessions(int n) {
    MeetingRecord.Builder record = frame(List.of());
    List<Session> sessions = new ArrayList<>();
    sessions.add(opening());
    for (int s = 2; s < n + 2; s++) {
      sessions.add(
          Session.builder()
              .number(s)
              .kind(SessionKind.PLENARY)
              .addItems(
                  AgendaItem.builder()
                      .number(s + ".a")
                      .title("Item " + s)
                      .addActs(proposal("p-" + s), decision(DecisionMethod.CONSENSUS, "p-" + s))
                      .build())
              .build());
    }
    sessions.add(closing(n + 2));
    return record.sessions(sessions).build();
  }

  /** {@return {@code n} agenda items in session 2, each with a proposal and its decision} */
  public static MeetingRecord items(int n) {
    Session.Builder session = Session.builder().number(2).kind(SessionKind.PLENARY);
    for (int i = 0; i < n; i++) {
      session.addItems(
          AgendaItem.builder()
              .number("2." + letters(i))
              .title("Item " + i)
              .addActs(proposal("p-" + i), decision(DecisionMethod.CONSENSUS, "p-" + i))
              .build());
    }
    return frame(List.of()).sessions(List.of(opening(), session.build(), closing(3))).build();
  }

  /** {@return {@code n} more persons, each of whom speaks} */
  public static MeetingRecord persons(int n) {
    List<Act> acts = new ArrayList<>();
    List<Person> persons = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      persons.add(
          Person.builder()
              .id("person-" + i)
              .name("Person " + i)
              .participant(delegation(i))
              .build());
      acts.add(Speech.builder().person("person-" + i).build());
    }
    return frame(acts).addAllPersons(persons).build();
  }

  /** {@return {@code n} more documents, each adopted by an adoption of its own} */
  public static MeetingRecord documents(int n) {
    List<Act> acts = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      documents.add(document("doc-" + i, DocumentClass.RESOLUTION));
      acts.add(adoption(Outcome.APPROVED, "doc-" + i));
    }
    return frame(acts).addAllDocuments(documents).build();
  }

  /** {@return {@code n} more participants (civil society), each of which takes the floor} */
  public static MeetingRecord participants(int n) {
    List<Act> acts = new ArrayList<>();
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      participants.add(organization(i));
      acts.add(Intervention.builder().by("org-" + i).build());
    }
    return frame(acts).addAllParticipants(participants).build();
  }

  /** {@return {@code n} hosting offers, for successive editions, each accepted by a decision} */
  public static MeetingRecord hostingOffers(int n) {
    List<Act> acts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      acts.add(
          HostingOffer.builder()
              .id("offer-" + i)
              .by(delegation(i))
              .edition(Edition.of(10 + i % (Edition.MAX - 10)))
              .build());
      acts.add(decision(DecisionMethod.ACCLAMATION, "offer-" + i));
    }
    return frame(acts).build();
  }

  /**
   * {@return {@code n} participants and {@code n} sessions, in each of which one of them takes the
   * floor: work per session that grows with the participants is quadratic here}
   */
  public static MeetingRecord sessionsAndParticipants(int n) {
    List<Session> sessions = new ArrayList<>();
    List<Participant> participants = new ArrayList<>();
    sessions.add(opening());
    for (int s = 2; s < n + 2; s++) {
      participants.add(organization(s));
      sessions.add(
          Session.builder()
              .number(s)
              .kind(SessionKind.PLENARY)
              .addItems(
                  AgendaItem.builder()
                      .number(s + ".a")
                      .title("Item " + s)
                      .addActs(Intervention.builder().by("org-" + s).build())
                      .build())
              .build());
    }
    sessions.add(closing(n + 2));
    return frame(List.of()).addAllParticipants(participants).sessions(sessions).build();
  }

  /**
   * {@return {@code n} outcome documents never adopted and {@code n} closing sessions: work per
   * closing session that grows with the documents is quadratic here}
   */
  public static MeetingRecord closingSessionsAndOutcomeDocuments(int n) {
    List<Document> documents = new ArrayList<>();
    List<Session> sessions = new ArrayList<>();
    sessions.add(opening());
    for (int i = 0; i < n; i++) {
      documents.add(document("outcome-" + i, DocumentClass.OUTCOME));
      sessions.add(closing(i + 2));
    }
    return frame(List.of()).addAllDocuments(documents).sessions(sessions).build();
  }

  /**
   * {@return {@code n} documents, then an agenda never adopted, and {@code n} substantive
   * decisions: a decision that looks through the documents for an agenda is quadratic here}
   */
  public static MeetingRecord decisionsBeforeTheAgendaAndDocuments(int n) {
    List<Document> documents = new ArrayList<>();
    List<Act> acts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      documents.add(document("doc-" + i, DocumentClass.RESOLUTION));
      acts.add(proposal("p-" + i));
      acts.add(decision(DecisionMethod.CONSENSUS, "p-" + i));
    }
    documents.add(document("agenda", DocumentClass.AGENDA));
    return frame(acts)
        .documents(documents)
        .sessions(List.of(electionOnly(), plenary(acts), closing(3)))
        .build();
  }

  /**
   * {@return {@code n} agenda documents and {@code n} adoptions that each reject one: a rejection
   * that looks through every agenda for an adopted one is quadratic here}
   */
  public static MeetingRecord agendaRejectionsAndAgendas(int n) {
    List<Document> documents = new ArrayList<>();
    List<Act> acts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      documents.add(document("agenda-" + i, DocumentClass.AGENDA));
      acts.add(adoption(Outcome.REJECTED, "agenda-" + i));
    }
    return frame(acts)
        .documents(documents)
        .sessions(List.of(electionOnly(), plenary(acts), closing(3)))
        .build();
  }

  /**
   * {@return {@code n} vice chairs elected one decision at a time (under a rule set without a
   * limit): work per decision that grows with the officers is quadratic here}
   */
  public static MeetingRecord viceChairs(int n) {
    List<Act> acts = new ArrayList<>();
    List<Person> persons = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      persons.add(
          Person.builder().id("vice-" + i).name("Vice " + i).participant(delegation(i)).build());
      acts.add(
          Nomination.builder()
              .id("nomination-" + i)
              .by(delegation(i + 1))
              .nominee("vice-" + i)
              .office(Office.VICE_CHAIR)
              .build());
      acts.add(decision(DecisionMethod.ACCLAMATION, "nomination-" + i));
    }
    return frame(acts).addAllPersons(persons).build();
  }

  // ---- The frame

  /** The fixed frame with {@code acts} as the acts of item 2.a. */
  private static MeetingRecord.Builder frame(List<Act> acts) {
    MeetingRecord.Builder record =
        MeetingRecord.builder()
            .meeting(
                Meeting.builder()
                    .series(MeetingSeries.MISPA)
                    .edition(Edition.of(9))
                    .venue(Venue.of("Lima", MemberState.PERU))
                    .startDate(START)
                    .endDate(START.plusDays(2))
                    .addAllLanguages(EnumSet.allOf(OfficialLanguage.class))
                    .previous(
                        PreviousMeeting.builder()
                            .edition(Edition.of(8))
                            .venue(Venue.of("Lima", MemberState.PERU))
                            .startDate(LocalDate.of(2023, 11, 1))
                            .endDate(LocalDate.of(2023, 11, 2))
                            .chair(CHAIR)
                            .build())
                    .build())
            .addDocuments(document("agenda", DocumentClass.AGENDA));
    for (MemberState state : MemberState.values()) {
      record.addParticipants(Participant.delegationOf(state));
      record.addPersons(
          Person.builder()
              .id(state.alpha3().toLowerCase(Locale.ROOT) + "-1")
              .name("Head of the delegation of " + state.englishName())
              .participant(state.alpha3())
              .build());
    }
    return record.sessions(List.of(opening(), plenary(acts), closing(3)));
  }

  private static Session opening() {
    return Session.builder()
        .number(1)
        .kind(SessionKind.OPENING)
        .addItems(AgendaItem.builder().number("1.a").title("Election").addActs(election()).build())
        .addItems(
            AgendaItem.builder()
                .number("1.b")
                .title("Agenda")
                .addActs(adoption(Outcome.APPROVED, "agenda"))
                .build())
        .build();
  }

  /** An opening session that elects the chair and leaves the agenda alone. */
  private static Session electionOnly() {
    return Session.builder()
        .number(1)
        .kind(SessionKind.OPENING)
        .addItems(AgendaItem.builder().number("1.a").title("Election").addActs(election()).build())
        .build();
  }

  private static Act[] election() {
    return new Act[] {
      Nomination.builder()
          .id("nomination-chair")
          .by("COL")
          .nominee(CHAIR)
          .office(Office.CHAIR)
          .build(),
      decision(DecisionMethod.ACCLAMATION, "nomination-chair")
    };
  }

  private static Session plenary(List<Act> acts) {
    return Session.builder()
        .number(2)
        .kind(SessionKind.PLENARY)
        .addItems(AgendaItem.builder().number("2.a").title("Business").addAllActs(acts).build())
        .build();
  }

  private static Session closing(int number) {
    return Session.builder()
        .number(number)
        .kind(SessionKind.CLOSING)
        .addItems(
            AgendaItem.builder()
                .number(number + ".a")
                .title("Closing")
                .addActs(Speech.builder().person(CHAIR).build())
                .build())
        .build();
  }

  private static Proposal proposal(String id) {
    return Proposal.builder().id(id).by("COL").text("adopt the text " + id).build();
  }

  private static Decision decision(DecisionMethod method, String on) {
    return Decision.builder().person(CHAIR).method(method).addOn(on).build();
  }

  private static Adoption adoption(Outcome outcome, String document) {
    return Adoption.builder()
        .person(CHAIR)
        .method(DecisionMethod.CONSENSUS)
        .outcome(outcome)
        .addDocuments(document)
        .build();
  }

  private static Document document(String id, DocumentClass documentClass) {
    return Document.builder().id(id).title("Document " + id).documentClass(documentClass).build();
  }

  private static Participant organization(int i) {
    return Participant.builder()
        .id("org-" + i)
        .kind(ParticipantKind.CIVIL_SOCIETY)
        .name("Organization " + i)
        .build();
  }

  /** The {@code i}-th delegation, round the 35. */
  private static String delegation(int i) {
    return DELEGATIONS.get(i % DELEGATIONS.size());
  }

  /** The person of the {@code i}-th delegation, round the 35. */
  private static String person(int i) {
    return delegation(i).toLowerCase(Locale.ROOT) + "-1";
  }

  /** a, b, ..., z, aa, ab, ...: agenda item letters. */
  private static String letters(int index) {
    StringBuilder out = new StringBuilder();
    int i = index;
    do {
      out.insert(0, (char) ('a' + i % 26));
      i = i / 26 - 1;
    } while (i >= 0);
    return out.toString();
  }
}
