package io.github.mispa.report;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.Edition;
import io.github.mispa.model.GrammaticalGender;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.Noun;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.model.Translation;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Source;
import io.github.mispa.procedure.Support;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report in a language other than the record's: the same sections, paragraphs and acts as the
 * report in the record's language, each act told in a sentence of the requested language made from
 * its fields. A title or a summary the record gives in the requested language is used as it stands.
 * What the record holds only in its own language (summaries, titles, positions, the conclusion) is
 * quoted in that language and set apart: in italics within a sentence, as a block quotation after
 * it where it is paragraphs, as a note at the top of the report says.
 */
final class LocalReport {
  /**
   * The language the record's free text is written in. Records are written in English (the language
   * of the MISPA V report they come from); a title or a summary may also be held in other
   * languages.
   */
  static final OfficialLanguage RECORD_LANGUAGE = Translation.RECORD_LANGUAGE;

  private final Verdict verdict;
  private final Grammar grammar;
  private final boolean locations;

  LocalReport(Verdict verdict, OfficialLanguage language, boolean locations) {
    this.verdict = verdict;
    this.grammar = new Grammar(language);
    this.locations = locations;
  }

  /** Writes the report; the findings, if asked for, are appended by the caller. */
  String render() {
    MeetingRecord record = verdict.record();
    LocalNames names = new LocalNames(record, grammar, RECORD_LANGUAGE);
    LocalSentences sentences = new LocalSentences(record, names);
    // The report in the record's language, written alongside, for the summaries it quotes.
    Names original = new Names(record);
    Sentences originalSentences = new Sentences(record, original);
    StringBuilder out = new StringBuilder();
    heading(out, record.meeting(), names);
    officers(out, verdict.finalState(), names);
    List<String> decisions = new ArrayList<>();
    List<String> unused = new ArrayList<>();
    int index = 0;
    ImmutableList<RecordedAct> acts = record.acts();
    for (Session session : record.sessions()) {
      out.append("## ").append(session.number()).append(". ").append(sessionTitle(session, names));
      out.append("\n\n");
      for (AgendaItem item : session.items()) {
        itemHeading(out, session, item, names);
        int end = index + item.acts().size();
        while (index < end) {
          Paragraph paragraph = Paragraph.at(acts, index, end);
          out.append(paragraph(paragraph, acts, sentences, decisions));
          if (locations) {
            out.append(" <!--");
            for (int i = paragraph.from(); i < paragraph.next(); i++) {
              out.append(' ').append(acts.get(i).location());
            }
            out.append(" -->");
          }
          out.append("\n\n");
          String said = RapporteurReport.english(paragraph, acts, originalSentences, unused);
          if (summarizedOnlyInEnglish(acts.subList(paragraph.from(), paragraph.next()))) {
            out.append(quotation(said)).append("\n\n");
          }
          index = paragraph.next();
        }
      }
    }
    summary(out, record, verdict.finalState(), decisions, names);
    record
        .conclusion()
        .ifPresent(
            c ->
                out.append("## ")
                    .append(grammar.format("heading.conclusion"))
                    .append("\n\n")
                    .append(quotation(Sentences.prose(Sentences.paragraphs(c))))
                    .append("\n\n"));
    return out.toString();
  }

  /**
   * Whether an act of the paragraph has a summary the record does not give in this language: the
   * paragraph in the record's language is then quoted after the sentence made from the acts'
   * fields. A summary given in this language is told in the sentence instead (see {@link
   * LocalSentences}).
   */
  private boolean summarizedOnlyInEnglish(List<RecordedAct> acts) {
    return acts.stream()
        .anyMatch(
            a -> a.act().summary().isPresent() && a.act().summary(grammar.language()).isEmpty());
  }

  /** Paragraphs of the record's own language as a block quotation. */
  private static String quotation(String paragraphs) {
    return "> " + paragraphs.replace("\n\n", "\n>\n> ");
  }

  private String paragraph(
      Paragraph paragraph,
      List<RecordedAct> acts,
      LocalSentences sentences,
      List<String> decisions) {
    Act first = acts.get(paragraph.from()).act();
    List<Act> told =
        acts.subList(paragraph.from(), paragraph.next()).stream().map(RecordedAct::act).toList();
    LocalNames names = sentences.names();
    switch (paragraph.kind()) {
      case SUPPORTS -> {
        List<String> supporters = told.stream().map(a -> a.by().orElseThrow()).toList();
        String delegations = names.delegations(supporters);
        // Supports told together have one summary: said by them all where it is in this language.
        Optional<String> said = first.summary(grammar.language());
        if (said.isPresent() && first.summary().isPresent()) {
          return Names.capitalize(delegations + " " + LocalSentences.prose(said.get()));
        }
        return Names.capitalize(
            sentences.supported(delegations, supporters.size(), ((Support) first).of()));
      }
      case AMENDMENTS -> {
        List<String> movers = told.stream().map(a -> a.by().orElseThrow()).toList();
        return Names.capitalize(
            sentences.amended(names.delegations(movers), movers.size(), (Amendment) first));
      }
      case SECONDED_DECISION, READ_ADOPTION -> {
        DecisionAct decision = (DecisionAct) told.get(1);
        String decided = sentences.of(decision);
        String opened = sentences.of(first);
        decisions.add(decided);
        GrammaticalGender gender =
            decision instanceof Adoption adoption
                ? names.document(adoption.documents().get(0)).gender()
                : sentences
                    .motion(((io.github.mispa.procedure.Decision) decision).on().get(0))
                    .gender();
        return opened.substring(0, opened.length() - 1)
            + sentences.decidedTail(decision, gender)
            + ".";
      }
      case SINGLE -> {
        String text = sentences.of(first);
        if (first instanceof DecisionAct) {
          decisions.add(text);
        }
        return text;
      }
    }
    throw new AssertionError(paragraph.kind());
  }

  private GrammaticalGender rapporteurGender(LocalNames names) {
    List<String> rapporteurs = List.copyOf(verdict.finalState().holders(Office.RAPPORTEUR));
    return rapporteurs.size() == 1 ? names.gender(rapporteurs.get(0)) : GrammaticalGender.MASCULINE;
  }

  private void heading(StringBuilder out, Meeting meeting, LocalNames names) {
    GrammaticalGender rapporteur = rapporteurGender(names);
    Noun series =
        meeting
            .series()
            .name(grammar.language())
            .orElseGet(() -> Noun.of(meeting.series().name(), GrammaticalGender.FEMININE));
    boolean known = meeting.series().name(grammar.language()).isPresent();
    out.append("# ")
        .append(
            grammar.format(
                "heading.report",
                "gender",
                LocalNames.genderKey(rapporteur),
                "rapporteur",
                names.office(Office.RAPPORTEUR, rapporteur),
                "seriesGender",
                LocalNames.genderKey(series.gender()),
                "ordinal",
                grammar.ordinal(meeting.edition().number(), series.gender()),
                "series",
                known ? Markdown.text(series.text()) : names.text(series.text()),
                "meeting",
                Markdown.text(meeting.name())))
        .append("\n\n");
    if (grammar.language() != RECORD_LANGUAGE) {
      out.append("*")
          .append(grammar.format("note.foreign", "language", grammar.languageName(RECORD_LANGUAGE)))
          .append("*\n\n");
    }
    out.append(Markdown.text(meeting.venue().city()))
        .append(", ")
        .append(Markdown.text(meeting.venue().country().name(grammar.language()).noun().text()))
        .append(", ")
        .append(grammar.dates(meeting.startDate(), meeting.endDate()))
        .append('.');
    meeting
        .theme()
        .ifPresent(
            t ->
                out.append(' ')
                    .append(
                        grammar.format("heading.theme", "theme", grammar.quoted(names.text(t)))));
    meeting
        .convenedBy()
        .ifPresent(
            s ->
                out.append(' ')
                    .append(
                        grammar.format(
                            "heading.convened",
                            "gender",
                            LocalNames.genderKey(series.gender()),
                            "symbol",
                            Markdown.text(s.toString()))));
    out.append("\n\n");
  }

  private void officers(StringBuilder out, ProceduralState end, LocalNames names) {
    List<String> officers = new ArrayList<>();
    for (Office office : Office.values()) {
      for (String person : end.holders(office)) {
        GrammaticalGender gender = names.gender(person);
        officers.add(
            grammar.format(
                "officers.officer",
                "office",
                names.office(office, gender),
                "person",
                grammar.np(names.personInFull(person)).replaceFirst("^(el|la|o|a|le) ", "")));
      }
    }
    if (!officers.isEmpty()) {
      out.append("**")
          .append(grammar.format("heading.officers"))
          .append("** ")
          .append(String.join(". ", officers))
          .append(".\n\n");
    }
  }

  private String sessionTitle(Session session, LocalNames names) {
    String kind = Names.capitalize(session.kind().noun(grammar.language()));
    String english = session.kind().noun(OfficialLanguage.ENGLISH);
    if (session.title().isEmpty() || session.title().get().equalsIgnoreCase(english)) {
      return kind;
    }
    return grammar.format(
        "heading.session",
        "kind",
        kind,
        "title",
        names.title(session.title().get(), session.title(grammar.language())));
  }

  private void itemHeading(StringBuilder out, Session session, AgendaItem item, LocalNames names) {
    int dot = item.number().indexOf('.');
    if (!(dot < 0 && session.title().map(item.title()::equals).orElse(false))) {
      out.append("### ");
      if (dot >= 0 && !item.unlettered()) {
        out.append(item.number().substring(dot + 1)).append(". ");
      }
      out.append(names.title(item.title(), item.title(grammar.language()))).append("\n\n");
    }
    java.util.Set<String> named = new java.util.HashSet<>();
    for (Act act : item.acts()) {
      RapporteurReport.documentsNamedBy(act, named);
    }
    // Documents the item considers are listed only where none of its acts names them.
    List<String> documents =
        item.documents().stream()
            .filter(d -> !named.contains(d))
            .map(d -> grammar.np(names.document(d)))
            .toList();
    if (!documents.isEmpty()) {
      out.append(grammar.format("item.documents", "documents", grammar.list(documents)))
          .append("\n\n");
    }
  }

  private void summary(
      StringBuilder out,
      MeetingRecord record,
      ProceduralState end,
      List<String> decisions,
      LocalNames names) {
    out.append("## ").append(grammar.format("heading.summary")).append("\n\n");
    if (!decisions.isEmpty()) {
      out.append("**").append(grammar.format("heading.decisions")).append("**\n\n");
      for (String decision : decisions) {
        out.append("- ").append(decision).append('\n');
      }
      out.append('\n');
    }
    if (!end.adoptedDocuments().isEmpty()) {
      out.append("**").append(grammar.format("heading.documentsAdopted")).append("**\n\n");
      for (String id : end.adoptedDocuments()) {
        out.append("- ").append(Names.capitalize(grammar.np(names.document(id)))).append('\n');
      }
      out.append('\n');
    }
    for (Map.Entry<Edition, String> offer : end.acceptedOffers().entrySet()) {
      String host =
          end.motion(offer.getValue())
              .flatMap(m -> m.sponsor())
              .map(id -> grammar.in(names.shortName(id)))
              .orElse("?");
      out.append(
              grammar.format(
                  "summary.nextMeeting",
                  "meeting",
                  Markdown.text(record.meeting().series().code()) + " " + offer.getKey(),
                  "host",
                  host))
          .append("\n\n");
    }
    if (!record.sources().isEmpty()) {
      GrammaticalGender rapporteur = rapporteurGender(names);
      out.append("**")
          .append(grammar.format("heading.sources", "gender", LocalNames.genderKey(rapporteur)))
          .append("**\n\n");
      for (Source source : record.sources()) {
        out.append("- ")
            .append(names.text(Names.capitalize(source.about())))
            .append(": ")
            .append(names.text(Sentences.ended(source.citation())))
            .append('\n');
      }
      out.append('\n');
    }
  }
}
