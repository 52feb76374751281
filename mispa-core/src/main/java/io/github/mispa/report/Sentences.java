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

/** One plain sentence for each kind of act, in the manner of an OAS rapporteur's report. */
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

  /** What a motion is called in a sentence: "the nomination", "the proposal", "the request". */
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

  private String withSummary(String subject, Optional<String> summary, String otherwise) {
    return subject + " " + summary.map(Markdown::text).orElse(otherwise);
  }

  @Override
  public String visitSpeech(Speech speech) {
    String form =
        switch (speech.form()) {
          case SPEECH -> "delivered a speech";
          case REMARKS -> "made remarks";
          case STATEMENT -> "delivered a statement";
        };
    String title = speech.title().map(t -> ", “" + Markdown.text(t) + "”").orElse("");
    return withSummary(names.subject(speech), speech.summary(), form + title)
        + names.symbolOf(speech.document())
        + ".";
  }

  @Override
  public String visitMinuteOfSilence(MinuteOfSilence minute) {
    return "At the invitation of "
        + names.subject(minute)
        + ", delegations paused for a minute of silence in remembrance of "
        + Markdown.text(minute.inRemembranceOf())
        + ".";
  }

  @Override
  public String visitPresentation(Presentation presentation) {
    String sentence =
        names.subject(presentation)
            + " delivered a presentation, “"
            + Markdown.text(presentation.title())
            + "”";
    return sentence
        + presentation.summary().map(s -> ", and " + Markdown.text(s)).orElse("")
        + names.symbolOf(presentation.document())
        + ".";
  }

  @Override
  public String visitReport(Report report) {
    String subject = names.subject(report);
    String what = report.verbal() ? "delivered a verbal report, “" : "presented the report “";
    return subject
        + " "
        + what
        + Markdown.text(report.title())
        + "”"
        + names.symbolOf(report.document())
        + report.summary().map(s -> " and " + Markdown.text(s)).orElse("")
        + ".";
  }

  @Override
  public String visitIntervention(Intervention intervention) {
    return withSummary(names.subject(intervention), intervention.summary(), "took the floor")
        + intervention.document().map(d -> " (" + names.document(d) + ")").orElse("")
        + ".";
  }

  @Override
  public String visitReading(Reading reading) {
    return names.subject(reading)
        + " read the document "
        + names.document(reading.document())
        + ".";
  }

  @Override
  public String visitNomination(Nomination nomination) {
    return names.subject(nomination)
        + " proposed "
        + names.personInFull(nomination.nominee())
        + ", as "
        + nomination.office().title()
        + ".";
  }

  @Override
  public String visitSeconding(Seconding seconding) {
    return names.subject(seconding) + " seconded " + motionNoun(seconding.of()) + ".";
  }

  @Override
  public String visitSupport(Support support) {
    return names.subject(support) + " supported " + motionNoun(support.of()) + ".";
  }

  @Override
  public String visitObjection(Objection objection) {
    return names.subject(objection) + " objected to " + motionNoun(objection.to()) + ".";
  }

  @Override
  public String visitProposal(Proposal proposal) {
    String what =
        proposal.text().startsWith("that ")
            ? "proposed " + Markdown.text(proposal.text())
            : "proposed to " + Markdown.text(proposal.text());
    String document = proposal.document().map(d -> " (" + names.document(d) + ")").orElse("");
    return proposal
            .summary()
            .map(s -> names.subject(proposal) + " " + Markdown.text(s) + ", and " + what)
            .orElse(names.subject(proposal) + " " + what)
        + document
        + ".";
  }

  @Override
  public String visitAmendment(Amendment amendment) {
    List<String> movers = new ArrayList<>();
    amendment.by().ifPresent(movers::add);
    movers.addAll(amendment.cosponsors());
    String subject =
        amendment.by().isPresent() ? names.delegations(movers) : names.subject(amendment);
    String change =
        switch (amendment.change()) {
          case ADDITION -> "the inclusion of ";
          case DELETION -> "the deletion of ";
          case MODIFICATION -> "";
          case REPLACEMENT -> "replacing the text with ";
        };
    String target = amendment.document().map(d -> " in " + names.document(d)).orElse("");
    return subject + " proposed " + change + Markdown.text(amendment.text()) + target + ".";
  }

  @Override
  public String visitWithdrawal(Withdrawal withdrawal) {
    return names.subject(withdrawal) + " withdrew " + motionNoun(withdrawal.of()) + ".";
  }

  @Override
  public String visitHostingOffer(HostingOffer offer) {
    return names.subject(offer)
        + " offered to host "
        + Markdown.text(record.meeting().series().code())
        + " "
        + offer.edition()
        + offer.city().map(c -> " in " + Markdown.text(c)).orElse("")
        + ".";
  }

  @Override
  public String visitInstruction(Instruction instruction) {
    return names.subject(instruction)
        + " instructed the Secretariat to "
        + Markdown.text(instruction.text())
        + ".";
  }

  @Override
  public String visitRequest(Request request) {
    String text = Markdown.text(request.text());
    String what = request.text().startsWith("that ") ? text : "to " + text;
    return names.subject(request) + " requested " + what + ".";
  }

  @Override
  public String visitRequestNoted(RequestNoted noted) {
    return names.subject(noted)
        + " took note of "
        + (noted.requests().size() == 1 ? "the request." : "these requests.");
  }

  @Override
  public String visitPointOfOrder(PointOfOrder point) {
    return names.subject(point) + " raised a point of order: " + Markdown.text(point.text()) + ".";
  }

  @Override
  public String visitRuling(Ruling ruling) {
    return names.subject(ruling)
        + " ruled on the point of order: "
        + Markdown.text(ruling.text())
        + ".";
  }

  @Override
  public String visitAppeal(Appeal appeal) {
    return names.subject(appeal) + " appealed against the ruling.";
  }

  @Override
  public String visitReconsideration(Reconsideration reconsideration) {
    return names.subject(reconsideration) + " moved to reconsider the decision.";
  }

  @Override
  public String visitDecision(Decision decision) {
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
      String nominee = names.person(nomination.nominee());
      if (approved) {
        names.elected(nomination.nominee(), nomination.office());
      }
      return Names.capitalize(nominee)
          + (approved ? " was elected " : " was not elected ")
          + nomination.office().title()
          + " "
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
          + (approved ? " was accepted " : " was declined ")
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
                  + Markdown.text(proposal.text())
                  + ",";
    } else if (act instanceof Amendment) {
      noun = "The amendment of " + movers(act);
    }
    return noun + (approved ? " was approved " : " was rejected ") + how + ".";
  }

  private String movers(Act amendment) {
    List<String> ids = new ArrayList<>();
    amendment.by().ifPresent(ids::add);
    if (amendment instanceof Amendment a) {
      ids.addAll(a.cosponsors());
    }
    if (ids.isEmpty()) {
      return names.subject(amendment);
    }
    return Names.list(ids.stream().map(names::shortName).toList());
  }

  @Override
  public String visitAdoption(Adoption adoption) {
    List<String> documents = adoption.documents().stream().map(names::document).toList();
    String verb = adoption.outcome() == Outcome.APPROVED ? "adopted" : "not adopted";
    return "The document"
        + (documents.size() == 1 ? " " : "s ")
        + Names.list(documents)
        + (documents.size() == 1 ? " was " : " were ")
        + verb
        + (adoption.incorporating().isEmpty()
            ? ""
            : " as amended by "
                + Names.list(
                    adoption.incorporating().stream()
                        .map(a -> record.act(a).map(RecordedAct::act).orElseThrow())
                        .map(this::movers)
                        .toList()))
        + " "
        + how(adoption)
        + ".";
  }

  /**
   * "by acclamation", "by consensus", "there being no objection", "by a vote of 18 in favour, ..."
   */
  static String how(DecisionAct decision) {
    return switch (decision.method()) {
      case ACCLAMATION -> "by acclamation";
      case CONSENSUS -> "by consensus";
      case NO_OBJECTION -> "as there were no objections";
      case VOTE ->
          "by a vote of "
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

  /** The document's title and symbol, for the summary. */
  static String documentLine(Document document) {
    return Markdown.text(document.title())
        + document.symbol().map(s -> " [" + Markdown.text(s.toString()) + "]").orElse("");
  }
}
