package io.github.mispa.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.AmendmentChange;
import io.github.mispa.procedure.Appeal;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionMethod;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Instruction;
import io.github.mispa.procedure.Intervention;
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
import io.github.mispa.procedure.Report;
import io.github.mispa.procedure.ReportKind;
import io.github.mispa.procedure.Request;
import io.github.mispa.procedure.RequestNoted;
import io.github.mispa.procedure.Ruling;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Speech;
import io.github.mispa.procedure.SpeechForm;
import io.github.mispa.procedure.Support;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Withdrawal;
import java.util.EnumMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an act as read, before its builder is chosen: every kind of act has some of them.
 * Which fields each kind has, and which it requires, is the {@link #shape} table; the reader checks
 * it as it reads, so that a field of another kind is reported where it stands.
 */
final class ActFields {
  /** Every field of every kind of act. */
  static final Fields FIELDS =
      Fields.of(
          "an act",
          "type",
          "id",
          "by",
          "person",
          "summary",
          "method",
          "outcome",
          "tally",
          "on",
          "incorporating",
          "documents",
          "form",
          "title",
          "document",
          "inRemembranceOf",
          "reportKind",
          "verbal",
          "nominee",
          "office",
          "of",
          "to",
          "proposalKind",
          "text",
          "proposal",
          "change",
          "cosponsors",
          "edition",
          "city",
          "requests",
          "substantive",
          "against");

  private static final EnumMap<ActKind, Long> ALLOWED = new EnumMap<>(ActKind.class);
  private static final EnumMap<ActKind, Long> REQUIRED = new EnumMap<>(ActKind.class);

  static {
    shape(ActKind.SPEECH, "form", "title", "document");
    shape(ActKind.MINUTE_OF_SILENCE, "inRemembranceOf!");
    shape(ActKind.PRESENTATION, "title!", "document");
    shape(ActKind.REPORT, "reportKind!", "title!", "document", "verbal");
    shape(ActKind.INTERVENTION);
    shape(ActKind.READING, "document!");
    shape(ActKind.NOMINATION, "nominee!", "office!");
    shape(ActKind.SECONDING, "of!");
    shape(ActKind.SUPPORT, "of!");
    shape(ActKind.OBJECTION, "to!");
    shape(ActKind.PROPOSAL, "proposalKind", "text!", "document");
    shape(ActKind.AMENDMENT, "proposal", "document", "change!", "text!", "cosponsors");
    shape(ActKind.WITHDRAWAL, "of!");
    shape(ActKind.HOSTING_OFFER, "edition!", "city");
    shape(ActKind.DECISION, "method!", "outcome", "tally", "on!", "incorporating");
    shape(ActKind.ADOPTION, "method!", "outcome", "tally", "documents!");
    shape(ActKind.INSTRUCTION, "text!", "document");
    shape(ActKind.REQUEST, "text!", "document");
    shape(ActKind.REQUEST_NOTED, "requests!");
    shape(ActKind.POINT_OF_ORDER, "text!", "substantive");
    shape(ActKind.RULING, "on!", "text!");
    shape(ActKind.APPEAL, "against!");
    shape(ActKind.RECONSIDERATION, "of!");
  }

  private static void shape(ActKind kind, String... own) {
    long allowed = FIELDS.set("type", "id", "by", "person", "summary");
    long required = FIELDS.set("type");
    for (String field : own) {
      String name = field.endsWith("!") ? field.substring(0, field.length() - 1) : field;
      allowed |= FIELDS.set(name);
      if (!name.equals(field)) {
        required |= FIELDS.set(name);
      }
    }
    ALLOWED.put(kind, allowed);
    REQUIRED.put(kind, required);
  }

  /** {@return the set of fields an act of {@code kind} may have} */
  static long allowed(ActKind kind) {
    return requireNonNull(ALLOWED.get(kind), kind::logicalName);
  }

  /** {@return the set of fields an act of {@code kind} must have} */
  static long required(ActKind kind) {
    return requireNonNull(REQUIRED.get(kind), kind::logicalName);
  }

  @Nullable String id;
  @Nullable String by;
  @Nullable String person;
  @Nullable String summary;
  @Nullable DecisionMethod method;
  @Nullable Outcome outcome;
  @Nullable Tally tally;
  @Nullable ImmutableList<String> onList;
  @Nullable String on;
  @Nullable ImmutableList<String> incorporating;
  @Nullable ImmutableList<String> documents;
  @Nullable SpeechForm form;
  @Nullable String title;
  @Nullable String document;
  @Nullable String inRemembranceOf;
  @Nullable ReportKind reportKind;
  @Nullable Boolean verbal;
  @Nullable String nominee;
  @Nullable Office office;
  @Nullable String of;
  @Nullable String to;
  @Nullable ProposalKind proposalKind;
  @Nullable String text;
  @Nullable String proposal;
  @Nullable AmendmentChange change;
  @Nullable ImmutableList<String> cosponsors;
  @Nullable Edition edition;
  @Nullable String city;
  @Nullable ImmutableList<String> requests;
  @Nullable Boolean substantive;
  @Nullable String against;

  /**
   * Builds the act of {@code kind} from the fields read. The reader has checked that the fields
   * required by the kind are present and that no other kind's fields are; the builder checks the
   * rest, and its exceptions reach the caller.
   */
  Act build(ActKind kind) {
    switch (kind) {
      case SPEECH -> {
        Speech.Builder b = Speech.builder();
        common(b::id, b::by, b::person, b::summary);
        set(form, b::form);
        set(title, b::title);
        set(document, b::document);
        return b.build();
      }
      case MINUTE_OF_SILENCE -> {
        MinuteOfSilence.Builder b = MinuteOfSilence.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.inRemembranceOf(requireNonNull(inRemembranceOf)).build();
      }
      case PRESENTATION -> {
        Presentation.Builder b = Presentation.builder();
        common(b::id, b::by, b::person, b::summary);
        set(document, b::document);
        return b.title(requireNonNull(title)).build();
      }
      case REPORT -> {
        Report.Builder b = Report.builder();
        common(b::id, b::by, b::person, b::summary);
        set(document, b::document);
        set(verbal, b::verbal);
        return b.reportKind(requireNonNull(reportKind)).title(requireNonNull(title)).build();
      }
      case INTERVENTION -> {
        Intervention.Builder b = Intervention.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.build();
      }
      case READING -> {
        Reading.Builder b = Reading.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.document(requireNonNull(document)).build();
      }
      case NOMINATION -> {
        Nomination.Builder b = Nomination.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.nominee(requireNonNull(nominee)).office(requireNonNull(office)).build();
      }
      case SECONDING -> {
        Seconding.Builder b = Seconding.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.of(requireNonNull(of)).build();
      }
      case SUPPORT -> {
        Support.Builder b = Support.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.of(requireNonNull(of)).build();
      }
      case OBJECTION -> {
        Objection.Builder b = Objection.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.to(requireNonNull(to)).build();
      }
      case PROPOSAL -> {
        Proposal.Builder b = Proposal.builder();
        common(b::id, b::by, b::person, b::summary);
        set(proposalKind, b::proposalKind);
        set(document, b::document);
        return b.text(requireNonNull(text)).build();
      }
      case AMENDMENT -> {
        Amendment.Builder b = Amendment.builder();
        common(b::id, b::by, b::person, b::summary);
        set(proposal, b::proposal);
        set(document, b::document);
        set(cosponsors, b::addAllCosponsors);
        return b.change(requireNonNull(change)).text(requireNonNull(text)).build();
      }
      case WITHDRAWAL -> {
        Withdrawal.Builder b = Withdrawal.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.of(requireNonNull(of)).build();
      }
      case HOSTING_OFFER -> {
        HostingOffer.Builder b = HostingOffer.builder();
        common(b::id, b::by, b::person, b::summary);
        set(city, b::city);
        return b.edition(requireNonNull(edition)).build();
      }
      case DECISION -> {
        Decision.Builder b = Decision.builder();
        common(b::id, b::by, b::person, b::summary);
        set(outcome, b::outcome);
        set(tally, b::tally);
        set(incorporating, b::addAllIncorporating);
        return b.method(requireNonNull(method)).addAllOn(requireNonNull(onList)).build();
      }
      case ADOPTION -> {
        Adoption.Builder b = Adoption.builder();
        common(b::id, b::by, b::person, b::summary);
        set(outcome, b::outcome);
        set(tally, b::tally);
        return b.method(requireNonNull(method)).addAllDocuments(requireNonNull(documents)).build();
      }
      case INSTRUCTION -> {
        Instruction.Builder b = Instruction.builder();
        common(b::id, b::by, b::person, b::summary);
        set(document, b::document);
        return b.text(requireNonNull(text)).build();
      }
      case REQUEST -> {
        Request.Builder b = Request.builder();
        common(b::id, b::by, b::person, b::summary);
        set(document, b::document);
        return b.text(requireNonNull(text)).build();
      }
      case REQUEST_NOTED -> {
        RequestNoted.Builder b = RequestNoted.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.addAllRequests(requireNonNull(requests)).build();
      }
      case POINT_OF_ORDER -> {
        PointOfOrder.Builder b = PointOfOrder.builder();
        common(b::id, b::by, b::person, b::summary);
        set(substantive, b::substantive);
        return b.text(requireNonNull(text)).build();
      }
      case RULING -> {
        Ruling.Builder b = Ruling.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.on(requireNonNull(on)).text(requireNonNull(text)).build();
      }
      case APPEAL -> {
        Appeal.Builder b = Appeal.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.against(requireNonNull(against)).build();
      }
      case RECONSIDERATION -> {
        Reconsideration.Builder b = Reconsideration.builder();
        common(b::id, b::by, b::person, b::summary);
        return b.of(requireNonNull(of)).build();
      }
    }
    throw new AssertionError("unknown kind of act: " + kind);
  }

  private void common(
      Consumer<String> setId,
      Consumer<String> setBy,
      Consumer<String> setPerson,
      Consumer<String> setSummary) {
    set(id, setId);
    set(by, setBy);
    set(person, setPerson);
    set(summary, setSummary);
  }

  private static <T> void set(@Nullable T value, Consumer<? super T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
