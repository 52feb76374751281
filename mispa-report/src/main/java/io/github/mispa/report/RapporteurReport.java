package io.github.mispa.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Shape;
import io.github.mispa.procedure.Source;
import io.github.mispa.procedure.Support;
import io.github.mispa.procedure.ValueType;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A record written as a rapporteur's report, in Markdown: the officers at the top, numbered
 * sessions and lettered items, a sentence for every act (the record's summaries where it has them),
 * document symbols in parentheses as the sources print them, a summary of the decisions, the
 * documents adopted, the next host and the sources of facts from elsewhere, and the record's
 * conclusion. Optionally, the findings of the check are appended. The conventions are those of
 * {@code docs/report-style.md}.
 *
 * <pre>{@code
 * String markdown = RapporteurReport.of(MispaV.record()).render();
 * String audited = RapporteurReport.of(RuleSets.mispa().check(record)).withFindings().render();
 * }</pre>
 */
public final class RapporteurReport {
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final String[] ORDINALS = {
    "",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth",
    "Eighteenth",
    "Nineteenth",
    "Twentieth"
  };

  private final Verdict verdict;
  private final boolean findings;
  private final boolean locations;
  private final OfficialLanguage language;

  private RapporteurReport(
      Verdict verdict, boolean findings, boolean locations, OfficialLanguage language) {
    this.verdict = verdict;
    this.findings = findings;
    this.locations = locations;
    this.language = language;
  }

  /**
   * {@return the report of a record checked under a rule set, whose final state names the officers}
   */
  public static RapporteurReport of(Verdict verdict) {
    return new RapporteurReport(
        requireNonNull(verdict, "verdict"), false, false, OfficialLanguage.ENGLISH);
  }

  /** {@return the report of a record, checked under the {@code mispa} rule set} */
  public static RapporteurReport of(MeetingRecord record) {
    return of(RuleSets.mispa().check(requireNonNull(record, "record")));
  }

  /** {@return this report with the findings of the check appended as a last section} */
  public RapporteurReport withFindings() {
    return new RapporteurReport(verdict, true, locations, language);
  }

  /**
   * {@return this report with each paragraph followed by the locations of its acts, in an HTML
   * comment that Markdown viewers do not show ({@code <!-- 2.a#3 -->})}
   */
  public RapporteurReport withLocations() {
    return new RapporteurReport(verdict, findings, true, language);
  }

  /**
   * {@return this report in {@code language}}: its sentences, names of states, offices and
   * documents, ordinals and dates in that language; what the record holds only in its own language
   * (English), such as summaries and titles, quoted in it and set apart
   *
   * <pre>{@code
   * String informe = RapporteurReport.of(MispaV.record()).in(OfficialLanguage.SPANISH).render();
   * // # Informe de la Relatora de la Quinta Reunión de Ministros en Materia de Seguridad ...
   * }</pre>
   */
  public RapporteurReport in(OfficialLanguage language) {
    return new RapporteurReport(verdict, findings, locations, requireNonNull(language, "language"));
  }

  /** {@return the language the report is written in; English unless {@link #in} says otherwise} */
  public OfficialLanguage language() {
    return language;
  }

  /** {@return the report in Markdown} */
  public String render() {
    if (language != LocalReport.RECORD_LANGUAGE) {
      LocalReport local = new LocalReport(verdict, language, locations);
      StringBuilder out = new StringBuilder(local.render());
      if (findings) {
        new FindingsSection(verdict, language).append(out);
      }
      return out.toString();
    }
    MeetingRecord record = verdict.record();
    Names names = new Names(record);
    Sentences sentences = new Sentences(record, names);
    StringBuilder out = new StringBuilder();
    heading(out, record.meeting());
    officers(out, record, verdict.finalState());
    List<String> decisions = new ArrayList<>();
    int index = 0;
    ImmutableList<RecordedAct> acts = record.acts();
    for (Session session : record.sessions()) {
      out.append("## ")
          .append(session.number())
          .append(". ")
          .append(sessionTitle(session))
          .append("\n\n");
      for (AgendaItem item : session.items()) {
        itemHeading(out, session, item, names);
        int end = index + item.acts().size();
        while (index < end) {
          int next = paragraph(out, acts, index, end, sentences, decisions);
          index = next;
        }
      }
    }
    summary(out, record, verdict.finalState(), decisions);
    record
        .conclusion()
        .ifPresent(
            c ->
                out.append("## Conclusion\n\n")
                    .append(Sentences.prose(Sentences.paragraphs(c)))
                    .append("\n\n"));
    if (findings) {
      new FindingsSection(verdict, language).append(out);
    }
    return out.toString();
  }

  private void heading(StringBuilder out, Meeting meeting) {
    out.append("# Report of the Rapporteur of the ")
        .append(ordinal(meeting.edition()))
        .append(' ')
        .append(Markdown.text(meeting.series().name()))
        .append(" (")
        .append(Markdown.text(meeting.name()))
        .append(")\n\n");
    out.append(Markdown.text(meeting.venue().toString()))
        .append(", ")
        .append(dates(meeting.startDate(), meeting.endDate()))
        .append('.');
    meeting.theme().ifPresent(t -> out.append(" Theme: “").append(Markdown.text(t)).append("”."));
    meeting
        .convenedBy()
        .ifPresent(
            s -> out.append(" Convened by ").append(Markdown.text(s.toString())).append('.'));
    out.append("\n\n");
  }

  private static void officers(StringBuilder out, MeetingRecord record, ProceduralState end) {
    List<String> officers = new ArrayList<>();
    for (Office office : Office.values()) {
      for (String person : end.holders(office)) {
        officers.add(
            office.title()
                + ": "
                + Markdown.text(record.person(person).map(p -> p.displayName()).orElse(person)));
      }
    }
    if (!officers.isEmpty()) {
      out.append("**Officers.** ").append(String.join(". ", officers)).append(".\n\n");
    }
  }

  /**
   * "### a. Title": the letter unless the item is {@linkplain AgendaItem#unlettered() unlettered};
   * no heading for an item that repeats its session's title. Documents the item considers are
   * listed only where none of its acts names them.
   */
  private static void itemHeading(
      StringBuilder out, Session session, AgendaItem item, Names names) {
    int dot = item.number().indexOf('.');
    if (!(dot < 0 && session.title().map(item.title()::equals).orElse(false))) {
      out.append("### ");
      if (dot >= 0 && !item.unlettered()) {
        out.append(item.number().substring(dot + 1)).append(". ");
      }
      out.append(Markdown.text(item.title())).append("\n\n");
    }
    Set<String> named = new HashSet<>();
    for (Act act : item.acts()) {
      documentsNamedBy(act, named);
    }
    List<String> unnamed =
        item.documents().stream().filter(d -> !named.contains(d)).map(names::document).toList();
    if (!unnamed.isEmpty()) {
      out.append("Documents considered: ").append(String.join("; ", unnamed)).append(".\n\n");
    }
  }

  /** Adds the ids of the documents {@code act} refers to, found from its kind's shape. */
  static void documentsNamedBy(Act act, Set<String> ids) {
    for (Shape.Field<?> field : act.kind().shape().fields()) {
      if (field.type().target() == ValueType.Target.DOCUMENT) {
        @SuppressWarnings("unchecked") // the field is one of the shape of act's kind
        Object written = ((Shape.Field<Object>) field).written(act);
        if (written instanceof Collection<?> values) {
          values.forEach(v -> ids.add((String) v));
        } else if (written != null) {
          ids.add((String) written);
        }
      }
    }
  }

  /**
   * Writes the paragraph that starts at {@code from}: one act, or a run of supports of one motion,
   * or a seconding with the decision that follows it (see {@link Paragraph}). Returns where the
   * next paragraph starts.
   */
  private int paragraph(
      StringBuilder out,
      List<RecordedAct> acts,
      int from,
      int end,
      Sentences sentences,
      List<String> decisions) {
    Paragraph paragraph = Paragraph.at(acts, from, end);
    out.append(english(paragraph, acts, sentences, decisions));
    locations(out, acts, paragraph);
    out.append("\n\n");
    return paragraph.next();
  }

  /** The paragraph's text in English, the decisions it tells added to {@code decisions}. */
  static String english(
      Paragraph paragraph, List<RecordedAct> acts, Sentences sentences, List<String> decisions) {
    Act first = acts.get(paragraph.from()).act();
    List<Act> told =
        acts.subList(paragraph.from(), paragraph.next()).stream().map(RecordedAct::act).toList();
    switch (paragraph.kind()) {
      case SUPPORTS -> {
        Support support = (Support) first;
        List<String> supporters = told.stream().map(a -> a.by().orElseThrow()).toList();
        return Names.capitalize(
            sentences.names().delegations(supporters)
                + " "
                + support
                    .summary()
                    .map(s -> Sentences.prose(Sentences.paragraphs(s)))
                    .orElse("supported " + sentences.motionNoun(support.of()) + "."));
      }
      case AMENDMENTS -> {
        List<String> movers = told.stream().map(a -> a.by().orElseThrow()).toList();
        return Names.capitalize(
            sentences.names().delegations(movers)
                + " proposed "
                + sentences.amendmentText((Amendment) first)
                + ".");
      }
      case SECONDED_DECISION -> {
        DecisionAct decision = (DecisionAct) told.get(1);
        String decided = sentences.of(decision);
        String seconded = sentences.of(first);
        decisions.add(decided);
        return seconded.substring(0, seconded.length() - 1)
            + ", which was "
            + decidedTail(decision)
            + ".";
      }
      case READ_ADOPTION -> {
        DecisionAct adoption = (DecisionAct) told.get(1);
        String adopted = sentences.of(adoption);
        String read = sentences.of(first);
        decisions.add(adopted);
        return read.substring(0, read.length() - 1) + ", which was " + decidedTail(adoption) + ".";
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

  private void locations(StringBuilder out, List<RecordedAct> acts, Paragraph paragraph) {
    if (locations) {
      out.append(" <!--");
      for (int i = paragraph.from(); i < paragraph.next(); i++) {
        out.append(' ').append(acts.get(i).location());
      }
      out.append(" -->");
    }
  }

  /** "approved by acclamation", "adopted, as there were no objections", "rejected". */
  private static String decidedTail(DecisionAct decision) {
    boolean approved = decision.outcome() == io.github.mispa.procedure.Outcome.APPROVED;
    String verb =
        decision instanceof Adoption
            ? (approved ? "adopted" : "not adopted")
            : (approved ? "approved" : "rejected");
    return verb + Sentences.how(decision);
  }

  private static void summary(
      StringBuilder out, MeetingRecord record, ProceduralState end, List<String> decisions) {
    out.append("## Summary\n\n");
    if (!decisions.isEmpty()) {
      out.append("**Decisions.**\n\n");
      for (String decision : decisions) {
        out.append("- ").append(decision).append('\n');
      }
      out.append('\n');
    }
    if (!end.adoptedDocuments().isEmpty()) {
      out.append("**Documents adopted.**\n\n");
      for (String id : end.adoptedDocuments()) {
        record
            .document(id)
            .map(Sentences::documentLine)
            .ifPresent(line -> out.append("- ").append(line).append('\n'));
      }
      out.append('\n');
    }
    for (Map.Entry<Edition, String> offer : end.acceptedOffers().entrySet()) {
      String host =
          end.motion(offer.getValue())
              .flatMap(m -> m.sponsor())
              .flatMap(record::participant)
              .map(p -> Markdown.text(p.name()))
              .orElse("?");
      out.append("**Next meeting.** ")
          .append(Markdown.text(record.meeting().series().code()))
          .append(' ')
          .append(offer.getKey())
          .append(", hosted by ")
          .append(host)
          .append(".\n\n");
    }
    if (!record.sources().isEmpty()) {
      out.append("**Sources of facts not in the rapporteur’s account.**\n\n");
      for (Source source : record.sources()) {
        out.append("- ")
            .append(Names.capitalize(Markdown.text(source.about())))
            .append(": ")
            .append(Sentences.ended(Markdown.text(source.citation())))
            .append('\n');
      }
      out.append('\n');
    }
  }

  private static String sessionTitle(Session session) {
    return session
        .title()
        .map(Markdown::text)
        .orElse(Names.capitalize(session.kind().name().toLowerCase(Locale.ROOT)) + " session");
  }

  private static String ordinal(Edition edition) {
    int n = edition.number();
    if (n < ORDINALS.length) {
      return ORDINALS[n];
    }
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  private static String dates(LocalDate start, LocalDate end) {
    if (start.equals(end)) {
      return start.format(DAY_MONTH_YEAR);
    }
    if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
      return start.getDayOfMonth() + "–" + end.format(DAY_MONTH_YEAR);
    }
    if (start.getYear() == end.getYear()) {
      return start.format(DAY_MONTH) + " – " + end.format(DAY_MONTH_YEAR);
    }
    return start.format(DAY_MONTH_YEAR) + " – " + end.format(DAY_MONTH_YEAR);
  }
}
