package io.github.mispa.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.Office;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.Adoption;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.Decision;
import io.github.mispa.procedure.DecisionAct;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Reading;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Shape;
import io.github.mispa.procedure.Source;
import io.github.mispa.procedure.Support;
import io.github.mispa.procedure.ValueType;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
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

  private RapporteurReport(Verdict verdict, boolean findings, boolean locations) {
    this.verdict = verdict;
    this.findings = findings;
    this.locations = locations;
  }

  /**
   * {@return the report of a record checked under a rule set, whose final state names the officers}
   */
  public static RapporteurReport of(Verdict verdict) {
    return new RapporteurReport(requireNonNull(verdict, "verdict"), false, false);
  }

  /** {@return the report of a record, checked under the {@code mispa} rule set} */
  public static RapporteurReport of(MeetingRecord record) {
    return of(RuleSets.mispa().check(requireNonNull(record, "record")));
  }

  /** {@return this report with the findings of the check appended as a last section} */
  public RapporteurReport withFindings() {
    return new RapporteurReport(verdict, true, locations);
  }

  /**
   * {@return this report with each paragraph followed by the locations of its acts, in an HTML
   * comment that Markdown viewers do not show ({@code <!-- 2.a#3 -->})}
   */
  public RapporteurReport withLocations() {
    return new RapporteurReport(verdict, findings, true);
  }

  /** {@return the report in Markdown} */
  public String render() {
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
      findings(out);
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
  private static void documentsNamedBy(Act act, Set<String> ids) {
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
   * or a seconding with the decision that follows it. Returns where the next paragraph starts.
   */
  private int paragraph(
      StringBuilder out,
      List<RecordedAct> acts,
      int from,
      int end,
      Sentences sentences,
      List<String> decisions) {
    Act first = acts.get(from).act();
    int next = from + 1;
    String text;
    if (first instanceof Support support && groupable(support)) {
      List<String> supporters = new ArrayList<>();
      supporters.add(support.by().orElseThrow());
      while (next < end
          && acts.get(next).act() instanceof Support more
          && groupable(more)
          && more.of().equals(support.of())
          && more.summary().equals(support.summary())) {
        supporters.add(more.by().orElseThrow());
        next++;
      }
      String subject = sentences.names().delegations(supporters);
      text =
          supporters.size() > 1
              ? Names.capitalize(
                  subject
                      + " "
                      + support
                          .summary()
                          .map(s -> Sentences.prose(Sentences.paragraphs(s)))
                          .orElse("supported " + sentences.motionNoun(support.of()) + "."))
              : sentences.of(first);
    } else if (first instanceof Amendment amendment && groupable(amendment)) {
      List<String> movers = new ArrayList<>();
      movers.add(amendment.by().orElseThrow());
      while (next < end
          && acts.get(next).act() instanceof Amendment more
          && groupable(more)
          && more.proposal().equals(amendment.proposal())
          && more.document().equals(amendment.document())
          && more.change() == amendment.change()
          && more.text().equals(amendment.text())) {
        movers.add(more.by().orElseThrow());
        next++;
      }
      text =
          movers.size() > 1
              ? Names.capitalize(
                  sentences.names().delegations(movers)
                      + " proposed "
                      + sentences.amendmentText(amendment)
                      + ".")
              : sentences.of(first);
    } else if (first instanceof Seconding seconding
        && next < end
        && acts.get(next).act() instanceof Decision decision
        && decision.on().equals(List.of(seconding.of()))
        && decision.incorporating().isEmpty()
        && decision.summary().isEmpty()) {
      String decided = sentences.of(decision);
      String seconded = sentences.of(seconding);
      text =
          seconded.substring(0, seconded.length() - 1)
              + ", which was "
              + decidedTail(decision)
              + ".";
      decisions.add(decided);
      next++;
    } else if (first instanceof Reading reading
        && next < end
        && acts.get(next).act() instanceof Adoption adoption
        && adoption.documents().equals(List.of(reading.document()))
        && adoption.summary().isEmpty()) {
      String adopted = sentences.of(adoption);
      String read = sentences.of(reading);
      text = read.substring(0, read.length() - 1) + ", which was " + decidedTail(adoption) + ".";
      decisions.add(adopted);
      next++;
    } else {
      text = sentences.of(first);
      if (first instanceof DecisionAct) {
        decisions.add(text);
      }
    }
    out.append(text);
    if (locations) {
      out.append(" <!--");
      for (int i = from; i < next; i++) {
        out.append(' ').append(acts.get(i).location());
      }
      out.append(" -->");
    }
    out.append("\n\n");
    return next;
  }

  /** A support that a sentence can name among others: by a delegation alone. */
  private static boolean groupable(Support support) {
    return support.by().isPresent() && support.person().isEmpty();
  }

  /** An amendment that a sentence can name among others: by a delegation alone, unsummarized. */
  private static boolean groupable(Amendment amendment) {
    return amendment.by().isPresent()
        && amendment.person().isEmpty()
        && amendment.cosponsors().isEmpty()
        && amendment.summary().isEmpty();
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

  private void findings(StringBuilder out) {
    out.append("## Findings under the “")
        .append(Markdown.text(verdict.ruleSet().name()))
        .append("” rules\n\n");
    List<Finding> breaches =
        verdict.findings().stream().filter(f -> f.kind() != FindingKind.UNDETERMINED).toList();
    if (breaches.isEmpty()) {
      out.append("The record is clean: no act is void or irregular.\n\n");
    } else {
      // Findings that say the same thing are one item, with their acts.
      for (FindingGroup group : FindingGroup.of(breaches)) {
        out.append("- ")
            .append(group.locations(FindingGroup.LOCATIONS_SHOWN))
            .append(", ")
            .append(group.kind().name().toLowerCase(Locale.ROOT))
            .append(", `")
            .append(group.ruleId())
            .append("` (")
            .append(group.citation())
            .append(group.size() == 1 ? "): " : "), " + group.size() + " findings: ")
            .append(Markdown.text(group.message()))
            .append('\n');
      }
      out.append('\n');
    }
    Map<String, Collection<Finding>> undetermined = verdict.undeterminedByRule().asMap();
    if (!undetermined.isEmpty()) {
      out.append("Undetermined, for lack of information in the record:\n\n");
      for (Map.Entry<String, Collection<Finding>> rule : undetermined.entrySet()) {
        Finding first = rule.getValue().iterator().next();
        // Acts with the same message on one line: a rule's messages differ (by session, say).
        List<FindingGroup> groups = FindingGroup.of(rule.getValue());
        out.append("- `")
            .append(rule.getKey())
            .append("` (")
            .append(first.citation())
            .append("), at ")
            .append(FindingGroup.actsIn(groups))
            .append(":\n");
        for (FindingGroup group : groups) {
          out.append("  - ")
              .append(group.locations(FindingGroup.LOCATIONS_SHOWN))
              .append(": ")
              .append(Markdown.text(group.message()))
              .append('\n');
        }
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
