package io.github.mispa.json;

import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MeetingSeries;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import io.github.mispa.model.PreviousMeeting;
import io.github.mispa.model.Venue;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActVisitor;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.Appeal;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Instruction;
import io.github.mispa.procedure.Intervention;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.MinuteOfSilence;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Objection;
import io.github.mispa.procedure.PointOfOrder;
import io.github.mispa.procedure.Presentation;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Reading;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.Report;
import io.github.mispa.procedure.Request;
import io.github.mispa.procedure.RequestNoted;
import io.github.mispa.procedure.Ruling;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Speech;
import io.github.mispa.procedure.Support;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Withdrawal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * Writes the wire format to a token stream: fields in the model's declaration order, absent
 * optionals and empty collections left out, defaulted attributes always written. The same value
 * always gives the same tokens.
 */
final class RecordWriter implements ActVisitor<JsonGenerator> {
  private final JsonGenerator g;

  RecordWriter(JsonGenerator g) {
    this.g = g;
  }

  void record(MeetingRecord record) {
    g.writeStartObject();
    g.writeName(Wire.FORMAT_VERSION_NAME);
    g.writeNumber(Wire.FORMAT_VERSION);
    g.writeName(Wire.MEETING);
    meeting(record.meeting());
    if (!record.participants().isEmpty()) {
      g.writeName(Wire.PARTICIPANTS);
      g.writeStartArray();
      for (Participant participant : record.participants()) {
        participant(participant);
      }
      g.writeEndArray();
    }
    if (!record.persons().isEmpty()) {
      g.writeName(Wire.PERSONS);
      g.writeStartArray();
      for (Person person : record.persons()) {
        person(person);
      }
      g.writeEndArray();
    }
    if (!record.documents().isEmpty()) {
      g.writeName(Wire.DOCUMENTS);
      g.writeStartArray();
      for (Document document : record.documents()) {
        document(document);
      }
      g.writeEndArray();
    }
    if (!record.sessions().isEmpty()) {
      g.writeName(Wire.SESSIONS);
      g.writeStartArray();
      for (Session session : record.sessions()) {
        session(session);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  void meeting(Meeting meeting) {
    g.writeStartObject();
    g.writeName(Wire.SERIES);
    series(meeting.series());
    g.writeName(Wire.EDITION);
    edition(meeting.edition());
    g.writeName(Wire.VENUE);
    venue(meeting.venue());
    date(Wire.START_DATE, meeting.startDate());
    date(Wire.END_DATE, meeting.endDate());
    string(Wire.THEME, meeting.theme());
    languages(meeting.languages());
    meeting
        .convenedBy()
        .ifPresent(
            s -> {
              g.writeName(Wire.CONVENED_BY);
              symbol(s);
            });
    string(Wire.FRAMEWORK, meeting.framework());
    if (meeting.previous().isPresent()) {
      g.writeName(Wire.PREVIOUS);
      previous(meeting.previous().get());
    }
    string(Wire.DESIGNATED_PROVISIONAL_PRESIDENT, meeting.designatedProvisionalPresident());
    g.writeEndObject();
  }

  void previous(PreviousMeeting previous) {
    g.writeStartObject();
    g.writeName(Wire.EDITION);
    edition(previous.edition());
    g.writeName(Wire.VENUE);
    venue(previous.venue());
    date(Wire.START_DATE, previous.startDate());
    date(Wire.END_DATE, previous.endDate());
    string(Wire.CHAIR, previous.chair());
    g.writeEndObject();
  }

  void series(MeetingSeries series) {
    g.writeStartObject();
    g.writeName(Wire.CODE);
    g.writeString(series.code());
    g.writeName(Wire.NAME);
    g.writeString(series.name());
    g.writeEndObject();
  }

  void venue(Venue venue) {
    g.writeStartObject();
    g.writeName(Wire.CITY);
    g.writeString(venue.city());
    g.writeName(Wire.COUNTRY);
    g.writeString(Wire.MEMBER_STATE.name(venue.country()));
    g.writeEndObject();
  }

  void edition(Edition edition) {
    g.writeNumber(edition.number());
  }

  void symbol(DocumentSymbol symbol) {
    g.writeString(symbol.toString());
  }

  void participant(Participant participant) {
    g.writeStartObject();
    g.writeName(Wire.ID);
    g.writeString(participant.id());
    g.writeName(Wire.KIND);
    g.writeString(Wire.PARTICIPANT_KIND.name(participant.kind()));
    g.writeName(Wire.NAME);
    g.writeString(participant.name());
    if (participant.state().isPresent()) {
      g.writeName(Wire.STATE);
      g.writeString(Wire.MEMBER_STATE.name(participant.state().get()));
    }
    string(Wire.HEAD, participant.head());
    g.writeName(Wire.ACCREDITED);
    g.writeBoolean(participant.accredited());
    g.writeEndObject();
  }

  void person(Person person) {
    g.writeStartObject();
    g.writeName(Wire.ID);
    g.writeString(person.id());
    g.writeName(Wire.NAME);
    g.writeString(person.name());
    string(Wire.HONORIFIC, person.honorific());
    string(Wire.POSITION, person.position());
    g.writeName(Wire.PARTICIPANT);
    g.writeString(person.participant());
    g.writeEndObject();
  }

  void document(Document document) {
    g.writeStartObject();
    g.writeName(Wire.ID);
    g.writeString(document.id());
    if (document.symbol().isPresent()) {
      g.writeName(Wire.SYMBOL);
      symbol(document.symbol().get());
    }
    g.writeName(Wire.TITLE);
    g.writeString(document.title());
    g.writeName(Wire.DOCUMENT_CLASS_NAME);
    g.writeString(Wire.DOCUMENT_CLASS.name(document.documentClass()));
    languages(document.languages());
    if (document.distributedAt().isPresent()) {
      g.writeName(Wire.DISTRIBUTED_AT);
      g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(document.distributedAt().get()));
    }
    g.writeEndObject();
  }

  void session(Session session) {
    g.writeStartObject();
    g.writeName(Wire.NUMBER);
    g.writeNumber(session.number());
    g.writeName(Wire.KIND);
    g.writeString(Wire.SESSION_KIND.name(session.kind()));
    string(Wire.TITLE, session.title());
    if (session.date().isPresent()) {
      date(Wire.DATE, session.date().get());
    }
    if (session.attendance().isPresent()) {
      // Recorded attendance is written even when empty: [] says nobody was present, while a
      // missing field says the record does not know.
      g.writeName(Wire.ATTENDANCE);
      g.writeStartArray();
      for (String participant : session.attendance().get()) {
        g.writeString(participant);
      }
      g.writeEndArray();
    }
    if (!session.items().isEmpty()) {
      g.writeName(Wire.ITEMS);
      g.writeStartArray();
      for (AgendaItem item : session.items()) {
        item(item);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  void item(AgendaItem item) {
    g.writeStartObject();
    g.writeName(Wire.NUMBER);
    g.writeString(item.number());
    g.writeName(Wire.TITLE);
    g.writeString(item.title());
    ids(Wire.DOCUMENTS, item.documents());
    if (!item.acts().isEmpty()) {
      g.writeName(Wire.ACTS);
      g.writeStartArray();
      for (Act act : item.acts()) {
        act(act);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  void act(Act act) {
    act.accept(this);
  }

  void tally(Tally tally) {
    g.writeStartObject();
    if (!tally.ballots().isEmpty()) {
      g.writeName(Wire.BALLOTS);
      g.writeStartArray();
      for (Ballot ballot : tally.ballots()) {
        ballot(ballot);
      }
      g.writeEndArray();
    }
    count(Wire.ANNOUNCED_FOR, tally.announcedFor());
    count(Wire.ANNOUNCED_AGAINST, tally.announcedAgainst());
    count(Wire.ANNOUNCED_ABSTENTIONS, tally.announcedAbstentions());
    g.writeEndObject();
  }

  void ballot(Ballot ballot) {
    g.writeStartObject();
    g.writeName(Wire.PARTICIPANT);
    g.writeString(ballot.participant());
    g.writeName(Wire.VOTE_NAME);
    g.writeString(Wire.VOTE.name(ballot.vote()));
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------
  // Acts: the type and the fields of Act first, then those of DecisionAct, then the kind's own.

  @Override
  public JsonGenerator visitSpeech(Speech speech) {
    begin(speech);
    g.writeName(Wire.FORM);
    g.writeString(Wire.SPEECH_FORM.name(speech.form()));
    string(Wire.TITLE, speech.title());
    string(Wire.DOCUMENT, speech.document());
    return end();
  }

  @Override
  public JsonGenerator visitMinuteOfSilence(MinuteOfSilence minuteOfSilence) {
    begin(minuteOfSilence);
    string(Wire.IN_REMEMBRANCE_OF, minuteOfSilence.inRemembranceOf());
    return end();
  }

  @Override
  public JsonGenerator visitPresentation(Presentation presentation) {
    begin(presentation);
    string(Wire.TITLE, presentation.title());
    string(Wire.DOCUMENT, presentation.document());
    return end();
  }

  @Override
  public JsonGenerator visitReport(Report report) {
    begin(report);
    g.writeName(Wire.REPORT_KIND_NAME);
    g.writeString(Wire.REPORT_KIND.name(report.reportKind()));
    string(Wire.TITLE, report.title());
    string(Wire.DOCUMENT, report.document());
    g.writeName(Wire.VERBAL);
    g.writeBoolean(report.verbal());
    return end();
  }

  @Override
  public JsonGenerator visitIntervention(Intervention intervention) {
    begin(intervention);
    return end();
  }

  @Override
  public JsonGenerator visitReading(Reading reading) {
    begin(reading);
    string(Wire.DOCUMENT, reading.document());
    return end();
  }

  @Override
  public JsonGenerator visitNomination(Nomination nomination) {
    begin(nomination);
    string(Wire.NOMINEE, nomination.nominee());
    g.writeName(Wire.OFFICE_NAME);
    g.writeString(Wire.OFFICE.name(nomination.office()));
    return end();
  }

  @Override
  public JsonGenerator visitSeconding(Seconding seconding) {
    begin(seconding);
    string(Wire.OF, seconding.of());
    return end();
  }

  @Override
  public JsonGenerator visitSupport(Support support) {
    begin(support);
    string(Wire.OF, support.of());
    return end();
  }

  @Override
  public JsonGenerator visitObjection(Objection objection) {
    begin(objection);
    string(Wire.TO, objection.to());
    return end();
  }

  @Override
  public JsonGenerator visitProposal(Proposal proposal) {
    begin(proposal);
    g.writeName(Wire.PROPOSAL_KIND_NAME);
    g.writeString(Wire.PROPOSAL_KIND.name(proposal.proposalKind()));
    string(Wire.TEXT, proposal.text());
    string(Wire.DOCUMENT, proposal.document());
    return end();
  }

  @Override
  public JsonGenerator visitAmendment(Amendment amendment) {
    begin(amendment);
    string(Wire.PROPOSAL, amendment.proposal());
    string(Wire.DOCUMENT, amendment.document());
    g.writeName(Wire.CHANGE);
    g.writeString(Wire.AMENDMENT_CHANGE.name(amendment.change()));
    string(Wire.TEXT, amendment.text());
    ids(Wire.COSPONSORS, amendment.cosponsors());
    return end();
  }

  @Override
  public JsonGenerator visitWithdrawal(Withdrawal withdrawal) {
    begin(withdrawal);
    string(Wire.OF, withdrawal.of());
    return end();
  }

  @Override
  public JsonGenerator visitHostingOffer(HostingOffer hostingOffer) {
    begin(hostingOffer);
    g.writeName(Wire.EDITION);
    edition(hostingOffer.edition());
    string(Wire.CITY, hostingOffer.city());
    return end();
  }

  @Override
  public JsonGenerator visitInstruction(Instruction instruction) {
    begin(instruction);
    string(Wire.TEXT, instruction.text());
    string(Wire.DOCUMENT, instruction.document());
    return end();
  }

  @Override
  public JsonGenerator visitRequest(Request request) {
    begin(request);
    string(Wire.TEXT, request.text());
    string(Wire.DOCUMENT, request.document());
    return end();
  }

  @Override
  public JsonGenerator visitRequestNoted(RequestNoted requestNoted) {
    begin(requestNoted);
    ids(Wire.REQUESTS, requestNoted.requests());
    return end();
  }

  @Override
  public JsonGenerator visitPointOfOrder(PointOfOrder pointOfOrder) {
    begin(pointOfOrder);
    string(Wire.TEXT, pointOfOrder.text());
    g.writeName(Wire.SUBSTANTIVE);
    g.writeBoolean(pointOfOrder.substantive());
    return end();
  }

  @Override
  public JsonGenerator visitRuling(Ruling ruling) {
    begin(ruling);
    string(Wire.ON, ruling.on());
    string(Wire.TEXT, ruling.text());
    return end();
  }

  @Override
  public JsonGenerator visitAppeal(Appeal appeal) {
    begin(appeal);
    string(Wire.AGAINST, appeal.against());
    return end();
  }

  @Override
  public JsonGenerator visitReconsideration(Reconsideration reconsideration) {
    begin(reconsideration);
    string(Wire.OF, reconsideration.of());
    return end();
  }

  @Override
  public JsonGenerator visitDecision(Decision decision) {
    beginDecision(decision);
    ids(Wire.ON, decision.on());
    ids(Wire.INCORPORATING, decision.incorporating());
    return end();
  }

  @Override
  public JsonGenerator visitAdoption(Adoption adoption) {
    beginDecision(adoption);
    ids(Wire.DOCUMENTS, adoption.documents());
    return end();
  }

  private void begin(Act act) {
    g.writeStartObject();
    g.writeName(Wire.TYPE);
    g.writeString(Wire.ACT_TYPE.name(act.kind()));
    string(Wire.ID, act.id());
    string(Wire.BY, act.by());
    string(Wire.PERSON, act.person());
    string(Wire.SUMMARY, act.summary());
  }

  private void beginDecision(DecisionAct act) {
    begin(act);
    g.writeName(Wire.METHOD);
    g.writeString(Wire.DECISION_METHOD.name(act.method()));
    g.writeName(Wire.OUTCOME_NAME);
    g.writeString(Wire.OUTCOME.name(act.outcome()));
    if (act.tally().isPresent()) {
      g.writeName(Wire.TALLY);
      tally(act.tally().get());
    }
  }

  private JsonGenerator end() {
    return g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------
  // Fields

  private void string(SerializableString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  private void string(SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeString(value.get());
    }
  }

  private void date(SerializableString name, LocalDate date) {
    g.writeName(name);
    g.writeString(date.toString());
  }

  private void count(SerializableString name, OptionalInt count) {
    if (count.isPresent()) {
      g.writeName(name);
      g.writeNumber(count.getAsInt());
    }
  }

  private void ids(SerializableString name, List<String> ids) {
    if (!ids.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (String id : ids) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
  }

  private void languages(Collection<OfficialLanguage> languages) {
    if (!languages.isEmpty()) {
      g.writeName(Wire.LANGUAGES);
      g.writeStartArray();
      for (OfficialLanguage language : languages) {
        g.writeString(Wire.LANGUAGE.name(language));
      }
      g.writeEndArray();
    }
  }
}
