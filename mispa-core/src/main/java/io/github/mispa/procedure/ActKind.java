package io.github.mispa.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Translation;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The kinds of procedural act, each with the logical name it has in the wire format and in
 * messages, and its {@link #shape()}: the fields it has, in order. The names are part of the API:
 * they never change once released.
 *
 * <p>This enum is the wire format's table of acts. A new kind of act is its class, its constant
 * here with its fields, a method of {@link ActVisitor}, its sentence in the report and its test:
 * the JSON reader, writer and schema and the record's reference checks follow from the constant.
 */
public enum ActKind {
  /** A speech or remarks. */
  SPEECH(
      Speech.class,
      "speech",
      Actor.PERSON,
      () ->
          act(Speech.class, "speech", "A speech or remarks.", Actor.PERSON, Speech::builder)
              .defaulted(
                  "form",
                  RecordShapes.SPEECH_FORM,
                  Speech::form,
                  Speech.Builder::form,
                  "What the report calls it; speech if absent.")
              .optional("title", ValueType.TEXT, Speech::title, Speech.Builder::title, "")
              .list(
                  "titleTranslations",
                  RecordShapes.object(Translation.class, "translation"),
                  a -> RecordShapes.translations(a.titleTranslations()),
                  (b, v) -> b.titleTranslations(RecordShapes.translationMap(v, "title")),
                  RecordShapes.TITLE_TRANSLATIONS)
              .since(2)
              .optional(
                  "document", ValueType.DOCUMENT, Speech::document, Speech.Builder::document, "")
              .build()),
  /** A minute of silence. */
  MINUTE_OF_SILENCE(
      MinuteOfSilence.class,
      "minuteOfSilence",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  MinuteOfSilence.class,
                  "minuteOfSilence",
                  "A minute of silence.",
                  Actor.PARTICIPANT_OR_PERSON,
                  MinuteOfSilence::builder)
              .required(
                  "inRemembranceOf",
                  ValueType.TEXT,
                  MinuteOfSilence::inRemembranceOf,
                  MinuteOfSilence.Builder::inRemembranceOf,
                  "")
              .build()),
  /** A presentation. */
  PRESENTATION(
      Presentation.class,
      "presentation",
      Actor.PERSON,
      () ->
          act(
                  Presentation.class,
                  "presentation",
                  "A presentation.",
                  Actor.PERSON,
                  Presentation::builder)
              .optional(
                  "title",
                  ValueType.TEXT,
                  Presentation::title,
                  Presentation.Builder::title,
                  "The title, where the record's source gives one (required in version 1).")
              .optionalSince(2)
              .list(
                  "titleTranslations",
                  RecordShapes.object(Translation.class, "translation"),
                  a -> RecordShapes.translations(a.titleTranslations()),
                  (b, v) -> b.titleTranslations(RecordShapes.translationMap(v, "title")),
                  RecordShapes.TITLE_TRANSLATIONS)
              .since(2)
              .optional(
                  "topic",
                  ValueType.TEXT,
                  Presentation::topic,
                  Presentation.Builder::topic,
                  "What it was on, as a noun phrase, where the source gives no title.")
              .since(2)
              .optional(
                  "document",
                  ValueType.DOCUMENT,
                  Presentation::document,
                  Presentation.Builder::document,
                  "")
              .build()),
  /** A report of a working group, the secretariat, a committee or the rapporteur. */
  REPORT(
      Report.class,
      "report",
      Actor.PERSON,
      () ->
          act(
                  Report.class,
                  "report",
                  "A report presented to the meeting.",
                  Actor.PERSON,
                  Report::builder)
              .required(
                  "reportKind",
                  RecordShapes.REPORT_KIND,
                  Report::reportKind,
                  Report.Builder::reportKind,
                  "Whose report it is.")
              .optional(
                  "title",
                  ValueType.TEXT,
                  Report::title,
                  Report.Builder::title,
                  "The title, where the record's source gives one and its document does not carry"
                      + " it (required in version 1).")
              .optionalSince(2)
              .list(
                  "titleTranslations",
                  RecordShapes.object(Translation.class, "translation"),
                  a -> RecordShapes.translations(a.titleTranslations()),
                  (b, v) -> b.titleTranslations(RecordShapes.translationMap(v, "title")),
                  RecordShapes.TITLE_TRANSLATIONS)
              .since(2)
              .optional(
                  "topic",
                  ValueType.TEXT,
                  Report::topic,
                  Report.Builder::topic,
                  "What it was on, as a noun phrase, where the source gives no title.")
              .since(2)
              .optional(
                  "document", ValueType.DOCUMENT, Report::document, Report.Builder::document, "")
              .defaulted(
                  "verbal",
                  ValueType.BOOLEAN,
                  Report::verbal,
                  Report.Builder::verbal,
                  "Whether it was delivered without a document; false if absent.")
              .build()),
  /** An intervention: a delegation takes the floor. */
  INTERVENTION(
      Intervention.class,
      "intervention",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Intervention.class,
                  "intervention",
                  "An intervention: a participant takes the floor.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Intervention::builder)
              .optional(
                  "document",
                  ValueType.DOCUMENT,
                  Intervention::document,
                  Intervention.Builder::document,
                  "The statement the participant read.")
              .since(2)
              .build()),
  /** The reading of a document to the plenary. */
  READING(
      Reading.class,
      "reading",
      Actor.PERSON,
      () ->
          act(
                  Reading.class,
                  "reading",
                  "The reading of a document to the plenary.",
                  Actor.PERSON,
                  Reading::builder)
              .required(
                  "document", ValueType.DOCUMENT, Reading::document, Reading.Builder::document, "")
              .build()),
  /** A nomination for an office. */
  NOMINATION(
      Nomination.class,
      "nomination",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Nomination.class,
                  "nomination",
                  "A nomination for an office.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Nomination::builder)
              .required(
                  "nominee", ValueType.PERSON, Nomination::nominee, Nomination.Builder::nominee, "")
              .required(
                  "office",
                  RecordShapes.OFFICE,
                  Nomination::office,
                  Nomination.Builder::office,
                  "The office.")
              .build()),
  /** The seconding of a motion. */
  SECONDING(
      Seconding.class,
      "seconding",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Seconding.class,
                  "seconding",
                  "The seconding of a motion.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Seconding::builder)
              .required("of", motion(), Seconding::of, Seconding.Builder::of, "")
              .build()),
  /** Support for a motion. */
  SUPPORT(
      Support.class,
      "support",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Support.class,
                  "support",
                  "Support for a motion.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Support::builder)
              .required("of", motion(), Support::of, Support.Builder::of, "")
              .build()),
  /** An objection to a motion. */
  OBJECTION(
      Objection.class,
      "objection",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Objection.class,
                  "objection",
                  "An objection to a motion.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Objection::builder)
              .required("to", motion(), Objection::to, Objection.Builder::to, "")
              .build()),
  /** A proposal of a text, a decision or a procedure. */
  PROPOSAL(
      Proposal.class,
      "proposal",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Proposal.class,
                  "proposal",
                  "A proposal of a text, a decision or a procedure.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Proposal::builder)
              .defaulted(
                  "proposalKind",
                  RecordShapes.PROPOSAL_KIND,
                  Proposal::proposalKind,
                  Proposal.Builder::proposalKind,
                  "What it asks the meeting to do; text if absent.")
              .required("text", ValueType.TEXT, Proposal::text, Proposal.Builder::text, "")
              .optional(
                  "document",
                  ValueType.DOCUMENT,
                  Proposal::document,
                  Proposal.Builder::document,
                  "")
              .build()),
  /** An amendment to a proposal or document. */
  AMENDMENT(
      Amendment.class,
      "amendment",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Amendment.class,
                  "amendment",
                  "An amendment to a proposal, an amendment or a document: exactly one of proposal"
                      + " and document.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Amendment::builder)
              .optional(
                  "proposal",
                  ValueType.actOf("a proposal or an amendment", Proposal.class, Amendment.class),
                  Amendment::proposal,
                  Amendment.Builder::proposal,
                  "")
              .optional(
                  "document",
                  ValueType.DOCUMENT,
                  Amendment::document,
                  Amendment.Builder::document,
                  "")
              .required(
                  "change",
                  RecordShapes.AMENDMENT_CHANGE,
                  Amendment::change,
                  Amendment.Builder::change,
                  "What it does to its target.")
              .required("text", ValueType.TEXT, Amendment::text, Amendment.Builder::text, "")
              .list(
                  "cosponsors",
                  ValueType.PARTICIPANT,
                  Amendment::cosponsors,
                  Amendment.Builder::cosponsors,
                  "")
              .oneOf("proposal", "document")
              .build()),
  /** The withdrawal of a motion by its sponsor. */
  WITHDRAWAL(
      Withdrawal.class,
      "withdrawal",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Withdrawal.class,
                  "withdrawal",
                  "The withdrawal of a motion.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Withdrawal::builder)
              .required("of", motion(), Withdrawal::of, Withdrawal.Builder::of, "")
              .build()),
  /** An offer to host a future meeting. */
  HOSTING_OFFER(
      HostingOffer.class,
      "hostingOffer",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  HostingOffer.class,
                  "hostingOffer",
                  "An offer to host a future meeting.",
                  Actor.PARTICIPANT_OR_PERSON,
                  HostingOffer::builder)
              .<Edition>required(
                  "edition",
                  ValueType.EDITION,
                  HostingOffer::edition,
                  HostingOffer.Builder::edition,
                  "")
              .optional("city", ValueType.TEXT, HostingOffer::city, HostingOffer.Builder::city, "")
              .build()),
  /** A decision on motions. */
  DECISION(
      Decision.class,
      "decision",
      Actor.DECLARING_OFFICER,
      () ->
          decision(
                  act(
                      Decision.class,
                      "decision",
                      "A decision on motions.",
                      Actor.DECLARING_OFFICER,
                      Decision::builder))
              .nonEmptyList("on", motion(), Decision::on, Decision.Builder::on, "")
              .list(
                  "incorporating",
                  ValueType.actOf("an amendment", Amendment.class),
                  Decision::incorporating,
                  Decision.Builder::incorporating,
                  "")
              .build()),
  /** The adoption of documents. */
  ADOPTION(
      Adoption.class,
      "adoption",
      Actor.DECLARING_OFFICER,
      () ->
          decision(
                  act(
                      Adoption.class,
                      "adoption",
                      "The adoption of documents.",
                      Actor.DECLARING_OFFICER,
                      Adoption::builder))
              .nonEmptyList(
                  "documents",
                  ValueType.DOCUMENT,
                  Adoption::documents,
                  Adoption.Builder::documents,
                  "")
              .list(
                  "incorporating",
                  ValueType.actOf("an amendment", Amendment.class),
                  Adoption::incorporating,
                  Adoption.Builder::incorporating,
                  "Amendments the documents are adopted with: adopted as amended.")
              .since(2)
              .build()),
  /** An instruction to the secretariat. */
  INSTRUCTION(
      Instruction.class,
      "instruction",
      Actor.PERSON,
      () ->
          act(
                  Instruction.class,
                  "instruction",
                  "An instruction to the secretariat.",
                  Actor.PERSON,
                  Instruction::builder)
              .required("text", ValueType.TEXT, Instruction::text, Instruction.Builder::text, "")
              .optional(
                  "document",
                  ValueType.DOCUMENT,
                  Instruction::document,
                  Instruction.Builder::document,
                  "")
              .build()),
  /** A request to the chair. */
  REQUEST(
      Request.class,
      "request",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Request.class,
                  "request",
                  "A request to the chair.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Request::builder)
              .required("text", ValueType.TEXT, Request::text, Request.Builder::text, "")
              .optional(
                  "document", ValueType.DOCUMENT, Request::document, Request.Builder::document, "")
              .build()),
  /** The chair takes note of requests. */
  REQUEST_NOTED(
      RequestNoted.class,
      "requestNoted",
      Actor.PERSON,
      () ->
          act(
                  RequestNoted.class,
                  "requestNoted",
                  "The presiding officer takes note of requests.",
                  Actor.PERSON,
                  RequestNoted::builder)
              .nonEmptyList(
                  "requests",
                  ValueType.actOf("a request or a proposal", Request.class, Proposal.class),
                  RequestNoted::requests,
                  RequestNoted.Builder::requests,
                  "")
              .build()),
  /** A point of order. */
  POINT_OF_ORDER(
      PointOfOrder.class,
      "pointOfOrder",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  PointOfOrder.class,
                  "pointOfOrder",
                  "A point of order.",
                  Actor.PARTICIPANT_OR_PERSON,
                  PointOfOrder::builder)
              .required("text", ValueType.TEXT, PointOfOrder::text, PointOfOrder.Builder::text, "")
              .defaulted(
                  "substantive",
                  ValueType.BOOLEAN,
                  PointOfOrder::substantive,
                  PointOfOrder.Builder::substantive,
                  "Whether it addresses the substance; false if absent.")
              .build()),
  /** The presiding officer's ruling on a point of order. */
  RULING(
      Ruling.class,
      "ruling",
      Actor.PERSON,
      () ->
          act(
                  Ruling.class,
                  "ruling",
                  "The presiding officer's ruling on a point of order.",
                  Actor.PERSON,
                  Ruling::builder)
              .required(
                  "on",
                  ValueType.actOf("a point of order", PointOfOrder.class),
                  Ruling::on,
                  Ruling.Builder::on,
                  "")
              .required("text", ValueType.TEXT, Ruling::text, Ruling.Builder::text, "")
              .build()),
  /** An appeal against a ruling. */
  APPEAL(
      Appeal.class,
      "appeal",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Appeal.class,
                  "appeal",
                  "An appeal against a ruling.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Appeal::builder)
              .required(
                  "against",
                  ValueType.actOf("a ruling", Ruling.class),
                  Appeal::against,
                  Appeal.Builder::against,
                  "")
              .build()),
  /** A motion to reconsider a decision. */
  RECONSIDERATION(
      Reconsideration.class,
      "reconsideration",
      Actor.PARTICIPANT_OR_PERSON,
      () ->
          act(
                  Reconsideration.class,
                  "reconsideration",
                  "A motion to reconsider a decision.",
                  Actor.PARTICIPANT_OR_PERSON,
                  Reconsideration::builder)
              .required(
                  "of",
                  ValueType.actOf("a decision or an adoption", DecisionAct.class),
                  Reconsideration::of,
                  Reconsideration.Builder::of,
                  "")
              .build());

  /** Who an act of a kind must name. */
  enum Actor {
    /** {@code by}, {@code person} or both. */
    PARTICIPANT_OR_PERSON,
    /** {@code person}, and {@code by} only if consistent. */
    PERSON,
    /** Optionally {@code person}, the officer who declared it; never {@code by}. */
    DECLARING_OFFICER
  }

  private static final ImmutableMap<String, ActKind> BY_NAME;

  static {
    ImmutableMap.Builder<String, ActKind> byName = ImmutableMap.builder();
    for (ActKind kind : values()) {
      byName.put(kind.logicalName, kind);
    }
    BY_NAME = byName.buildOrThrow();
  }

  private final Class<? extends Act> type;
  private final String logicalName;
  private final Actor actor;

  // A memoizing supplier of an immutable shape: it is set once, on first use, and never changes.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Supplier<Shape<? extends Act>> shape;

  ActKind(
      Class<? extends Act> type,
      String logicalName,
      Actor actor,
      Supplier<Shape<? extends Act>> shape) {
    this.type = type;
    this.logicalName = logicalName;
    this.actor = actor;
    // Made when first asked for: shapes refer to kinds of act, which must all exist first.
    this.shape = Suppliers.memoize(shape::get);
  }

  /**
   * The fields every act has, then the rule on who it must name, which the model enforces and
   * schemas state.
   */
  private static <A extends Act, B extends ActBuilder> Shape.Definition<A, B> act(
      Class<A> type, String name, String description, Actor actor, Supplier<B> builder) {
    Shape.Definition<A, B> definition =
        Shape.of(type, name, "a " + name, description, builder, b -> type.cast(b.build()))
            .optional("id", ValueType.ID, Act::id, ActBuilder::id, "")
            .optional(
                "by",
                ValueType.PARTICIPANT,
                Act::by,
                ActBuilder::by,
                actor == Actor.DECLARING_OFFICER ? "" : "The participant that did the act.")
            .optional(
                "person",
                ValueType.PERSON,
                Act::person,
                ActBuilder::person,
                actor == Actor.DECLARING_OFFICER
                    ? "The officer who declared the outcome."
                    : "The person who did the act.")
            .optional("summary", ValueType.TEXT, Act::summary, ActBuilder::summary, "")
            .list(
                "summaryTranslations",
                RecordShapes.object(Translation.class, "translation"),
                a -> RecordShapes.translations(a.summaryTranslations()),
                (b, v) -> b.summaryTranslations(RecordShapes.translationMap(v, "summary")),
                "The summary in other official languages, where a source gives it, each in the"
                    + " form of the summary: each language at most once, written in the order en,"
                    + " es, fr, pt; one in English must be the summary itself.")
            .since(2);
    return switch (actor) {
      case PARTICIPANT_OR_PERSON -> definition.anyOf("by", "person");
      case PERSON -> definition.anyOf("person");
      case DECLARING_OFFICER -> definition.absent("by");
    };
  }

  /** The fields of an act of decision, after those of every act. */
  private static <A extends DecisionAct, B extends DecisionBuilder> Shape.Definition<A, B> decision(
      Shape.Definition<A, B> definition) {
    return definition
        .required(
            "method",
            RecordShapes.DECISION_METHOD,
            DecisionAct::method,
            DecisionBuilder::method,
            "How the decision was taken.")
        .defaulted(
            "outcome",
            RecordShapes.OUTCOME,
            DecisionAct::outcome,
            DecisionBuilder::outcome,
            "The declared outcome; approved if absent.")
        .optional(
            "tally",
            RecordShapes.object(Tally.class, "tally"),
            DecisionAct::tally,
            DecisionBuilder::tally,
            "")
        .optional(
            "requiredMajority",
            RecordShapes.object(RequiredMajority.class, "requiredMajority"),
            DecisionAct::requiredMajority,
            DecisionBuilder::requiredMajority,
            "The majority the decision needs, where the record states it; otherwise the rule"
                + " set's for the kind of matter.")
        .since(2)
        .presentExactlyWhen("tally", "method", "vote");
  }

  private static ValueType<String> motion() {
    return ValueType.actOf(
        "a motion (nomination, proposal, amendment, hosting offer, request, reconsideration or"
            + " appeal)",
        Motion.class);
  }

  /**
   * {@return the shape of acts of this kind: their fields in order, each with its type and what it
   * refers to}
   */
  public Shape<? extends Act> shape() {
    return shape.get();
  }

  /** {@return the class of acts of this kind} */
  public Class<? extends Act> type() {
    return type;
  }

  /**
   * {@return the logical name, such as {@code "hostingOffer"}: the {@code type} in the wire format}
   */
  public String logicalName() {
    return logicalName;
  }

  Actor actor() {
    return actor;
  }

  /** Returns the kind with this logical name, or empty. */
  public static Optional<ActKind> fromLogicalName(String name) {
    return Optional.ofNullable(BY_NAME.get(requireNonNull(name, "name")));
  }

  /** Returns the logical name. */
  @Override
  public String toString() {
    return logicalName;
  }
}
