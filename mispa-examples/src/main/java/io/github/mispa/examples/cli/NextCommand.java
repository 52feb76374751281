package io.github.mispa.examples.cli;

import io.github.mispa.model.GrammaticalGender;
import io.github.mispa.model.Participant;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
import io.github.mispa.report.FindingText;
import io.github.mispa.rules.DocumentToAdopt;
import io.github.mispa.rules.Eligibility;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.LiveMeeting;
import io.github.mispa.rules.LiveStep;
import io.github.mispa.rules.OfficeToFill;
import io.github.mispa.rules.Outlook;
import io.github.mispa.rules.PendingMotion;
import io.github.mispa.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mispa next FILE [--at LOCATION]}: what may happen next at a point of a record. */
@Command(
    name = "next",
    mixinStandardHelpOptions = true,
    description = {
      "Takes the record as a meeting in progress, just before the act at LOCATION (or after its"
          + " last act), and prints what may happen next: who presides, whether the agenda is"
          + " adopted, the offices to fill, the pending motions with who may second, support,"
          + " amend or object to each and the votes that would carry it, and the documents to"
          + " adopt. With --at, it also says whether the act recorded there would be void or"
          + " irregular if it were recorded now, and why.",
      "Who may act is found by checking each participant's act under the rule set, as if it were"
          + " recorded now."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:what may happen next is printed (and the act at LOCATION would be clean)",
      "1:the act at LOCATION would be void or irregular",
      "2:the file cannot be read, is not a record, or has no act at LOCATION"
    })
final class NextCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "A record in the wire format: a regular file, or - for standard input.")
  private Path file;

  @Option(
      names = "--at",
      paramLabel = "LOCATION",
      converter = StateCommand.LocationConverter.class,
      description =
          "The act before which to look, such as 2.a#18 (the locations that validate prints);"
              + " after the record's last act if absent.")
  private @Nullable ActLocation at;

  @Option(
      names = "--rules",
      paramLabel = "NAME",
      defaultValue = "mispa",
      converter = Mispa.RuleSetConverter.class,
      completionCandidates = Mispa.RuleSetNames.class,
      description = "The rule set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private RuleSet rules;

  @Mixin private LanguageOption lang = new LanguageOption();

  @Override
  public Integer call() {
    MeetingRecord record = RecordFiles.read(file, Mispa.standardInput(spec));
    PrintWriter out = spec.commandLine().getOut();
    NextText text = new NextText(ToolText.in(lang.language()), record);
    ActLocation location = at;
    if (location == null) {
      LiveMeeting live = LiveMeeting.start(record, rules);
      String where =
          record.acts().isEmpty()
              ? text.format("next.where", "where", "first", "ruleSet", rules.name())
              : text.format(
                  "next.where",
                  "where",
                  "last",
                  "location",
                  record.acts().get(record.acts().size() - 1).location().toString(),
                  "ruleSet",
                  rules.name());
      print(out, live, where, text);
      return Mispa.EXIT_OK;
    }
    Optional<RecordedAct> act = record.act(location);
    if (act.isEmpty()) {
      throw new BadInputException(
          RecordFiles.name(file) + ": the record has no act at " + location);
    }
    LiveMeeting live = LiveMeeting.before(record, location, rules);
    print(
        out,
        live,
        text.format(
            "next.where", "where", "at", "location", location.toString(), "ruleSet", rules.name()),
        text);
    LiveStep tried = live.dryRun(act.get().act());
    List<Finding> findings = tried.findings();
    Terminal.println(
        out,
        text.format(
            "next.tried",
            "location",
            location.toString(),
            "act",
            text.describe(act.get().act()),
            "verdict",
            tried.isVoid() ? "void" : tried.isClean() ? "clean" : "irregular",
            "hasFindings",
            findings.isEmpty() ? "no" : "yes"));
    FindingText findingText = FindingText.in(text.language());
    for (Finding finding : findings) {
      // In English as the finding says itself; in another language as validate prints a finding.
      Terminal.println(
          out,
          "  "
              + (text.english()
                  ? finding.toString()
                  : finding.location()
                      + " "
                      + findingText.kind(finding.kind())
                      + " "
                      + finding.ruleId()
                      + " ("
                      + finding.citation()
                      + "): "
                      + findingText.marked(finding, record)));
    }
    return tried.isClean() ? Mispa.EXIT_OK : Mispa.EXIT_FINDINGS;
  }

  private void print(PrintWriter out, LiveMeeting live, String where, NextText text) {
    MeetingRecord record = live.record();
    Outlook next = live.outlook();
    Terminal.println(out, where);
    Terminal.println(out, place(live, text));
    Terminal.println(
        out,
        text.format(
            "next.presiding",
            "person",
            next.presidingOfficer()
                .map(p -> StateCommand.person(record, p))
                .orElse(text.format("next.notKnown"))));
    Terminal.println(
        out, text.format("next.agenda", "adopted", next.agendaAdopted() ? "yes" : "no"));
    Terminal.println(
        out,
        text.format(
            "next.pointOfOrder",
            "point",
            next.pointOfOrderAwaitingRuling()
                .map(
                    id ->
                        record
                            .act(id)
                            .map(a -> a.location() + " \"" + id + "\"")
                            .orElse("\"" + id + "\""))
                .orElse(text.format("next.pointOfOrder.none"))));
    LocalDate day = live.session().flatMap(Session::date).orElse(record.meeting().startDate());
    Terminal.println(out, text.format("next.memberStates", "base", text.base(rules.base(), day)));
    List<String> offices = new ArrayList<>();
    for (OfficeToFill office : next.officesToFill()) {
      offices.add(
          text.format(
              "next.office",
              // Nobody holds the seats to fill: the title in its unmarked (masculine) form.
              "office",
              office.office().title(text.language(), GrammaticalGender.MASCULINE),
              "open",
              office.open(),
              "seats",
              office.seats(),
              "hasNominations",
              office.nominations().isEmpty() ? "no" : "yes",
              "nominations",
              String.join(
                  ", ",
                  office.nominations().stream()
                      .map(m -> m.location() + " " + text.nominee(m.act()))
                      .toList()),
              "vote",
              text.vote(office.vote())));
    }
    list(out, text, "next.offices", offices);
    Deciders deciders = Deciders.of(live, text);
    Terminal.println(
        out, text.format("next.pending", "empty", next.pendingMotions().isEmpty() ? "yes" : "no"));
    for (PendingMotion motion : next.pendingMotions()) {
      Terminal.println(out, "  " + text.motion(motion.motion()));
      if (next.nextLocation().isEmpty()) {
        Terminal.println(out, "    " + text.format("next.noItem"));
      } else {
        for (String line : whoMay(motion, deciders, text)) {
          Terminal.println(out, "    " + line);
        }
      }
      Terminal.println(out, "    " + text.format("next.carried", "vote", text.vote(motion.vote())));
    }
    List<String> documents = new ArrayList<>();
    for (DocumentToAdopt document : next.documentsToAdopt()) {
      documents.add(
          text.format(
              "next.document",
              "document",
              text.document(document.document()),
              "vote",
              text.vote(document.vote())));
    }
    list(out, text, "next.documents", documents);
  }

  /**
   * Prints the heading of {@code key}, which says "none" where {@code lines} is empty, and them.
   */
  private static void list(PrintWriter out, NextText text, String key, List<String> lines) {
    Terminal.println(out, text.format(key, "empty", lines.isEmpty() ? "yes" : "no"));
    for (String line : lines) {
      Terminal.println(out, "  " + line);
    }
  }

  /**
   * The session and item open, such as {@code Session: 2, opening (Opening session); item 2.a,
   * ...}: the kind of session in the language ("sesión de apertura"; in English, as the tool always
   * wrote it, "opening"), the session's title and the item's as the record gives them.
   */
  private static String place(LiveMeeting live, NextText text) {
    Optional<Session> session = live.session();
    if (session.isEmpty()) {
      return text.format("next.session", "open", "no");
    }
    Session s = session.get();
    Optional<AgendaItem> item = live.item();
    return text.format(
        "next.session",
        "open",
        "yes",
        "number",
        String.valueOf(s.number()),
        "kind",
        text.english() ? s.kind().name().toLowerCase(Locale.ROOT) : s.kind().noun(text.language()),
        "title",
        s.title().map(t -> " (" + t + ")").orElse(""),
        "hasItem",
        item.isPresent() ? "yes" : "no",
        "item",
        item.map(AgendaItem::number).orElse(""),
        "itemTitle",
        item.map(AgendaItem::title).orElse(""));
  }

  /**
   * Who may second, support, amend or object, a line for each different answer: "may support, amend
   * or object: every delegation that may decide (23)".
   */
  private static List<String> whoMay(PendingMotion motion, Deciders deciders, NextText text) {
    String gender = text.gender(motion.motion().act().kind());
    Map<List<String>, List<String>> verbs = new LinkedHashMap<>();
    verbs.computeIfAbsent(motion.maySecond(), k -> new ArrayList<>()).add("second");
    verbs.computeIfAbsent(motion.maySupport(), k -> new ArrayList<>()).add("support");
    boolean amendable =
        motion.motion().act() instanceof Proposal || motion.motion().act() instanceof Amendment;
    if (amendable) {
      verbs.computeIfAbsent(motion.mayAmend(), k -> new ArrayList<>()).add("amend");
    }
    verbs.computeIfAbsent(motion.mayObject(), k -> new ArrayList<>()).add("object");
    List<String> lines = new ArrayList<>();
    for (Map.Entry<List<String>, List<String>> entry : verbs.entrySet()) {
      // The verbs agree with the motion's noun where a pronoun stands for it: "secundarla".
      List<String> words =
          entry.getValue().stream()
              .map(verb -> text.format("next.verb", "verb", verb, "gender", gender))
              .toList();
      lines.add(
          text.format(
              "next.may", "verbs", text.or(words), "who", deciders.describe(entry.getKey())));
    }
    return lines;
  }

  /**
   * The participants that may decide on the day of the current session, against which a list of who
   * may act is told most briefly: "every delegation that may decide (23) but Peru".
   */
  private record Deciders(NextText text, List<String> ids) {
    static Deciders of(LiveMeeting live, NextText text) {
      MeetingRecord record = live.record();
      LocalDate day = live.session().flatMap(Session::date).orElse(record.meeting().startDate());
      List<String> ids = new ArrayList<>();
      for (Participant p : record.participants()) {
        if (Eligibility.of(Optional.of(p), day, live.ruleSet().disputedStanding())
            == Eligibility.ELIGIBLE) {
          ids.add(p.id());
        }
      }
      return new Deciders(text, ids);
    }

    String describe(List<String> who) {
      if (who.isEmpty()) {
        return text.format("next.nobody");
      }
      String every = text.format("next.everyone", "count", ids.size());
      if (who.equals(ids)) {
        return every;
      }
      List<String> missing = ids.stream().filter(id -> !who.contains(id)).toList();
      if (ids.containsAll(who) && missing.size() <= 5) {
        return text.format("next.but", "everyone", every, "names", text.names(missing));
      }
      return text.names(who);
    }
  }
}
