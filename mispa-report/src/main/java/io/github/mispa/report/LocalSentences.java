package io.github.mispa.report;

import io.github.mispa.model.Document;
import io.github.mispa.model.GrammaticalGender;
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
import java.util.Locale;
import java.util.Optional;

/**
 * A sentence for each kind of act in one language, made from the act's fields alone, from the
 * patterns of the bundle: who did what, on which motion or document, and how it was decided. The
 * record's summaries, in its own language, are not part of it: the report sets them apart after the
 * sentence (see {@link LocalReport}).
 */
final class LocalSentences implements ActVisitor<String> {
  private final MeetingRecord record;
  private final LocalNames names;
  private final Grammar grammar;

  LocalSentences(MeetingRecord record, LocalNames names) {
    this.record = record;
    this.names = names;
    this.grammar = names.grammar();
  }

  LocalNames names() {
    return names;
  }

  /**
   * The act's sentence. Where the record gives the act's summary in this language, it is told as
   * the report in the record's language tells a summary (see {@link Sentences}): the predicate of a
   * sentence whose subject is who did the act, sentences after those of a presentation, a report or
   * a titled speech, what a decision decided followed by how.
   */
  String of(Act act) {
    Optional<String> summary =
        act.summary().isPresent() ? act.summary(grammar.language()) : Optional.empty();
    if (summary.isEmpty()) {
      return Names.capitalize(act.accept(this));
    }
    List<String> paragraphs = new ArrayList<>(Sentences.paragraphs(summary.get()));
    if (paragraphs.isEmpty()) {
      return Names.capitalize(act.accept(this));
    }
    if (act instanceof DecisionAct decision) {
      // Told for what it records (the offices filled), then in the record's words.
      act.accept(this);
      int last = paragraphs.size() - 1;
      String said = paragraphs.get(last);
      paragraphs.set(
          last, (said.endsWith(".") ? said.substring(0, said.length() - 1) : said) + how(decision));
      return Names.capitalize(Sentences.prose(paragraphs));
    }
    if (act instanceof Presentation
        || act instanceof Report
        || (act instanceof Speech speech && speech.title().isPresent())) {
      return Names.capitalize(act.accept(this) + " " + Sentences.prose(paragraphs));
    }
    // A co-sponsored amendment's subject is every sponsor, as in the sentence made from its fields.
    String subject =
        act instanceof Amendment amendment
                && amendment.by().isPresent()
                && !amendment.cosponsors().isEmpty()
            ? names.delegations(moverIds(amendment))
            : names.subject(act);
    paragraphs.set(0, subject + " " + paragraphs.get(0));
    return Names.capitalize(Sentences.prose(paragraphs));
  }

  /** A summary's paragraphs as prose: "a. b." for "a\n\nb". */
  static String prose(String summary) {
    return Sentences.prose(Sentences.paragraphs(summary));
  }

  private String say(String key, Act act, Object... more) {
    Object[] all = new Object[more.length + 2];
    all[0] = "subject";
    all[1] = names.subject(act);
    System.arraycopy(more, 0, all, 2, more.length);
    return grammar.format(key, all);
  }

  /** What a motion is called: "la propuesta", "l’offre", as a phrase. */
  Phrase motion(String id) {
    Act act = record.act(id).map(RecordedAct::act).orElse(null);
    String kind =
        act == null
            ? "motion"
            : switch (act.kind()) {
              case NOMINATION, PROPOSAL -> "proposal";
              case AMENDMENT -> "amendment";
              case HOSTING_OFFER -> "offer";
              case REQUEST -> "request";
              case RECONSIDERATION -> "reconsideration";
              case APPEAL -> "appeal";
              default -> "motion";
            };
    String encoded = grammar.format("motion." + kind);
    GrammaticalGender gender =
        grammar.format("motion." + kind + ".gender").equals("feminine")
            ? GrammaticalGender.FEMININE
            : GrammaticalGender.MASCULINE;
    return Phrase.parse(encoded, gender);
  }

  @Override
  public String visitSpeech(Speech speech) {
    String form = speech.form().name().toLowerCase(Locale.ROOT);
    String sentence =
        say(
            "act.speech",
            speech,
            "form",
            form,
            "hasTitle",
            speech.title().isPresent() ? "yes" : "no",
            "title",
            speech
                .title()
                .map(t -> grammar.quoted(names.title(t, speech.title(grammar.language()))))
                .orElse(""));
    Optional<Document> document = speech.document().flatMap(record::document);
    if (document.isEmpty()) {
      return sentence;
    }
    Document d = document.get();
    return sentence
        + " "
        + grammar.format(
            "act.speech.text",
            "form",
            form,
            "where",
            d.title().isPresent() || d.description().isPresent()
                ? grammar.np(names.document(d))
                : Names.symbol(d).orElseThrow(),
            "hasLanguages",
            d.languages().isEmpty() ? "no" : "yes",
            "languages",
            grammar.languageNames(d.languages()));
  }

  @Override
  public String visitMinuteOfSilence(MinuteOfSilence minute) {
    Phrase who =
        minute.person().isPresent()
            ? names.person(minute.person().get())
            : names.participant(minute.by().orElse(""));
    return grammar.format(
        "act.minuteOfSilence", "of", grammar.of(who), "for", names.text(minute.inRemembranceOf()));
  }

  @Override
  public String visitPresentation(Presentation presentation) {
    String kind;
    String what = "";
    if (presentation.title().isPresent()) {
      kind = "title";
      what =
          grammar.quoted(
              names.title(presentation.title().get(), presentation.title(grammar.language())));
    } else if (presentation.topic().isPresent()) {
      kind = "topic";
      what = names.text(presentation.topic().get());
    } else if (presentation
        .document()
        .flatMap(record::document)
        .filter(d -> d.title().isPresent() || d.description().isPresent())
        .isPresent()) {
      kind = "document";
      what = grammar.of(names.document(presentation.document().orElseThrow()));
    } else {
      kind = "plain";
    }
    return say(
        "act.presentation",
        presentation,
        "kind",
        kind,
        "what",
        what,
        "symbol",
        names.symbolOf(presentation.document()));
  }

  @Override
  public String visitReport(Report report) {
    // The report's own title, else its document's; each in this language where the record has it.
    Optional<Document> document = report.document().flatMap(record::document);
    Optional<String> title =
        report.title().isPresent()
            ? report.title().map(t -> names.title(t, report.title(grammar.language())))
            : document.flatMap(
                d -> d.title().map(t -> names.title(t, d.title(grammar.language()))));
    return say(
        "act.report",
        report,
        "verbal",
        report.verbal() ? "yes" : "no",
        "hasTitle",
        title.isPresent() ? "yes" : "no",
        "title",
        title.map(grammar::quoted).orElse(""),
        "symbol",
        names.symbolOf(report.document()),
        "hasTopic",
        report.topic().isPresent() ? "yes" : "no",
        "topic",
        report.topic().map(names::text).orElse(""));
  }

  @Override
  public String visitIntervention(Intervention intervention) {
    return say("act.intervention", intervention);
  }

  @Override
  public String visitReading(Reading reading) {
    Phrase document = names.document(reading.document());
    return say(
        "act.reading",
        reading,
        "document",
        grammar.np(document),
        "toDocument",
        grammar.to(document),
        "ofDocument",
        grammar.of(document));
  }

  @Override
  public String visitNomination(Nomination nomination) {
    GrammaticalGender gender = names.gender(nomination.nominee());
    return say(
        "act.nomination",
        nomination,
        "nominee",
        Grammar.apposition(grammar.object(names.personInFull(nomination.nominee()))),
        "office",
        names.office(nomination.office(), gender));
  }

  @Override
  public String visitSeconding(Seconding seconding) {
    return say("act.seconding", seconding, "motion", grammar.np(motion(seconding.of())));
  }

  @Override
  public String visitSupport(Support support) {
    return supported(names.subject(support), 1, support.of());
  }

  /** "La delegación del Perú apoyó la propuesta.", for one supporter or several. */
  String supported(String subject, int count, String motion) {
    return grammar.format(
        "act.support", "subject", subject, "count", count, "motion", grammar.np(motion(motion)));
  }

  @Override
  public String visitObjection(Objection objection) {
    return say("act.objection", objection, "motion", grammar.to(motion(objection.to())));
  }

  @Override
  public String visitProposal(Proposal proposal) {
    return say(
        "act.proposal",
        proposal,
        "text",
        names.text(proposal.text()),
        "symbol",
        names.symbolOf(proposal.document()));
  }

  @Override
  public String visitAmendment(Amendment amendment) {
    List<String> movers = new ArrayList<>();
    amendment.by().ifPresent(movers::add);
    movers.addAll(amendment.cosponsors());
    String subject =
        amendment.by().isPresent() && !amendment.cosponsors().isEmpty()
            ? names.delegations(movers)
            : names.subject(amendment);
    return amended(subject, Math.max(1, movers.size()), amendment);
  }

  /** "La delegación X propuso la inclusión de …", for one mover or several. */
  String amended(String subject, int count, Amendment amendment) {
    return grammar.format(
        "act.amendment",
        "subject",
        subject,
        "count",
        count,
        "change",
        amendment.change().name().toLowerCase(Locale.ROOT),
        "text",
        names.text(amendment.text()),
        "hasTarget",
        amendment.document().isPresent() ? "yes" : "no",
        "target",
        amendment.document().map(d -> grammar.in(names.document(d))).orElse(""));
  }

  @Override
  public String visitWithdrawal(Withdrawal withdrawal) {
    return say("act.withdrawal", withdrawal, "motion", grammar.np(motion(withdrawal.of())));
  }

  @Override
  public String visitHostingOffer(HostingOffer offer) {
    return say(
        "act.hostingOffer",
        offer,
        "meeting",
        grammar.np(meeting(offer)),
        "ofMeeting",
        grammar.of(meeting(offer)),
        "hasCity",
        offer.city().isPresent() ? "yes" : "no",
        "city",
        offer.city().map(Markdown::text).orElse(""));
  }

  /** "MISPA VI" as a phrase of the series' gender: "la MISPA VI". */
  private Phrase meeting(HostingOffer offer) {
    GrammaticalGender gender =
        record
            .meeting()
            .series()
            .name(grammar.language())
            .map(n -> n.gender())
            .orElse(GrammaticalGender.FEMININE);
    String article =
        grammar.format(
            "article", "gender", LocalNames.genderKey(gender), "vowel", "no", "plural", "no");
    return new Phrase(
        grammar.language() == io.github.mispa.model.OfficialLanguage.ENGLISH ? "none" : article,
        false,
        gender,
        false,
        Markdown.text(record.meeting().series().code()) + " " + offer.edition());
  }

  @Override
  public String visitInstruction(Instruction instruction) {
    return say("act.instruction", instruction, "text", names.text(instruction.text()));
  }

  @Override
  public String visitRequest(Request request) {
    return say("act.request", request, "text", names.text(request.text()));
  }

  @Override
  public String visitRequestNoted(RequestNoted noted) {
    return say("act.requestNoted", noted, "count", noted.requests().size());
  }

  @Override
  public String visitPointOfOrder(PointOfOrder point) {
    return say("act.pointOfOrder", point, "text", names.text(point.text()));
  }

  @Override
  public String visitRuling(Ruling ruling) {
    return say("act.ruling", ruling, "text", names.text(ruling.text()));
  }

  @Override
  public String visitAppeal(Appeal appeal) {
    return say("act.appeal", appeal);
  }

  @Override
  public String visitReconsideration(Reconsideration reconsideration) {
    return say("act.reconsideration", reconsideration);
  }

  @Override
  public String visitDecision(Decision decision) {
    for (String id : decision.on()) {
      if (record.act(id).map(RecordedAct::act).orElse(null) instanceof Nomination nomination
          && decision.outcome() == Outcome.APPROVED) {
        names.elected(nomination.nominee(), nomination.office());
      }
    }
    List<String> parts = new ArrayList<>();
    for (String id : decision.on()) {
      parts.add(decided(id, decision));
    }
    if (parts.isEmpty()) {
      parts.add(
          grammar.format("decision.taken", "how", how(decision), "approved", approved(decision)));
    }
    String sentence = String.join(" ", parts);
    if (!decision.incorporating().isEmpty()) {
      List<String> movers = new ArrayList<>();
      for (String amendment : decision.incorporating()) {
        record.act(amendment).map(RecordedAct::act).ifPresent(a -> movers.addAll(moverIds(a)));
      }
      sentence =
          sentence.replaceFirst("\\.$", "")
              + grammar.format("decision.incorporating", "movers", names.ofAll(movers))
              + ".";
    }
    return sentence;
  }

  private static String approved(DecisionAct decision) {
    return decision.outcome() == Outcome.APPROVED ? "yes" : "no";
  }

  /** The sentence for one subject of a decision: "El Sr. X fue elegido Vicepresidente …". */
  private String decided(String id, Decision decision) {
    Act act = record.act(id).map(RecordedAct::act).orElseThrow();
    if (act instanceof Nomination nomination) {
      GrammaticalGender gender = names.gender(nomination.nominee());
      return Names.capitalize(
          grammar.format(
              "decision.elected",
              "person",
              grammar.np(names.nameOf(nomination.nominee())),
              "gender",
              LocalNames.genderKey(gender),
              "approved",
              approved(decision),
              "office",
              names.office(nomination.office(), gender),
              "how",
              how(decision)));
    }
    if (act instanceof HostingOffer offer) {
      return grammar.format(
          "decision.offer",
          "host",
          record.actorOf(offer).map(p -> grammar.of(names.shortName(p.id()))).orElse(""),
          "meeting",
          grammar.np(meeting(offer)),
          "ofMeeting",
          grammar.of(meeting(offer)),
          "approved",
          approved(decision),
          "how",
          how(decision));
    }
    Phrase subject = motion(id);
    if (act instanceof Proposal proposal && proposal.document().isPresent()) {
      Phrase document = names.document(proposal.document().get());
      return Names.capitalize(
          grammar.format(
              "decision.text",
              "document",
              grammar.of(document),
              "approved",
              approved(decision),
              "how",
              how(decision)));
    }
    String movers = names.ofAll(moverIds(act));
    return Names.capitalize(
        grammar.format(
            "decision.motion",
            "motion",
            grammar.np(subject),
            "gender",
            LocalNames.genderKey(subject.gender()),
            "hasMovers",
            movers.isEmpty() ? "no" : "yes",
            "movers",
            movers,
            "approved",
            approved(decision),
            "how",
            how(decision)));
  }

  private static List<String> moverIds(Act act) {
    List<String> ids = new ArrayList<>();
    act.by().ifPresent(ids::add);
    if (act instanceof Amendment a) {
      ids.addAll(a.cosponsors());
    }
    return ids;
  }

  @Override
  public String visitAdoption(Adoption adoption) {
    List<Phrase> documents = adoption.documents().stream().map(names::document).toList();
    Phrase first = documents.get(0);
    return Names.capitalize(
        grammar.format(
            "decision.adoption",
            "first",
            grammar.np(first),
            "gender",
            LocalNames.genderKey(first.gender()),
            "count",
            documents.size(),
            "others",
            grammar.list(documents.subList(1, documents.size()).stream().map(grammar::np).toList()),
            "all",
            grammar.list(documents.stream().map(grammar::np).toList()),
            "approved",
            approved(adoption),
            "how",
            how(adoption)));
  }

  /**
   * The tail of a paragraph that joins a seconding or a reading to the decision that follows it: ",
   * que fue aprobada por aclamación".
   */
  String decidedTail(DecisionAct decision, GrammaticalGender gender) {
    return grammar.format(
        "decision.tail",
        "adoption",
        decision instanceof Adoption ? "yes" : "no",
        "gender",
        LocalNames.genderKey(gender),
        "approved",
        approved(decision),
        "how",
        how(decision));
  }

  /** How a decision was taken, as it follows the verb: " por aclamación", or nothing. */
  String how(DecisionAct decision) {
    Optional<Tally> tally = decision.tally();
    return grammar.format(
        "how",
        "method",
        decision.method().name().toLowerCase(Locale.ROOT),
        "for",
        tally.map(Tally::votesFor).orElse(0),
        "against",
        tally.map(Tally::votesAgainst).orElse(0),
        "abstentions",
        tally.map(Tally::abstentions).orElse(0));
  }
}
