package io.github.mispa.json;

import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.ParticipantKind;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.ProposalKind;
import io.github.mispa.procedure.ReportKind;
import io.github.mispa.procedure.SessionKind;
import io.github.mispa.procedure.SpeechForm;
import io.github.mispa.procedure.Vote;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The vocabulary of the wire format: the format version, the field names (the model's accessor
 * names) and the names of enum constants and codes. Shared by the reader and the writer, so that
 * both speak the same words.
 */
final class Wire {
  /** The version of the format this library writes, and the only one it reads. */
  static final int FORMAT_VERSION = 1;

  /** The longest string, in characters, a message quotes from the input before cutting it. */
  private static final int QUOTED = 80;

  static final WireEnum<ActKind> ACT_TYPE =
      WireEnum.coded(ActKind.class, ActKind::logicalName, null);
  static final WireEnum<MemberState> MEMBER_STATE =
      WireEnum.coded(
          MemberState.class,
          MemberState::alpha3,
          "the ISO 3166-1 alpha-3 code of an OAS member state, in capitals, such as \"PER\"");
  static final WireEnum<OfficialLanguage> LANGUAGE =
      WireEnum.coded(OfficialLanguage.class, OfficialLanguage::code, null);
  static final WireEnum<ParticipantKind> PARTICIPANT_KIND = WireEnum.camel(ParticipantKind.class);
  static final WireEnum<DocumentClass> DOCUMENT_CLASS = WireEnum.camel(DocumentClass.class);
  static final WireEnum<Office> OFFICE = WireEnum.camel(Office.class);
  static final WireEnum<SessionKind> SESSION_KIND = WireEnum.camel(SessionKind.class);
  static final WireEnum<DecisionMethod> DECISION_METHOD = WireEnum.camel(DecisionMethod.class);
  static final WireEnum<Outcome> OUTCOME = WireEnum.camel(Outcome.class);
  static final WireEnum<Vote> VOTE = WireEnum.camel(Vote.class);
  static final WireEnum<AmendmentChange> AMENDMENT_CHANGE = WireEnum.camel(AmendmentChange.class);
  static final WireEnum<ProposalKind> PROPOSAL_KIND = WireEnum.camel(ProposalKind.class);
  static final WireEnum<ReportKind> REPORT_KIND = WireEnum.camel(ReportKind.class);
  static final WireEnum<SpeechForm> SPEECH_FORM = WireEnum.camel(SpeechForm.class);

  // Field names, in the order of the model's declarations, which is the order they are written.
  static final SerializableString FORMAT_VERSION_NAME = name("formatVersion");
  static final SerializableString MEETING = name("meeting");
  static final SerializableString PARTICIPANTS = name("participants");
  static final SerializableString PERSONS = name("persons");
  static final SerializableString DOCUMENTS = name("documents");
  static final SerializableString SESSIONS = name("sessions");

  static final SerializableString SERIES = name("series");
  static final SerializableString EDITION = name("edition");
  static final SerializableString VENUE = name("venue");
  static final SerializableString START_DATE = name("startDate");
  static final SerializableString END_DATE = name("endDate");
  static final SerializableString THEME = name("theme");
  static final SerializableString LANGUAGES = name("languages");
  static final SerializableString CONVENED_BY = name("convenedBy");
  static final SerializableString FRAMEWORK = name("framework");
  static final SerializableString PREVIOUS = name("previous");
  static final SerializableString DESIGNATED_PROVISIONAL_PRESIDENT =
      name("designatedProvisionalPresident");
  static final SerializableString CHAIR = name("chair");
  static final SerializableString CODE = name("code");
  static final SerializableString NAME = name("name");
  static final SerializableString CITY = name("city");
  static final SerializableString COUNTRY = name("country");

  static final SerializableString ID = name("id");
  static final SerializableString KIND = name("kind");
  static final SerializableString STATE = name("state");
  static final SerializableString HEAD = name("head");
  static final SerializableString ACCREDITED = name("accredited");
  static final SerializableString HONORIFIC = name("honorific");
  static final SerializableString POSITION = name("position");
  static final SerializableString PARTICIPANT = name("participant");
  static final SerializableString SYMBOL = name("symbol");
  static final SerializableString TITLE = name("title");
  static final SerializableString DOCUMENT_CLASS_NAME = name("documentClass");
  static final SerializableString DISTRIBUTED_AT = name("distributedAt");

  static final SerializableString NUMBER = name("number");
  static final SerializableString DATE = name("date");
  static final SerializableString ATTENDANCE = name("attendance");
  static final SerializableString ITEMS = name("items");
  static final SerializableString ACTS = name("acts");

  static final SerializableString TYPE = name("type");
  static final SerializableString BY = name("by");
  static final SerializableString PERSON = name("person");
  static final SerializableString SUMMARY = name("summary");
  static final SerializableString METHOD = name("method");
  static final SerializableString OUTCOME_NAME = name("outcome");
  static final SerializableString TALLY = name("tally");
  static final SerializableString BALLOTS = name("ballots");
  static final SerializableString VOTE_NAME = name("vote");
  static final SerializableString ANNOUNCED_FOR = name("announcedFor");
  static final SerializableString ANNOUNCED_AGAINST = name("announcedAgainst");
  static final SerializableString ANNOUNCED_ABSTENTIONS = name("announcedAbstentions");
  static final SerializableString ON = name("on");
  static final SerializableString INCORPORATING = name("incorporating");
  static final SerializableString FORM = name("form");
  static final SerializableString DOCUMENT = name("document");
  static final SerializableString IN_REMEMBRANCE_OF = name("inRemembranceOf");
  static final SerializableString REPORT_KIND_NAME = name("reportKind");
  static final SerializableString VERBAL = name("verbal");
  static final SerializableString NOMINEE = name("nominee");
  static final SerializableString OFFICE_NAME = name("office");
  static final SerializableString OF = name("of");
  static final SerializableString TO = name("to");
  static final SerializableString PROPOSAL_KIND_NAME = name("proposalKind");
  static final SerializableString TEXT = name("text");
  static final SerializableString PROPOSAL = name("proposal");
  static final SerializableString CHANGE = name("change");
  static final SerializableString COSPONSORS = name("cosponsors");
  static final SerializableString REQUESTS = name("requests");
  static final SerializableString SUBSTANTIVE = name("substantive");
  static final SerializableString AGAINST = name("against");

  private Wire() {}

  private static SerializableString name(String name) {
    return new SerializedString(name);
  }

  /** {@return {@code s} in quotes, cut to a readable length, for messages} */
  static String quote(String s) {
    return s.length() <= QUOTED
        ? "\"" + s + "\""
        : "\"" + s.substring(0, QUOTED) + "...\" (" + s.length() + " characters)";
  }

  /** {@return {@code message} cut to a readable length: messages may quote values of the input} */
  static String cut(String message) {
    return message.length() <= 4 * QUOTED
        ? message
        : message.substring(0, 4 * QUOTED) + "... (" + message.length() + " characters)";
  }
}
