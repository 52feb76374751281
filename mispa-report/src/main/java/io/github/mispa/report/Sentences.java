package io.github.mispa.report;

import io.github.mispa.model.Document;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActVisitor;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.Appeal;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.HostingOffer;
import io.github.mispa.procedure.Instruction;
import io.github.mispa.procedure.Intervention;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.MinuteOfSilence;
import io.github.mispa.procedure.Nomination;
import io.github.mispa.procedure.Objection;
import io.github.mispa.procedure.Outcome;
import io.github.mispa.procedure.PointOfOrder;
import io.github.mispa.procedure.Presentation;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.Reading;
import io.github.mispa.procedure.Reconsideration;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Report;
import io.github.mispa.procedure.Request;
import io.github.mispa.procedure.RequestNoted;
import io.github.mispa.procedure.Ruling;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Speech;
import io.github.mispa.procedure.Support;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Withdrawal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One plain sentence, or a few paragraphs, for each kind of act, in the manner of an OAS
 * rapporteur's report (see {@code docs/report-style.md}).
 *
 * <p>An act's {@linkplain Act#summary() summary} is the record's own account of it. For an act
 * someone did, it is the predicate of the sentence whose subject is that person or delegation
 * ("welcomed the delegations to Lima"), in place of the one made from the act's fields; for a
 * presentation or a report, whose sentence is made from its title, topic and document, it follows
 * as sentences of its own; for a decision or an adoption, it says what was decided and is followed
 * by how ("…, as there were no objections"). A summary may have several paragraphs, separated by a
 * blank line: the first as above, the others whole sentences.
 */
final class Sentences implements ActVisitor<String> {
  private final MeetingRecord record;
  private final Names names;

  Sentences(MeetingRecord record, Names names) {
    this.record = record;
    this.names = names;
  }

  Names names() {
    return names;
  }

  String of(Act act) {
    return Names.capitalize(act.accept(this));
  }

  /** What a motion is called in a sentence: "the proposal", "the offer", "the request". */
  String motionNoun(String id) {
    Act act = record.act(id).map(RecordedAct::act).orElse(null);
    if (act == null) {
      return "the motion";
    }
    return switch (act.kind()) {
      case NOMINATION, PROPOSAL -> "the proposal";
      case AMENDMENT -> "the amendment";
      case HOSTING_OFFER -> "the offer";
      case REQUEST -> "the request";
      case RECONSIDERATION -> "the motion to reconsider";
      case APPEAL -> "the appeal";
      default -> "the " + act.kind().logicalName();
    };
  }

  /** The paragraphs of a text of the record, each escaped, separated by a blank line. */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : text.split("\n\n", -1)) {
      if (!paragraph.isBlank()) {
        paragraphs.add(Markdown.text(paragraph.strip()));
      }
    }
    return paragraphs;
  }

  /** The paragraphs, each ending as a sentence does. */
  static String prose(List<String> paragraphs) {
    return String.join("\n\n", paragraphs.stream().map(Sentences::ended).toList());
  }

  /** {@code sentence} with a full stop, unless it ends with one (or "?", "!", or a quotation). */
  static String ended(String sentence) {
    String s = sentence.stripTrailing();
    return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") || s.endsWith(".”") ? s : s + ".";
  }

  private static String withoutFullStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * "Subject predicate.", the predicate being the act's summary where it has one, else {@code
   * generated}; {@code after} closes the last paragraph.
   */
  private String said(Act act, String generated, String after) {
    String subject = names.subject(act, act.summary().orElse(""));
    List<String> summary = act.summary().map(Sentences::paragraphs).orElse(List.of());
    if (summary.isEmpty()) {
      return subject + " " + ended(generated) + after;
    }
    List<String> all = new ArrayList<>(summary);
    all.set(0, subject + " " + all.get(0));
    return prose(all) + after;
  }

  private String said(Act act, String generated) {
    return said(act, generated, "");
  }

  /** The summary as sentences of their own after {@code sentence}, which ends with a full stop. */
  private static String followedBySummary(String sentence, Act act) {
    List<String> summary = act.summary().map(Sentences::paragraphs).orElse(List.of());
    if (summary.isEmpty()) {
      return sentence;
    }
    List<String> all = new ArrayList<>(summary);
    all.set(0, sentence + " " + all.get(0));
    return prose(all);
  }

  @Override
  public String visitSpeech(Speech speech) {
    String form =
        switch (speech.form()) {
          case SPEECH -> "speech";
          case REMARKS -> "remarks";
          case STATEMENT -> "statement";
        };
    String text = "";
    Optional<Document> document = speech.document().flatMap(record::document);
    if (document.isPresent()) {
      Document d = document.get();
      String where =
          d.title().isPresent() || d.description().isPresent()
              ? Names.document(d)
              : Names.symbol(d).orElseThrow() + Names.links(d);
      text =
          " The text of the "
              + form
              + " is available as "
              + where
              + (d.languages().isEmpty() ? "" : ", in " + Names.languages(d.languages()))
              + ".";
    }
    if (speech.title().isPresent()) {
      String entitled = "“" + Markdown.text(speech.title().get()) + "”";
      if (speech.summary().isEmpty()) {
        return names.subject(speech, "")
            + " delivered "
            + (speech.form() == io.github.mispa.procedure.SpeechForm.REMARKS
                ? "remarks entitled "
                : "a " + form + " entitled ")
            + entitled
            + "."
            + text;
      }
      return "In "
          + (speech.form() == io.github.mispa.procedure.SpeechForm.REMARKS ? "" : "a ")
          + form
          + " entitled "
          + entitled
          + ", "
          + said(speech, "", text);
    }
    String generated =
        switch (speech.form()) {
          case SPEECH -> "delivered a speech";
          case REMARKS -> "made remarks";
          case STATEMENT -> "delivered a statement";
        };
    return said(speech, generated, text);
  }

  @Override
  public String visitMinuteOfSilence(MinuteOfSilence minute) {
    if (minute.summary().isPresent()) {
      return said(minute, "");
    }
    String who =
        minute.person().isPresent()
            ? names.person(minute.person().get())
            : names.participant(minute.by().orElse(""));
    return "At the invitation of "
        + who
        + ", the meeting observed a minute of silence in memory of "
        + Markdown.text(minute.inRemembranceOf())
        + ".";
  }

  @Override
  public String visitPresentation(Presentation presentation) {
    String what;
    String symbol = names.symbolOf(presentation.document());
    if (presentation.title().isPresent()) {
      what = " entitled “" + Markdown.text(presentation.title().get()) + "”" + symbol;
    } else if (presentation.topic().isPresent()) {
      what = symbol + " on " + Markdown.text(presentation.topic().get());
    } else {
      what =
          presentation
              .document()
              .flatMap(record::document)
              .filter(d -> d.title().isPresent() || d.description().isPresent())
              .map(d -> " of " + Names.document(d))
              .orElse(symbol);
    }
    return followedBySummary(
        names.subject(presentation, presentation.summary().orElse(""))
            + " delivered a presentation"
            + ended(what),
        presentation);
  }

  @Override
  public String visitReport(Report report) {
    Optional<Document> document = report.document().flatMap(record::document);
    Optional<String> title = report.title().or(() -> document.flatMap(Document::title));
    String what;
    if (title.isPresent()) {
      what =
          (report.verbal() ? "a verbal report, " : "the ") + "“" + Markdown.text(title.get()) + "”";
    } else {
      what = report.verbal() ? "a verbal report" : "a report";
    }
    String sentence =
        names.subject(report, report.summary().orElse(""))
            + (report.verbal() ? " delivered " : " presented ")
            + what
            + names.symbolOf(report.document())
            + report.topic().map(t -> " on " + Markdown.text(t)).orElse("")
            + ".";
    return followedBySummary(sentence, report);
  }

  @Override
  public String visitIntervention(Intervention intervention) {
    String statement =
        intervention
            .document()
            .map(d -> " " + Names.capitalize(names.document(d)) + " is available.")
            .orElse("");
    return said(intervention, "took the floor", statement);
  }

  @Override
  public String visitReading(Reading reading) {
    return said(reading, "read the document " + names.document(reading.document()));
  }

  @Override
  public String visitNomination(Nomination nomination) {
    return said(
        nomination,
        "proposed "
            + names.personInFull(nomination.nominee())
            + " as "
            + nomination.office().title());
  }

  @Override
  public String visitSeconding(Seconding seconding) {
    return said(seconding, "seconded " + motionNoun(seconding.of()));
  }

  @Override
  public String visitSupport(Support support) {
    return said(support, "supported " + motionNoun(support.of()));
  }

  @Override
  public String visitObjection(Objection objection) {
    return said(objection, "objected to " + motionNoun(objection.to()));
  }

  @Override
  public String visitProposal(Proposal proposal) {
    String what =
        proposal.text().startsWith("that ")
            ? "proposed " + Markdown.text(proposal.text())
            : "proposed to " + Markdown.text(proposal.text());
    return said(proposal, what + names.symbolOf(proposal.document()));
  }

  @Override
  public String visitAmendment(Amendment amendment) {
    List<String> movers = new ArrayList<>();
    amendment.by().ifPresent(movers::add);
    movers.addAll(amendment.cosponsors());
    String generated = "proposed " + amendmentText(amendment);
    if (amendment.by().isPresent() && !amendment.cosponsors().isEmpty()) {
      // Co-sponsored: the subject is every sponsor.
      return Names.capitalize(names.delegations(movers))
          + " "
          + amendment.summary().map(s -> prose(paragraphs(s))).orElse(ended(generated));
    }
    return said(amendment, generated);
  }

  /** What an amendment proposes: "the inclusion of language … in “Recommendations of Lima”". */
  String amendmentText(Amendment amendment) {
    String change =
        switch (amendment.change()) {
          case ADDITION -> "the inclusion of ";
          case DELETION -> "the deletion of ";
          case MODIFICATION -> "";
          case REPLACEMENT -> "replacing the text with ";
        };
    String target = amendment.document().map(d -> " in " + names.document(d)).orElse("");
    return change + Markdown.text(amendment.text()) + target;
  }

  @Override
  public String visitWithdrawal(Withdrawal withdrawal) {
    return said(withdrawal, "withdrew " + motionNoun(withdrawal.of()));
  }

  @Override
  public String visitHostingOffer(HostingOffer offer) {
    return said(
        offer,
        "offered to host "
            + Markdown.text(record.meeting().series().code())
            + " "
            + offer.edition()
            + offer.city().map(c -> " in " + Markdown.text(c)).orElse(""));
  }

  @Override
  public String visitInstruction(Instruction instruction) {
    return said(instruction, "instructed the Secretariat to " + Markdown.text(instruction.text()));
  }

  @Override
  public String visitRequest(Request request) {
    String text = Markdown.text(request.text());
    String what = request.text().startsWith("that ") ? text : "to " + text;
    return said(request, "requested " + what);
  }

  @Override
  public String visitRequestNoted(RequestNoted noted) {
    return said(
        noted, "took note of " + (noted.requests().size() == 1 ? "the request" : "these requests"));
  }

  @Override
  public String visitPointOfOrder(PointOfOrder point) {
    return said(point, "raised a point of order: " + Markdown.text(point.text()));
  }

  @Override
  public String visitRuling(Ruling ruling) {
    return said(ruling, "ruled on the point of order: " + Markdown.text(ruling.text()));
  }

  @Override
  public String visitAppeal(Appeal appeal) {
    return said(appeal, "appealed against the ruling");
  }

  @Override
  public String visitReconsideration(Reconsideration reconsideration) {
    return said(reconsideration, "moved to reconsider the decision");
  }

  /**
   * The decision's summary followed by how it was taken, where the record has a summary: "The
   * continuation … was approved, as there were no objections."
   */
  private static Optional<String> summarized(DecisionAct decision) {
    return decision
        .summary()
        .map(Sentences::paragraphs)
        .filter(p -> !p.isEmpty())
        .map(
            p -> {
              List<String> all = new ArrayList<>(p);
              int last = all.size() - 1;
              all.set(last, withoutFullStop(all.get(last)) + how(decision));
              return Names.capitalize(prose(all));
            });
  }

  @Override
  public String visitDecision(Decision decision) {
    for (String id : decision.on()) {
      if (record.act(id).map(RecordedAct::act).orElse(null) instanceof Nomination nomination
          && decision.outcome() == Outcome.APPROVED) {
        names.elected(nomination.nominee(), nomination.office());
      }
    }
    Optional<String> summarized = summarized(decision);
    if (summarized.isPresent()) {
      return summarized.get();
    }
    List<String> parts = new ArrayList<>();
    for (String id : decision.on()) {
      parts.add(decided(id, decision));
    }
    String incorporating =
        decision.incorporating().isEmpty()
            ? ""
            : ", incorporating the amendments of "
                + Names.list(
                    decision.incorporating().stream()
                        .map(a -> record.act(a).map(RecordedAct::act).orElseThrow())
                        .map(this::movers)
                        .toList());
    return String.join(" ", parts).replaceFirst("\\.$", "") + incorporating + ".";
  }

  /** The sentence for one subject of a decision: "X was elected Vice Chair by acclamation." */
  private String decided(String id, Decision decision) {
    Act act = record.act(id).map(RecordedAct::act).orElseThrow();
    boolean approved = decision.outcome() == Outcome.APPROVED;
    String how = how(decision);
    if (act instanceof Nomination nomination) {
      return Names.capitalize(names.nameOf(nomination.nominee()))
          + (approved ? " was elected " : " was not elected ")
          + nomination.office().title()
          + how
          + ".";
    }
    if (act instanceof HostingOffer offer) {
      String host = record.actorOf(offer).map(p -> names.shortName(p.id())).orElse("the");
      return "The offer of "
          + host
          + " to host "
          + Markdown.text(record.meeting().series().code())
          + " "
          + offer.edition()
          + (approved ? " was accepted" : " was declined")
          + how
          + ".";
    }
    String noun = Names.capitalize(motionNoun(id));
    if (act instanceof Proposal proposal) {
      noun =
          proposal.document().isPresent()
              ? "The text of " + names.document(proposal.document().get())
              : "The proposal of "
                  + movers(act)
                  + (proposal.text().startsWith("that ") ? " " : " to ")
                  + Markdown.text(proposal.text());
    } else if (act instanceof Amendment) {
      noun = "The amendment of " + movers(act);
    }
    return noun + (approved ? " was approved" : " was rejected") + how + ".";
  }

  private String movers(Act amendment) {
    List<String> ids = new ArrayList<>();
    amendment.by().ifPresent(ids::add);
    if (amendment instanceof Amendment a) {
      ids.addAll(a.cosponsors());
    }
    if (ids.isEmpty()) {
      return names.subject(amendment, "").replaceFirst(",$", "");
    }
    return Names.list(ids.stream().map(names::shortName).toList());
  }

  @Override
  public String visitAdoption(Adoption adoption) {
    Optional<String> summarized = summarized(adoption);
    if (summarized.isPresent()) {
      return summarized.get();
    }
    List<String> documents = adoption.documents().stream().map(names::document).toList();
    boolean adopted = adoption.outcome() == Outcome.APPROVED;
    String amended =
        adoption.incorporating().isEmpty()
            ? ""
            : " as amended by "
                + Names.list(
                    adoption.incorporating().stream()
                        .map(a -> record.act(a).map(RecordedAct::act).orElseThrow())
                        .map(this::movers)
                        .toList());
    String sentence;
    if (documents.size() == 1) {
      sentence = documents.get(0) + (adopted ? " was adopted" : " was not adopted");
    } else if (adopted) {
      sentence =
          documents.get(0)
              + " was adopted along with "
              + Names.list(documents.subList(1, documents.size()));
    } else {
      sentence = Names.list(documents) + " were not adopted";
    }
    return Names.capitalize(sentence) + (adopted ? amended : "") + how(adoption) + ".";
  }

  /**
   * How a decision was taken, as it follows the verb: " by acclamation", " by consensus", ", as
   * there were no objections", " by a vote of 18 in favour, …", or nothing where the record does
   * not say.
   */
  static String how(DecisionAct decision) {
    return switch (decision.method()) {
      case ACCLAMATION -> " by acclamation";
      case CONSENSUS -> " by consensus";
      case NO_OBJECTION -> ", as there were no objections";
      case VOTE ->
          " by a vote of "
              + tally(decision.tally().orElseThrow())
              + decision
                  .requiredMajority()
                  .map(
                      m ->
                          " ("
                              + m.kind().describe()
                              + " being required"
                              + m.citation().map(c -> ", " + Markdown.text(c)).orElse("")
                              + ")")
                  .orElse("");
      case NOT_STATED -> "";
    };
  }

  private static String tally(Tally tally) {
    List<String> counts = new ArrayList<>();
    counts.add(tally.votesFor() + " in favour");
    counts.add(tally.votesAgainst() + " against");
    counts.add(tally.abstentions() + " abstentions");
    if (tally.absent() > 0) {
      counts.add(tally.absent() + " absent");
    }
    if (tally.notVoting() > 0) {
      counts.add(tally.notVoting() + " not voting");
    }
    return Names.list(counts);
  }

  /** The document's title or description and symbol, for the summary's list. */
  static String documentLine(Document document) {
    return Names.capitalize(Names.document(document));
  }
}
