package io.github.mispa.json;

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
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.Appeal;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Instruction;
import io.github.mispa.procedure.Intervention;
import io.github.mispa.procedure.MajorityKind;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.MinuteOfSilence;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Objection;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.PointOfOrder;
import io.github.mispa.procedure.Presentation;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.ProposalKind;
import io.github.mispa.procedure.Reading;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.RecordShapes;
import io.github.mispa.procedure.Report;
import io.github.mispa.procedure.ReportKind;
import io.github.mispa.procedure.Request;
import io.github.mispa.procedure.RequestNoted;
import io.github.mispa.procedure.RequiredMajority;
import io.github.mispa.procedure.Ruling;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.Shape;
import io.github.mispa.procedure.Source;
import io.github.mispa.procedure.Speech;
import io.github.mispa.procedure.SpeechForm;
import io.github.mispa.procedure.Support;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.ValueType;
import io.github.mispa.procedure.Vote;
import io.github.mispa.procedure.Withdrawal;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes format version 2 with a direct call to each accessor of the model. Generated from the
 * shapes by the tests' {@code WriterGenerator}: do not edit; after changing a shape, run {@code
 * WriterIsGeneratedTest} with {@code -Dmispa.writer.write=true}, then {@code spotless:apply}.
 * {@link RecordWriter} walks the shapes for earlier versions, and for the fields here whose value
 * is worked out.
 */
// Code tables are indexed by ordinal: each is built from its enum's own constants, in order.
@SuppressWarnings("EnumOrdinal")
final class CurrentVersionWriter {
  private static final SerializableString N_FORMAT_VERSION = new SerializedString("formatVersion");
  private static final SerializableString N_MEETING = new SerializedString("meeting");
  private static final SerializableString N_PARTICIPANTS = new SerializedString("participants");
  private static final SerializableString N_PERSONS = new SerializedString("persons");
  private static final SerializableString N_DOCUMENTS = new SerializedString("documents");
  private static final SerializableString N_SESSIONS = new SerializedString("sessions");
  private static final SerializableString N_SOURCES = new SerializedString("sources");
  private static final SerializableString N_CONCLUSION = new SerializedString("conclusion");
  private static final SerializableString N_SERIES = new SerializedString("series");
  private static final SerializableString N_EDITION = new SerializedString("edition");
  private static final SerializableString N_VENUE = new SerializedString("venue");
  private static final SerializableString N_START_DATE = new SerializedString("startDate");
  private static final SerializableString N_END_DATE = new SerializedString("endDate");
  private static final SerializableString N_THEME = new SerializedString("theme");
  private static final SerializableString N_LANGUAGES = new SerializedString("languages");
  private static final SerializableString[] C_OFFICIAL_LANGUAGE = codes(OfficialLanguage.class);
  private static final SerializableString N_CONVENED_BY = new SerializedString("convenedBy");
  private static final SerializableString N_FRAMEWORK = new SerializedString("framework");
  private static final SerializableString N_PREVIOUS = new SerializedString("previous");
  private static final SerializableString N_DESIGNATED_PROVISIONAL_PRESIDENT =
      new SerializedString("designatedProvisionalPresident");
  private static final SerializableString N_CHAIR = new SerializedString("chair");
  private static final SerializableString N_CODE = new SerializedString("code");
  private static final SerializableString N_NAME = new SerializedString("name");
  private static final SerializableString N_CITY = new SerializedString("city");
  private static final SerializableString N_COUNTRY = new SerializedString("country");
  private static final SerializableString[] C_MEMBER_STATE = codes(MemberState.class);
  private static final SerializableString N_ID = new SerializedString("id");
  private static final SerializableString N_KIND = new SerializedString("kind");
  private static final SerializableString[] C_PARTICIPANT_KIND = codes(ParticipantKind.class);
  private static final SerializableString N_STATE = new SerializedString("state");
  private static final SerializableString N_HEAD = new SerializedString("head");
  private static final SerializableString N_ACCREDITED = new SerializedString("accredited");
  private static final SerializableString N_HONORIFIC = new SerializedString("honorific");
  private static final SerializableString N_SHORT_NAME = new SerializedString("shortName");
  private static final SerializableString N_GRAMMATICAL_GENDER =
      new SerializedString("grammaticalGender");
  private static final SerializableString[] C_GRAMMATICAL_GENDER = codes(GrammaticalGender.class);
  private static final SerializableString N_POSITIONS = new SerializedString("positions");
  private static final SerializableString N_TITLE = new SerializedString("title");
  private static final SerializableString N_PARTICIPANT = new SerializedString("participant");
  private static final SerializableString N_SYMBOL = new SerializedString("symbol");
  private static final SerializableString N_SYMBOL_AS_PRINTED =
      new SerializedString("symbolAsPrinted");
  private static final Shape.Field<?> F_DOCUMENT_TITLE_TRANSLATIONS =
      RecordShapes.shape(Document.class).field("titleTranslations").orElseThrow();
  private static final SerializableString N_DESCRIPTION = new SerializedString("description");
  private static final SerializableString N_DOCUMENT_CLASS = new SerializedString("documentClass");
  private static final SerializableString[] C_DOCUMENT_CLASS = codes(DocumentClass.class);
  private static final SerializableString N_DISTRIBUTED_AT = new SerializedString("distributedAt");
  private static final SerializableString N_LINKS = new SerializedString("links");
  private static final SerializableString N_LANGUAGE = new SerializedString("language");
  private static final SerializableString N_URL = new SerializedString("url");
  private static final SerializableString N_NUMBER = new SerializedString("number");
  private static final SerializableString[] C_SESSION_KIND = codes(SessionKind.class);
  private static final Shape.Field<?> F_SESSION_TITLE_TRANSLATIONS =
      RecordShapes.shape(Session.class).field("titleTranslations").orElseThrow();
  private static final SerializableString N_DATE = new SerializedString("date");
  private static final SerializableString N_ATTENDANCE = new SerializedString("attendance");
  private static final SerializableString N_ITEMS = new SerializedString("items");
  private static final Shape.Field<?> F_AGENDA_ITEM_TITLE_TRANSLATIONS =
      RecordShapes.shape(AgendaItem.class).field("titleTranslations").orElseThrow();
  private static final Shape.Field<?> F_AGENDA_ITEM_UNLETTERED =
      RecordShapes.shape(AgendaItem.class).field("unlettered").orElseThrow();
  private static final SerializableString N_ACTS = new SerializedString("acts");
  private static final SerializableString N_BALLOTS = new SerializedString("ballots");
  private static final Shape.Field<?> F_TALLY_ANNOUNCED_FOR =
      RecordShapes.shape(Tally.class).field("announcedFor").orElseThrow();
  private static final Shape.Field<?> F_TALLY_ANNOUNCED_AGAINST =
      RecordShapes.shape(Tally.class).field("announcedAgainst").orElseThrow();
  private static final Shape.Field<?> F_TALLY_ANNOUNCED_ABSTENTIONS =
      RecordShapes.shape(Tally.class).field("announcedAbstentions").orElseThrow();
  private static final Shape.Field<?> F_TALLY_ANNOUNCED_ABSENT =
      RecordShapes.shape(Tally.class).field("announcedAbsent").orElseThrow();
  private static final Shape.Field<?> F_TALLY_ANNOUNCED_NOT_VOTING =
      RecordShapes.shape(Tally.class).field("announcedNotVoting").orElseThrow();
  private static final Shape.Field<?> F_TALLY_ANNOUNCED_BASE =
      RecordShapes.shape(Tally.class).field("announcedBase").orElseThrow();
  private static final SerializableString N_VOTE = new SerializedString("vote");
  private static final SerializableString[] C_VOTE = codes(Vote.class);
  private static final SerializableString[] C_MAJORITY_KIND = codes(MajorityKind.class);
  private static final SerializableString N_CITATION = new SerializedString("citation");
  private static final SerializableString N_ABOUT = new SerializedString("about");
  private static final SerializableString N_FACTS = new SerializedString("facts");
  private static final SerializableString N_TEXT = new SerializedString("text");
  private static final SerializableString N_TYPE = new SerializedString("type");
  private static final SerializableString[] C_ACT_KIND = codes(ActKind.class);
  private static final SerializableString N_BY = new SerializedString("by");
  private static final SerializableString N_PERSON = new SerializedString("person");
  private static final SerializableString N_SUMMARY = new SerializedString("summary");
  private static final Shape.Field<?> F_SPEECH_SUMMARY_TRANSLATIONS =
      ActKind.SPEECH.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_FORM = new SerializedString("form");
  private static final SerializableString[] C_SPEECH_FORM = codes(SpeechForm.class);
  private static final Shape.Field<?> F_SPEECH_TITLE_TRANSLATIONS =
      ActKind.SPEECH.shape().field("titleTranslations").orElseThrow();
  private static final SerializableString N_DOCUMENT = new SerializedString("document");
  private static final Shape.Field<?> F_MINUTE_OF_SILENCE_SUMMARY_TRANSLATIONS =
      ActKind.MINUTE_OF_SILENCE.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_IN_REMEMBRANCE_OF =
      new SerializedString("inRemembranceOf");
  private static final Shape.Field<?> F_PRESENTATION_SUMMARY_TRANSLATIONS =
      ActKind.PRESENTATION.shape().field("summaryTranslations").orElseThrow();
  private static final Shape.Field<?> F_PRESENTATION_TITLE_TRANSLATIONS =
      ActKind.PRESENTATION.shape().field("titleTranslations").orElseThrow();
  private static final SerializableString N_TOPIC = new SerializedString("topic");
  private static final Shape.Field<?> F_REPORT_SUMMARY_TRANSLATIONS =
      ActKind.REPORT.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_REPORT_KIND = new SerializedString("reportKind");
  private static final SerializableString[] C_REPORT_KIND = codes(ReportKind.class);
  private static final Shape.Field<?> F_REPORT_TITLE_TRANSLATIONS =
      ActKind.REPORT.shape().field("titleTranslations").orElseThrow();
  private static final SerializableString N_VERBAL = new SerializedString("verbal");
  private static final Shape.Field<?> F_INTERVENTION_SUMMARY_TRANSLATIONS =
      ActKind.INTERVENTION.shape().field("summaryTranslations").orElseThrow();
  private static final Shape.Field<?> F_READING_SUMMARY_TRANSLATIONS =
      ActKind.READING.shape().field("summaryTranslations").orElseThrow();
  private static final Shape.Field<?> F_NOMINATION_SUMMARY_TRANSLATIONS =
      ActKind.NOMINATION.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_NOMINEE = new SerializedString("nominee");
  private static final SerializableString N_OFFICE = new SerializedString("office");
  private static final SerializableString[] C_OFFICE = codes(Office.class);
  private static final Shape.Field<?> F_SECONDING_SUMMARY_TRANSLATIONS =
      ActKind.SECONDING.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_OF = new SerializedString("of");
  private static final Shape.Field<?> F_SUPPORT_SUMMARY_TRANSLATIONS =
      ActKind.SUPPORT.shape().field("summaryTranslations").orElseThrow();
  private static final Shape.Field<?> F_OBJECTION_SUMMARY_TRANSLATIONS =
      ActKind.OBJECTION.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_TO = new SerializedString("to");
  private static final Shape.Field<?> F_PROPOSAL_SUMMARY_TRANSLATIONS =
      ActKind.PROPOSAL.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_PROPOSAL_KIND = new SerializedString("proposalKind");
  private static final SerializableString[] C_PROPOSAL_KIND = codes(ProposalKind.class);
  private static final Shape.Field<?> F_AMENDMENT_SUMMARY_TRANSLATIONS =
      ActKind.AMENDMENT.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_PROPOSAL = new SerializedString("proposal");
  private static final SerializableString N_CHANGE = new SerializedString("change");
  private static final SerializableString[] C_AMENDMENT_CHANGE = codes(AmendmentChange.class);
  private static final SerializableString N_COSPONSORS = new SerializedString("cosponsors");
  private static final Shape.Field<?> F_WITHDRAWAL_SUMMARY_TRANSLATIONS =
      ActKind.WITHDRAWAL.shape().field("summaryTranslations").orElseThrow();
  private static final Shape.Field<?> F_HOSTING_OFFER_SUMMARY_TRANSLATIONS =
      ActKind.HOSTING_OFFER.shape().field("summaryTranslations").orElseThrow();
  private static final Shape.Field<?> F_DECISION_SUMMARY_TRANSLATIONS =
      ActKind.DECISION.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_METHOD = new SerializedString("method");
  private static final SerializableString[] C_DECISION_METHOD = codes(DecisionMethod.class);
  private static final SerializableString N_OUTCOME = new SerializedString("outcome");
  private static final SerializableString[] C_OUTCOME = codes(Outcome.class);
  private static final SerializableString N_TALLY = new SerializedString("tally");
  private static final SerializableString N_REQUIRED_MAJORITY =
      new SerializedString("requiredMajority");
  private static final SerializableString N_ON = new SerializedString("on");
  private static final SerializableString N_INCORPORATING = new SerializedString("incorporating");
  private static final Shape.Field<?> F_ADOPTION_SUMMARY_TRANSLATIONS =
      ActKind.ADOPTION.shape().field("summaryTranslations").orElseThrow();
  private static final Shape.Field<?> F_INSTRUCTION_SUMMARY_TRANSLATIONS =
      ActKind.INSTRUCTION.shape().field("summaryTranslations").orElseThrow();
  private static final Shape.Field<?> F_REQUEST_SUMMARY_TRANSLATIONS =
      ActKind.REQUEST.shape().field("summaryTranslations").orElseThrow();
  private static final Shape.Field<?> F_REQUEST_NOTED_SUMMARY_TRANSLATIONS =
      ActKind.REQUEST_NOTED.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_REQUESTS = new SerializedString("requests");
  private static final Shape.Field<?> F_POINT_OF_ORDER_SUMMARY_TRANSLATIONS =
      ActKind.POINT_OF_ORDER.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_SUBSTANTIVE = new SerializedString("substantive");
  private static final Shape.Field<?> F_RULING_SUMMARY_TRANSLATIONS =
      ActKind.RULING.shape().field("summaryTranslations").orElseThrow();
  private static final Shape.Field<?> F_APPEAL_SUMMARY_TRANSLATIONS =
      ActKind.APPEAL.shape().field("summaryTranslations").orElseThrow();
  private static final SerializableString N_AGAINST = new SerializedString("against");
  private static final Shape.Field<?> F_RECONSIDERATION_SUMMARY_TRANSLATIONS =
      ActKind.RECONSIDERATION.shape().field("summaryTranslations").orElseThrow();

  private final JsonGenerator g;
  private final RecordWriter walk;

  /** A writer to {@code g} that leaves worked-out fields to {@code walk}. */
  CurrentVersionWriter(JsonGenerator g, RecordWriter walk) {
    this.g = g;
    this.walk = walk;
  }

  /** Writes {@code object}, of {@code shape}, a part of a record or the record itself. */
  void object(Shape<?> shape, Object object) {
    switch (shape.name()) {
      case "record" -> writeRecord((MeetingRecord) object);
      case "meeting" -> writeMeeting((Meeting) object);
      case "previousMeeting" -> writePreviousMeeting((PreviousMeeting) object);
      case "series" -> writeSeries((MeetingSeries) object);
      case "venue" -> writeVenue((Venue) object);
      case "participant" -> writeParticipant((Participant) object);
      case "person" -> writePerson((Person) object);
      case "position" -> writePosition((Position) object);
      case "document" -> writeDocument((Document) object);
      case "link" -> writeLink((Link) object);
      case "session" -> writeSession((Session) object);
      case "agendaItem" -> writeAgendaItem((AgendaItem) object);
      case "tally" -> writeTally((Tally) object);
      case "ballot" -> writeBallot((Ballot) object);
      case "requiredMajority" -> writeRequiredMajority((RequiredMajority) object);
      case "source" -> writeSource((Source) object);
      case "translation" -> writeTranslation((Translation) object);
      default -> throw new IllegalArgumentException("no shape named " + shape.name());
    }
  }

  /** Writes an act: its type first, then the fields of its kind. */
  void act(Act act) {
    switch (act.kind()) {
      case SPEECH -> writeSpeech((Speech) act);
      case MINUTE_OF_SILENCE -> writeMinuteOfSilence((MinuteOfSilence) act);
      case PRESENTATION -> writePresentation((Presentation) act);
      case REPORT -> writeReport((Report) act);
      case INTERVENTION -> writeIntervention((Intervention) act);
      case READING -> writeReading((Reading) act);
      case NOMINATION -> writeNomination((Nomination) act);
      case SECONDING -> writeSeconding((Seconding) act);
      case SUPPORT -> writeSupport((Support) act);
      case OBJECTION -> writeObjection((Objection) act);
      case PROPOSAL -> writeProposal((Proposal) act);
      case AMENDMENT -> writeAmendment((Amendment) act);
      case WITHDRAWAL -> writeWithdrawal((Withdrawal) act);
      case HOSTING_OFFER -> writeHostingOffer((HostingOffer) act);
      case DECISION -> writeDecision((Decision) act);
      case ADOPTION -> writeAdoption((Adoption) act);
      case INSTRUCTION -> writeInstruction((Instruction) act);
      case REQUEST -> writeRequest((Request) act);
      case REQUEST_NOTED -> writeRequestNoted((RequestNoted) act);
      case POINT_OF_ORDER -> writePointOfOrder((PointOfOrder) act);
      case RULING -> writeRuling((Ruling) act);
      case APPEAL -> writeAppeal((Appeal) act);
      case RECONSIDERATION -> writeReconsideration((Reconsideration) act);
    }
  }

  private void writeRecord(MeetingRecord o) {
    g.writeStartObject();
    g.writeName(N_FORMAT_VERSION);
    g.writeNumber(RecordShapes.FORMAT_VERSION);
    var v0 = o.meeting();
    g.writeName(N_MEETING);
    writeMeeting(v0);
    var v1 = o.participants();
    if (!v1.isEmpty()) {
      g.writeName(N_PARTICIPANTS);
      g.writeStartArray();
      for (var e2 : v1) {
        writeParticipant(e2);
      }
      g.writeEndArray();
    }
    var v3 = o.persons();
    if (!v3.isEmpty()) {
      g.writeName(N_PERSONS);
      g.writeStartArray();
      for (var e4 : v3) {
        writePerson(e4);
      }
      g.writeEndArray();
    }
    var v5 = o.documents();
    if (!v5.isEmpty()) {
      g.writeName(N_DOCUMENTS);
      g.writeStartArray();
      for (var e6 : v5) {
        writeDocument(e6);
      }
      g.writeEndArray();
    }
    var v7 = o.sessions();
    if (!v7.isEmpty()) {
      g.writeName(N_SESSIONS);
      g.writeStartArray();
      for (var e8 : v7) {
        writeSession(e8);
      }
      g.writeEndArray();
    }
    var v9 = o.sources();
    if (!v9.isEmpty()) {
      g.writeName(N_SOURCES);
      g.writeStartArray();
      for (var e10 : v9) {
        writeSource(e10);
      }
      g.writeEndArray();
    }
    var v11 = o.conclusion();
    if (v11.isPresent()) {
      g.writeName(N_CONCLUSION);
      g.writeString(v11.get());
    }
    g.writeEndObject();
  }

  private void writeMeeting(Meeting o) {
    g.writeStartObject();
    var v12 = o.series();
    g.writeName(N_SERIES);
    writeSeries(v12);
    var v13 = o.edition();
    g.writeName(N_EDITION);
    g.writeNumber(v13.number());
    var v14 = o.venue();
    g.writeName(N_VENUE);
    writeVenue(v14);
    var v15 = o.startDate();
    g.writeName(N_START_DATE);
    g.writeString(v15.toString());
    var v16 = o.endDate();
    g.writeName(N_END_DATE);
    g.writeString(v16.toString());
    var v17 = o.theme();
    if (v17.isPresent()) {
      g.writeName(N_THEME);
      g.writeString(v17.get());
    }
    var v18 = o.languages();
    if (!v18.isEmpty()) {
      g.writeName(N_LANGUAGES);
      g.writeStartArray();
      for (var e19 : v18) {
        g.writeString(C_OFFICIAL_LANGUAGE[e19.ordinal()]);
      }
      g.writeEndArray();
    }
    var v20 = o.convenedBy();
    if (v20.isPresent()) {
      g.writeName(N_CONVENED_BY);
      g.writeString(v20.get().toString());
    }
    var v21 = o.framework();
    if (v21.isPresent()) {
      g.writeName(N_FRAMEWORK);
      g.writeString(v21.get());
    }
    var v22 = o.previous();
    if (v22.isPresent()) {
      g.writeName(N_PREVIOUS);
      writePreviousMeeting(v22.get());
    }
    var v23 = o.designatedProvisionalPresident();
    if (v23.isPresent()) {
      g.writeName(N_DESIGNATED_PROVISIONAL_PRESIDENT);
      g.writeString(v23.get());
    }
    g.writeEndObject();
  }

  private void writePreviousMeeting(PreviousMeeting o) {
    g.writeStartObject();
    var v24 = o.edition();
    g.writeName(N_EDITION);
    g.writeNumber(v24.number());
    var v25 = o.venue();
    g.writeName(N_VENUE);
    writeVenue(v25);
    var v26 = o.startDate();
    g.writeName(N_START_DATE);
    g.writeString(v26.toString());
    var v27 = o.endDate();
    g.writeName(N_END_DATE);
    g.writeString(v27.toString());
    var v28 = o.chair();
    if (v28.isPresent()) {
      g.writeName(N_CHAIR);
      g.writeString(v28.get());
    }
    g.writeEndObject();
  }

  private void writeSeries(MeetingSeries o) {
    g.writeStartObject();
    var v29 = o.code();
    g.writeName(N_CODE);
    g.writeString(v29);
    var v30 = o.name();
    g.writeName(N_NAME);
    g.writeString(v30);
    g.writeEndObject();
  }

  private void writeVenue(Venue o) {
    g.writeStartObject();
    var v31 = o.city();
    g.writeName(N_CITY);
    g.writeString(v31);
    var v32 = o.country();
    g.writeName(N_COUNTRY);
    g.writeString(C_MEMBER_STATE[v32.ordinal()]);
    g.writeEndObject();
  }

  private void writeParticipant(Participant o) {
    g.writeStartObject();
    var v33 = o.id();
    g.writeName(N_ID);
    g.writeString(v33);
    var v34 = o.kind();
    g.writeName(N_KIND);
    g.writeString(C_PARTICIPANT_KIND[v34.ordinal()]);
    var v35 = o.name();
    g.writeName(N_NAME);
    g.writeString(v35);
    var v36 = o.state();
    if (v36.isPresent()) {
      g.writeName(N_STATE);
      g.writeString(C_MEMBER_STATE[v36.get().ordinal()]);
    }
    var v37 = o.head();
    if (v37.isPresent()) {
      g.writeName(N_HEAD);
      g.writeString(v37.get());
    }
    var v38 = o.accredited();
    g.writeName(N_ACCREDITED);
    g.writeBoolean(v38);
    g.writeEndObject();
  }

  private void writePerson(Person o) {
    g.writeStartObject();
    var v39 = o.id();
    g.writeName(N_ID);
    g.writeString(v39);
    var v40 = o.name();
    g.writeName(N_NAME);
    g.writeString(v40);
    var v41 = o.honorific();
    if (v41.isPresent()) {
      g.writeName(N_HONORIFIC);
      g.writeString(v41.get());
    }
    var v42 = o.shortName();
    if (v42.isPresent()) {
      g.writeName(N_SHORT_NAME);
      g.writeString(v42.get());
    }
    var v43 = o.grammaticalGender();
    if (v43.isPresent()) {
      g.writeName(N_GRAMMATICAL_GENDER);
      g.writeString(C_GRAMMATICAL_GENDER[v43.get().ordinal()]);
    }
    var v44 = o.positions();
    if (!v44.isEmpty()) {
      g.writeName(N_POSITIONS);
      g.writeStartArray();
      for (var e45 : v44) {
        writePosition(e45);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writePosition(Position o) {
    g.writeStartObject();
    var v46 = o.title();
    if (v46.isPresent()) {
      g.writeName(N_TITLE);
      g.writeString(v46.get());
    }
    var v47 = o.participant();
    g.writeName(N_PARTICIPANT);
    g.writeString(v47);
    g.writeEndObject();
  }

  private void writeDocument(Document o) {
    g.writeStartObject();
    var v48 = o.id();
    g.writeName(N_ID);
    g.writeString(v48);
    var v49 = o.symbol();
    if (v49.isPresent()) {
      g.writeName(N_SYMBOL);
      g.writeString(v49.get().toString());
    }
    var v50 = o.symbolAsPrinted();
    if (v50.isPresent()) {
      g.writeName(N_SYMBOL_AS_PRINTED);
      g.writeString(v50.get());
    }
    var v51 = o.title();
    if (v51.isPresent()) {
      g.writeName(N_TITLE);
      g.writeString(v51.get());
    }
    if (!o.titleTranslations().isEmpty()) {
      walk.field(F_DOCUMENT_TITLE_TRANSLATIONS, o);
    }
    var v52 = o.description();
    if (v52.isPresent()) {
      g.writeName(N_DESCRIPTION);
      g.writeString(v52.get());
    }
    var v53 = o.documentClass();
    g.writeName(N_DOCUMENT_CLASS);
    g.writeString(C_DOCUMENT_CLASS[v53.ordinal()]);
    var v54 = o.languages();
    if (!v54.isEmpty()) {
      g.writeName(N_LANGUAGES);
      g.writeStartArray();
      for (var e55 : v54) {
        g.writeString(C_OFFICIAL_LANGUAGE[e55.ordinal()]);
      }
      g.writeEndArray();
    }
    var v56 = o.distributedAt();
    if (v56.isPresent()) {
      g.writeName(N_DISTRIBUTED_AT);
      g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(v56.get()));
    }
    var v57 = o.links();
    if (!v57.isEmpty()) {
      g.writeName(N_LINKS);
      g.writeStartArray();
      for (var e58 : v57) {
        writeLink(e58);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writeLink(Link o) {
    g.writeStartObject();
    var v59 = o.language();
    if (v59.isPresent()) {
      g.writeName(N_LANGUAGE);
      g.writeString(C_OFFICIAL_LANGUAGE[v59.get().ordinal()]);
    }
    var v60 = o.url();
    g.writeName(N_URL);
    g.writeString(v60);
    g.writeEndObject();
  }

  private void writeSession(Session o) {
    g.writeStartObject();
    var v61 = o.number();
    g.writeName(N_NUMBER);
    g.writeNumber(v61);
    var v62 = o.kind();
    g.writeName(N_KIND);
    g.writeString(C_SESSION_KIND[v62.ordinal()]);
    var v63 = o.title();
    if (v63.isPresent()) {
      g.writeName(N_TITLE);
      g.writeString(v63.get());
    }
    if (!o.titleTranslations().isEmpty()) {
      walk.field(F_SESSION_TITLE_TRANSLATIONS, o);
    }
    var v64 = o.date();
    if (v64.isPresent()) {
      g.writeName(N_DATE);
      g.writeString(v64.get().toString());
    }
    var v65 = o.attendance();
    if (v65.isPresent()) {
      g.writeName(N_ATTENDANCE);
      g.writeStartArray();
      for (var e66 : v65.get()) {
        g.writeString(e66);
      }
      g.writeEndArray();
    }
    var v67 = o.items();
    if (!v67.isEmpty()) {
      g.writeName(N_ITEMS);
      g.writeStartArray();
      for (var e68 : v67) {
        writeAgendaItem(e68);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writeAgendaItem(AgendaItem o) {
    g.writeStartObject();
    var v69 = o.number();
    g.writeName(N_NUMBER);
    g.writeString(v69);
    var v70 = o.title();
    g.writeName(N_TITLE);
    g.writeString(v70);
    if (!o.titleTranslations().isEmpty()) {
      walk.field(F_AGENDA_ITEM_TITLE_TRANSLATIONS, o);
    }
    walk.field(F_AGENDA_ITEM_UNLETTERED, o);
    var v71 = o.documents();
    if (!v71.isEmpty()) {
      g.writeName(N_DOCUMENTS);
      g.writeStartArray();
      for (var e72 : v71) {
        g.writeString(e72);
      }
      g.writeEndArray();
    }
    var v73 = o.acts();
    if (!v73.isEmpty()) {
      g.writeName(N_ACTS);
      g.writeStartArray();
      for (var e74 : v73) {
        act(e74);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writeTally(Tally o) {
    g.writeStartObject();
    var v75 = o.ballots();
    if (!v75.isEmpty()) {
      g.writeName(N_BALLOTS);
      g.writeStartArray();
      for (var e76 : v75) {
        writeBallot(e76);
      }
      g.writeEndArray();
    }
    walk.field(F_TALLY_ANNOUNCED_FOR, o);
    walk.field(F_TALLY_ANNOUNCED_AGAINST, o);
    walk.field(F_TALLY_ANNOUNCED_ABSTENTIONS, o);
    walk.field(F_TALLY_ANNOUNCED_ABSENT, o);
    walk.field(F_TALLY_ANNOUNCED_NOT_VOTING, o);
    walk.field(F_TALLY_ANNOUNCED_BASE, o);
    g.writeEndObject();
  }

  private void writeBallot(Ballot o) {
    g.writeStartObject();
    var v77 = o.participant();
    g.writeName(N_PARTICIPANT);
    g.writeString(v77);
    var v78 = o.vote();
    g.writeName(N_VOTE);
    g.writeString(C_VOTE[v78.ordinal()]);
    g.writeEndObject();
  }

  private void writeRequiredMajority(RequiredMajority o) {
    g.writeStartObject();
    var v79 = o.kind();
    g.writeName(N_KIND);
    g.writeString(C_MAJORITY_KIND[v79.ordinal()]);
    var v80 = o.citation();
    if (v80.isPresent()) {
      g.writeName(N_CITATION);
      g.writeString(v80.get());
    }
    g.writeEndObject();
  }

  private void writeSource(Source o) {
    g.writeStartObject();
    var v81 = o.about();
    g.writeName(N_ABOUT);
    g.writeString(v81);
    var v82 = o.facts();
    if (!v82.isEmpty()) {
      g.writeName(N_FACTS);
      g.writeStartArray();
      for (var e83 : v82) {
        g.writeString(e83);
      }
      g.writeEndArray();
    }
    var v84 = o.citation();
    g.writeName(N_CITATION);
    g.writeString(v84);
    g.writeEndObject();
  }

  private void writeTranslation(Translation o) {
    g.writeStartObject();
    var v85 = o.language();
    g.writeName(N_LANGUAGE);
    g.writeString(C_OFFICIAL_LANGUAGE[v85.ordinal()]);
    var v86 = o.text();
    g.writeName(N_TEXT);
    g.writeString(v86);
    g.writeEndObject();
  }

  private void writeSpeech(Speech o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v87 = o.id();
    if (v87.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v87.get());
    }
    var v88 = o.by();
    if (v88.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v88.get());
    }
    var v89 = o.person();
    if (v89.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v89.get());
    }
    var v90 = o.summary();
    if (v90.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v90.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_SPEECH_SUMMARY_TRANSLATIONS, o);
    }
    var v91 = o.form();
    g.writeName(N_FORM);
    g.writeString(C_SPEECH_FORM[v91.ordinal()]);
    var v92 = o.title();
    if (v92.isPresent()) {
      g.writeName(N_TITLE);
      g.writeString(v92.get());
    }
    if (!o.titleTranslations().isEmpty()) {
      walk.field(F_SPEECH_TITLE_TRANSLATIONS, o);
    }
    var v93 = o.document();
    if (v93.isPresent()) {
      g.writeName(N_DOCUMENT);
      g.writeString(v93.get());
    }
    g.writeEndObject();
  }

  private void writeMinuteOfSilence(MinuteOfSilence o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v94 = o.id();
    if (v94.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v94.get());
    }
    var v95 = o.by();
    if (v95.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v95.get());
    }
    var v96 = o.person();
    if (v96.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v96.get());
    }
    var v97 = o.summary();
    if (v97.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v97.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_MINUTE_OF_SILENCE_SUMMARY_TRANSLATIONS, o);
    }
    var v98 = o.inRemembranceOf();
    g.writeName(N_IN_REMEMBRANCE_OF);
    g.writeString(v98);
    g.writeEndObject();
  }

  private void writePresentation(Presentation o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v99 = o.id();
    if (v99.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v99.get());
    }
    var v100 = o.by();
    if (v100.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v100.get());
    }
    var v101 = o.person();
    if (v101.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v101.get());
    }
    var v102 = o.summary();
    if (v102.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v102.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_PRESENTATION_SUMMARY_TRANSLATIONS, o);
    }
    var v103 = o.title();
    if (v103.isPresent()) {
      g.writeName(N_TITLE);
      g.writeString(v103.get());
    }
    if (!o.titleTranslations().isEmpty()) {
      walk.field(F_PRESENTATION_TITLE_TRANSLATIONS, o);
    }
    var v104 = o.topic();
    if (v104.isPresent()) {
      g.writeName(N_TOPIC);
      g.writeString(v104.get());
    }
    var v105 = o.document();
    if (v105.isPresent()) {
      g.writeName(N_DOCUMENT);
      g.writeString(v105.get());
    }
    g.writeEndObject();
  }

  private void writeReport(Report o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v106 = o.id();
    if (v106.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v106.get());
    }
    var v107 = o.by();
    if (v107.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v107.get());
    }
    var v108 = o.person();
    if (v108.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v108.get());
    }
    var v109 = o.summary();
    if (v109.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v109.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_REPORT_SUMMARY_TRANSLATIONS, o);
    }
    var v110 = o.reportKind();
    g.writeName(N_REPORT_KIND);
    g.writeString(C_REPORT_KIND[v110.ordinal()]);
    var v111 = o.title();
    if (v111.isPresent()) {
      g.writeName(N_TITLE);
      g.writeString(v111.get());
    }
    if (!o.titleTranslations().isEmpty()) {
      walk.field(F_REPORT_TITLE_TRANSLATIONS, o);
    }
    var v112 = o.topic();
    if (v112.isPresent()) {
      g.writeName(N_TOPIC);
      g.writeString(v112.get());
    }
    var v113 = o.document();
    if (v113.isPresent()) {
      g.writeName(N_DOCUMENT);
      g.writeString(v113.get());
    }
    var v114 = o.verbal();
    g.writeName(N_VERBAL);
    g.writeBoolean(v114);
    g.writeEndObject();
  }

  private void writeIntervention(Intervention o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v115 = o.id();
    if (v115.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v115.get());
    }
    var v116 = o.by();
    if (v116.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v116.get());
    }
    var v117 = o.person();
    if (v117.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v117.get());
    }
    var v118 = o.summary();
    if (v118.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v118.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_INTERVENTION_SUMMARY_TRANSLATIONS, o);
    }
    var v119 = o.document();
    if (v119.isPresent()) {
      g.writeName(N_DOCUMENT);
      g.writeString(v119.get());
    }
    g.writeEndObject();
  }

  private void writeReading(Reading o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v120 = o.id();
    if (v120.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v120.get());
    }
    var v121 = o.by();
    if (v121.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v121.get());
    }
    var v122 = o.person();
    if (v122.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v122.get());
    }
    var v123 = o.summary();
    if (v123.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v123.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_READING_SUMMARY_TRANSLATIONS, o);
    }
    var v124 = o.document();
    g.writeName(N_DOCUMENT);
    g.writeString(v124);
    g.writeEndObject();
  }

  private void writeNomination(Nomination o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v125 = o.id();
    if (v125.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v125.get());
    }
    var v126 = o.by();
    if (v126.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v126.get());
    }
    var v127 = o.person();
    if (v127.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v127.get());
    }
    var v128 = o.summary();
    if (v128.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v128.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_NOMINATION_SUMMARY_TRANSLATIONS, o);
    }
    var v129 = o.nominee();
    g.writeName(N_NOMINEE);
    g.writeString(v129);
    var v130 = o.office();
    g.writeName(N_OFFICE);
    g.writeString(C_OFFICE[v130.ordinal()]);
    g.writeEndObject();
  }

  private void writeSeconding(Seconding o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v131 = o.id();
    if (v131.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v131.get());
    }
    var v132 = o.by();
    if (v132.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v132.get());
    }
    var v133 = o.person();
    if (v133.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v133.get());
    }
    var v134 = o.summary();
    if (v134.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v134.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_SECONDING_SUMMARY_TRANSLATIONS, o);
    }
    var v135 = o.of();
    g.writeName(N_OF);
    g.writeString(v135);
    g.writeEndObject();
  }

  private void writeSupport(Support o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v136 = o.id();
    if (v136.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v136.get());
    }
    var v137 = o.by();
    if (v137.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v137.get());
    }
    var v138 = o.person();
    if (v138.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v138.get());
    }
    var v139 = o.summary();
    if (v139.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v139.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_SUPPORT_SUMMARY_TRANSLATIONS, o);
    }
    var v140 = o.of();
    g.writeName(N_OF);
    g.writeString(v140);
    g.writeEndObject();
  }

  private void writeObjection(Objection o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v141 = o.id();
    if (v141.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v141.get());
    }
    var v142 = o.by();
    if (v142.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v142.get());
    }
    var v143 = o.person();
    if (v143.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v143.get());
    }
    var v144 = o.summary();
    if (v144.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v144.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_OBJECTION_SUMMARY_TRANSLATIONS, o);
    }
    var v145 = o.to();
    g.writeName(N_TO);
    g.writeString(v145);
    g.writeEndObject();
  }

  private void writeProposal(Proposal o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v146 = o.id();
    if (v146.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v146.get());
    }
    var v147 = o.by();
    if (v147.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v147.get());
    }
    var v148 = o.person();
    if (v148.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v148.get());
    }
    var v149 = o.summary();
    if (v149.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v149.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_PROPOSAL_SUMMARY_TRANSLATIONS, o);
    }
    var v150 = o.proposalKind();
    g.writeName(N_PROPOSAL_KIND);
    g.writeString(C_PROPOSAL_KIND[v150.ordinal()]);
    var v151 = o.text();
    g.writeName(N_TEXT);
    g.writeString(v151);
    var v152 = o.document();
    if (v152.isPresent()) {
      g.writeName(N_DOCUMENT);
      g.writeString(v152.get());
    }
    g.writeEndObject();
  }

  private void writeAmendment(Amendment o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v153 = o.id();
    if (v153.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v153.get());
    }
    var v154 = o.by();
    if (v154.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v154.get());
    }
    var v155 = o.person();
    if (v155.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v155.get());
    }
    var v156 = o.summary();
    if (v156.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v156.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_AMENDMENT_SUMMARY_TRANSLATIONS, o);
    }
    var v157 = o.proposal();
    if (v157.isPresent()) {
      g.writeName(N_PROPOSAL);
      g.writeString(v157.get());
    }
    var v158 = o.document();
    if (v158.isPresent()) {
      g.writeName(N_DOCUMENT);
      g.writeString(v158.get());
    }
    var v159 = o.change();
    g.writeName(N_CHANGE);
    g.writeString(C_AMENDMENT_CHANGE[v159.ordinal()]);
    var v160 = o.text();
    g.writeName(N_TEXT);
    g.writeString(v160);
    var v161 = o.cosponsors();
    if (!v161.isEmpty()) {
      g.writeName(N_COSPONSORS);
      g.writeStartArray();
      for (var e162 : v161) {
        g.writeString(e162);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writeWithdrawal(Withdrawal o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v163 = o.id();
    if (v163.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v163.get());
    }
    var v164 = o.by();
    if (v164.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v164.get());
    }
    var v165 = o.person();
    if (v165.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v165.get());
    }
    var v166 = o.summary();
    if (v166.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v166.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_WITHDRAWAL_SUMMARY_TRANSLATIONS, o);
    }
    var v167 = o.of();
    g.writeName(N_OF);
    g.writeString(v167);
    g.writeEndObject();
  }

  private void writeHostingOffer(HostingOffer o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v168 = o.id();
    if (v168.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v168.get());
    }
    var v169 = o.by();
    if (v169.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v169.get());
    }
    var v170 = o.person();
    if (v170.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v170.get());
    }
    var v171 = o.summary();
    if (v171.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v171.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_HOSTING_OFFER_SUMMARY_TRANSLATIONS, o);
    }
    var v172 = o.edition();
    g.writeName(N_EDITION);
    g.writeNumber(v172.number());
    var v173 = o.city();
    if (v173.isPresent()) {
      g.writeName(N_CITY);
      g.writeString(v173.get());
    }
    g.writeEndObject();
  }

  private void writeDecision(Decision o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v174 = o.id();
    if (v174.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v174.get());
    }
    var v175 = o.by();
    if (v175.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v175.get());
    }
    var v176 = o.person();
    if (v176.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v176.get());
    }
    var v177 = o.summary();
    if (v177.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v177.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_DECISION_SUMMARY_TRANSLATIONS, o);
    }
    var v178 = o.method();
    g.writeName(N_METHOD);
    g.writeString(C_DECISION_METHOD[v178.ordinal()]);
    var v179 = o.outcome();
    g.writeName(N_OUTCOME);
    g.writeString(C_OUTCOME[v179.ordinal()]);
    var v180 = o.tally();
    if (v180.isPresent()) {
      g.writeName(N_TALLY);
      writeTally(v180.get());
    }
    var v181 = o.requiredMajority();
    if (v181.isPresent()) {
      g.writeName(N_REQUIRED_MAJORITY);
      writeRequiredMajority(v181.get());
    }
    var v182 = o.on();
    if (!v182.isEmpty()) {
      g.writeName(N_ON);
      g.writeStartArray();
      for (var e183 : v182) {
        g.writeString(e183);
      }
      g.writeEndArray();
    }
    var v184 = o.incorporating();
    if (!v184.isEmpty()) {
      g.writeName(N_INCORPORATING);
      g.writeStartArray();
      for (var e185 : v184) {
        g.writeString(e185);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writeAdoption(Adoption o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v186 = o.id();
    if (v186.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v186.get());
    }
    var v187 = o.by();
    if (v187.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v187.get());
    }
    var v188 = o.person();
    if (v188.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v188.get());
    }
    var v189 = o.summary();
    if (v189.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v189.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_ADOPTION_SUMMARY_TRANSLATIONS, o);
    }
    var v190 = o.method();
    g.writeName(N_METHOD);
    g.writeString(C_DECISION_METHOD[v190.ordinal()]);
    var v191 = o.outcome();
    g.writeName(N_OUTCOME);
    g.writeString(C_OUTCOME[v191.ordinal()]);
    var v192 = o.tally();
    if (v192.isPresent()) {
      g.writeName(N_TALLY);
      writeTally(v192.get());
    }
    var v193 = o.requiredMajority();
    if (v193.isPresent()) {
      g.writeName(N_REQUIRED_MAJORITY);
      writeRequiredMajority(v193.get());
    }
    var v194 = o.documents();
    if (!v194.isEmpty()) {
      g.writeName(N_DOCUMENTS);
      g.writeStartArray();
      for (var e195 : v194) {
        g.writeString(e195);
      }
      g.writeEndArray();
    }
    var v196 = o.incorporating();
    if (!v196.isEmpty()) {
      g.writeName(N_INCORPORATING);
      g.writeStartArray();
      for (var e197 : v196) {
        g.writeString(e197);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writeInstruction(Instruction o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v198 = o.id();
    if (v198.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v198.get());
    }
    var v199 = o.by();
    if (v199.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v199.get());
    }
    var v200 = o.person();
    if (v200.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v200.get());
    }
    var v201 = o.summary();
    if (v201.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v201.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_INSTRUCTION_SUMMARY_TRANSLATIONS, o);
    }
    var v202 = o.text();
    g.writeName(N_TEXT);
    g.writeString(v202);
    var v203 = o.document();
    if (v203.isPresent()) {
      g.writeName(N_DOCUMENT);
      g.writeString(v203.get());
    }
    g.writeEndObject();
  }

  private void writeRequest(Request o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v204 = o.id();
    if (v204.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v204.get());
    }
    var v205 = o.by();
    if (v205.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v205.get());
    }
    var v206 = o.person();
    if (v206.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v206.get());
    }
    var v207 = o.summary();
    if (v207.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v207.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_REQUEST_SUMMARY_TRANSLATIONS, o);
    }
    var v208 = o.text();
    g.writeName(N_TEXT);
    g.writeString(v208);
    var v209 = o.document();
    if (v209.isPresent()) {
      g.writeName(N_DOCUMENT);
      g.writeString(v209.get());
    }
    g.writeEndObject();
  }

  private void writeRequestNoted(RequestNoted o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v210 = o.id();
    if (v210.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v210.get());
    }
    var v211 = o.by();
    if (v211.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v211.get());
    }
    var v212 = o.person();
    if (v212.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v212.get());
    }
    var v213 = o.summary();
    if (v213.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v213.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_REQUEST_NOTED_SUMMARY_TRANSLATIONS, o);
    }
    var v214 = o.requests();
    if (!v214.isEmpty()) {
      g.writeName(N_REQUESTS);
      g.writeStartArray();
      for (var e215 : v214) {
        g.writeString(e215);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writePointOfOrder(PointOfOrder o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v216 = o.id();
    if (v216.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v216.get());
    }
    var v217 = o.by();
    if (v217.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v217.get());
    }
    var v218 = o.person();
    if (v218.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v218.get());
    }
    var v219 = o.summary();
    if (v219.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v219.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_POINT_OF_ORDER_SUMMARY_TRANSLATIONS, o);
    }
    var v220 = o.text();
    g.writeName(N_TEXT);
    g.writeString(v220);
    var v221 = o.substantive();
    g.writeName(N_SUBSTANTIVE);
    g.writeBoolean(v221);
    g.writeEndObject();
  }

  private void writeRuling(Ruling o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v222 = o.id();
    if (v222.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v222.get());
    }
    var v223 = o.by();
    if (v223.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v223.get());
    }
    var v224 = o.person();
    if (v224.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v224.get());
    }
    var v225 = o.summary();
    if (v225.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v225.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_RULING_SUMMARY_TRANSLATIONS, o);
    }
    var v226 = o.on();
    g.writeName(N_ON);
    g.writeString(v226);
    var v227 = o.text();
    g.writeName(N_TEXT);
    g.writeString(v227);
    g.writeEndObject();
  }

  private void writeAppeal(Appeal o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v228 = o.id();
    if (v228.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v228.get());
    }
    var v229 = o.by();
    if (v229.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v229.get());
    }
    var v230 = o.person();
    if (v230.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v230.get());
    }
    var v231 = o.summary();
    if (v231.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v231.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_APPEAL_SUMMARY_TRANSLATIONS, o);
    }
    var v232 = o.against();
    g.writeName(N_AGAINST);
    g.writeString(v232);
    g.writeEndObject();
  }

  private void writeReconsideration(Reconsideration o) {
    g.writeStartObject();
    g.writeName(N_TYPE);
    g.writeString(C_ACT_KIND[o.kind().ordinal()]);
    var v233 = o.id();
    if (v233.isPresent()) {
      g.writeName(N_ID);
      g.writeString(v233.get());
    }
    var v234 = o.by();
    if (v234.isPresent()) {
      g.writeName(N_BY);
      g.writeString(v234.get());
    }
    var v235 = o.person();
    if (v235.isPresent()) {
      g.writeName(N_PERSON);
      g.writeString(v235.get());
    }
    var v236 = o.summary();
    if (v236.isPresent()) {
      g.writeName(N_SUMMARY);
      g.writeString(v236.get());
    }
    if (!o.summaryTranslations().isEmpty()) {
      walk.field(F_RECONSIDERATION_SUMMARY_TRANSLATIONS, o);
    }
    var v237 = o.of();
    g.writeName(N_OF);
    g.writeString(v237);
    g.writeEndObject();
  }

  private static SerializableString[] codes(Class<? extends Enum<?>> type) {
    ValueType<?> codes = Objects.requireNonNull(RecordShapes.codes().get(type), "codes");
    Enum<?>[] constants = type.getEnumConstants();
    SerializableString[] encoded = new SerializableString[constants.length];
    for (int i = 0; i < constants.length; i++) {
      encoded[i] = new SerializedString(codes.codeOf(constants[i]));
    }
    return encoded;
  }
}
