package io.github.mispa.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The baseline: the wire format of a meeting record as plain Java records, written for the
 * benchmark as an integrator would who wanted the JSON without mispa. Jackson databind reads and
 * writes them with no custom code: strings for codes, no validation, no references resolved. Acts
 * are polymorphic by their {@code type} name, the usual databind way. They have the shape of format
 * version 2, every field of it, so that databind reads and writes what mispa-json does.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlainRecord(
    int formatVersion,
    Meeting meeting,
    List<Participant> participants,
    List<Person> persons,
    List<Document> documents,
    List<Session> sessions,
    List<Source> sources,
    String conclusion) {

  /** The meeting. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Meeting(
      Series series,
      int edition,
      Venue venue,
      LocalDate startDate,
      LocalDate endDate,
      String theme,
      List<String> languages,
      String convenedBy,
      String framework,
      Previous previous,
      String designatedProvisionalPresident) {}

  /** A series. */
  public record Series(String code, String name) {}

  /** A venue. */
  public record Venue(String city, String country) {}

  /** The previous meeting. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Previous(
      int edition, Venue venue, LocalDate startDate, LocalDate endDate, String chair) {}

  /** A participant. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Participant(
      String id, String kind, String name, String state, String head, boolean accredited) {}

  /** A person. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Person(
      String id,
      String name,
      String honorific,
      String position,
      String shortName,
      String participant,
      List<Position> positions) {}

  /** A position of a person (version 2). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Position(String title, String participant) {}

  /** A document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Document(
      String id,
      String symbol,
      String symbolAsPrinted,
      String title,
      String description,
      String documentClass,
      List<String> languages,
      LocalDateTime distributedAt,
      List<Link> links) {}

  /** A link to a document's text (version 2). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Link(String language, String url) {}

  /** A session. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record Session(
      int number,
      String kind,
      String title,
      LocalDate date,
      List<String> attendance,
      List<Item> items) {}

  /** An agenda item. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Item(
      String number, String title, boolean unlettered, List<String> documents, List<Act> acts) {}

  /** A tally. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Tally(
      List<Ballot> ballots,
      Integer announcedFor,
      Integer announcedAgainst,
      Integer announcedAbstentions,
      Integer announcedAbsent,
      Integer announcedNotVoting,
      Integer announcedBase) {}

  /** The majority a decision required, as the record states it (version 2). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record RequiredMajority(String kind, String citation) {}

  /** Where facts of the record come from (version 2). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Source(String about, List<String> facts, String citation) {}

  /** A ballot. */
  public record Ballot(String participant, String vote) {}

  /** Any act: its common fields. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Speech.class, name = "speech"),
    @JsonSubTypes.Type(value = MinuteOfSilence.class, name = "minuteOfSilence"),
    @JsonSubTypes.Type(value = Presentation.class, name = "presentation"),
    @JsonSubTypes.Type(value = Report.class, name = "report"),
    @JsonSubTypes.Type(value = Intervention.class, name = "intervention"),
    @JsonSubTypes.Type(value = Reading.class, name = "reading"),
    @JsonSubTypes.Type(value = Nomination.class, name = "nomination"),
    @JsonSubTypes.Type(value = Seconding.class, name = "seconding"),
    @JsonSubTypes.Type(value = Support.class, name = "support"),
    @JsonSubTypes.Type(value = Objection.class, name = "objection"),
    @JsonSubTypes.Type(value = Proposal.class, name = "proposal"),
    @JsonSubTypes.Type(value = Amendment.class, name = "amendment"),
    @JsonSubTypes.Type(value = Withdrawal.class, name = "withdrawal"),
    @JsonSubTypes.Type(value = HostingOffer.class, name = "hostingOffer"),
    @JsonSubTypes.Type(value = Decision.class, name = "decision"),
    @JsonSubTypes.Type(value = Adoption.class, name = "adoption"),
    @JsonSubTypes.Type(value = Instruction.class, name = "instruction"),
    @JsonSubTypes.Type(value = Request.class, name = "request"),
    @JsonSubTypes.Type(value = RequestNoted.class, name = "requestNoted"),
    @JsonSubTypes.Type(value = PointOfOrder.class, name = "pointOfOrder"),
    @JsonSubTypes.Type(value = Ruling.class, name = "ruling"),
    @JsonSubTypes.Type(value = Appeal.class, name = "appeal"),
    @JsonSubTypes.Type(value = Reconsideration.class, name = "reconsideration")
  })
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public sealed interface Act {}

  /** A speech. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Speech(
      String id,
      String by,
      String person,
      String summary,
      String form,
      String title,
      String document)
      implements Act {}

  /** A minute of silence. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record MinuteOfSilence(
      String id, String by, String person, String summary, String inRemembranceOf) implements Act {}

  /** A presentation. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Presentation(
      String id,
      String by,
      String person,
      String summary,
      String title,
      String topic,
      String document)
      implements Act {}

  /** A report. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Report(
      String id,
      String by,
      String person,
      String summary,
      String reportKind,
      String title,
      String topic,
      String document,
      boolean verbal)
      implements Act {}

  /** An intervention. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Intervention(String id, String by, String person, String summary, String document)
      implements Act {}

  /** A reading. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Reading(String id, String by, String person, String summary, String document)
      implements Act {}

  /** A nomination. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Nomination(
      String id, String by, String person, String summary, String nominee, String office)
      implements Act {}

  /** A seconding. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Seconding(String id, String by, String person, String summary, String of)
      implements Act {}

  /** A support. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Support(String id, String by, String person, String summary, String of)
      implements Act {}

  /** An objection. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Objection(String id, String by, String person, String summary, String to)
      implements Act {}

  /** A proposal. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Proposal(
      String id,
      String by,
      String person,
      String summary,
      String proposalKind,
      String text,
      String document)
      implements Act {}

  /** An amendment. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Amendment(
      String id,
      String by,
      String person,
      String summary,
      String proposal,
      String document,
      String change,
      String text,
      List<String> cosponsors)
      implements Act {}

  /** A withdrawal. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Withdrawal(String id, String by, String person, String summary, String of)
      implements Act {}

  /** A hosting offer. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record HostingOffer(
      String id, String by, String person, String summary, int edition, String city)
      implements Act {}

  /** A decision. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Decision(
      String id,
      String by,
      String person,
      String summary,
      String method,
      String outcome,
      Tally tally,
      RequiredMajority requiredMajority,
      List<String> on,
      List<String> incorporating)
      implements Act {}

  /** An adoption. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Adoption(
      String id,
      String by,
      String person,
      String summary,
      String method,
      String outcome,
      Tally tally,
      RequiredMajority requiredMajority,
      List<String> documents,
      List<String> incorporating)
      implements Act {}

  /** An instruction. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Instruction(
      String id, String by, String person, String summary, String text, String document)
      implements Act {}

  /** A request. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Request(
      String id, String by, String person, String summary, String text, String document)
      implements Act {}

  /** A request noted. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record RequestNoted(
      String id, String by, String person, String summary, List<String> requests) implements Act {}

  /** A point of order. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PointOfOrder(
      String id, String by, String person, String summary, String text, boolean substantive)
      implements Act {}

  /** A ruling. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Ruling(String id, String by, String person, String summary, String on, String text)
      implements Act {}

  /** An appeal. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Appeal(String id, String by, String person, String summary, String against)
      implements Act {}

  /** A reconsideration. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Reconsideration(String id, String by, String person, String summary, String of)
      implements Act {}
}
