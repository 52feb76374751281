package io.github.mispa.examples.cli;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Amendment;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Proposal;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
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

  @Override
  public Integer call() {
    MeetingRecord record = RecordFiles.read(file, Mispa.standardInput(spec));
    PrintWriter out = spec.commandLine().getOut();
    ActLocation location = at;
    if (location == null) {
      LiveMeeting live = LiveMeeting.start(record, rules);
      String where =
          record.acts().isEmpty()
              ? "Next, before the record's first act"
              : "Next, after "
                  + record.acts().get(record.acts().size() - 1).location()
                  + " (the record's last act)";
      print(out, live, where);
      return Mispa.EXIT_OK;
    }
    Optional<RecordedAct> act = record.act(location);
    if (act.isEmpty()) {
      throw new BadInputException(
          RecordFiles.name(file) + ": the record has no act at " + location);
    }
    LiveMeeting live = LiveMeeting.before(record, location, rules);
    print(out, live, "Next at " + location);
    LiveStep tried = live.dryRun(act.get().act());
    List<Finding> findings = tried.findings();
    String verdict =
        tried.isVoid() ? "void" : tried.isClean() ? "clean" : "irregular (it would stand)";
    Terminal.println(
        out,
        "If recorded now, the act at "
            + location
            + ", "
            + StateCommand.describe(record, act.get().act())
            + ", would be "
            + verdict
            + (findings.isEmpty() ? "." : ":"));
    for (Finding finding : findings) {
      Terminal.println(out, "  " + finding);
    }
    return tried.isClean() ? Mispa.EXIT_OK : Mispa.EXIT_FINDINGS;
  }

  private void print(PrintWriter out, LiveMeeting live, String where) {
    MeetingRecord record = live.record();
    Outlook next = live.outlook();
    Terminal.println(out, where + ", under " + rules.name() + ":");
    Terminal.println(out, "Session: " + place(live));
    Terminal.println(
        out,
        "Presiding: "
            + next.presidingOfficer().map(p -> StateCommand.person(record, p)).orElse("not known"));
    Terminal.println(out, "Agenda: " + (next.agendaAdopted() ? "adopted" : "not adopted"));
    Terminal.println(
        out,
        "Point of order awaiting a ruling: "
            + next.pointOfOrderAwaitingRuling()
                .map(
                    id ->
                        record
                            .act(id)
                            .map(a -> a.location() + " \"" + id + "\"")
                            .orElse("\"" + id + "\""))
                .orElse("none"));
    LocalDate day = live.session().flatMap(Session::date).orElse(record.meeting().startDate());
    Terminal.println(out, "Member states counted: " + rules.base().describe(day));
    List<String> offices = new ArrayList<>();
    for (OfficeToFill office : next.officesToFill()) {
      offices.add(
          office.office().title()
              + ": "
              + office.open()
              + " of "
              + Texts.count(office.seats(), "seat", "seats")
              + " open"
              + ", "
              + (office.nominations().isEmpty()
                  ? "no nomination"
                  : "nominated: "
                      + String.join(
                          ", ",
                          office.nominations().stream()
                              .map(m -> m.location() + " " + nominee(record, m.act()))
                              .toList()))
              + "; elected by "
              + office.vote());
    }
    StateCommand.list(out, "Offices to fill", offices);
    Deciders deciders = Deciders.of(live);
    if (next.pendingMotions().isEmpty()) {
      Terminal.println(out, "Pending motions: none");
    } else {
      Terminal.println(out, "Pending motions:");
      for (PendingMotion motion : next.pendingMotions()) {
        Terminal.println(out, "  " + StateCommand.motion(record, motion.motion()));
        if (next.nextLocation().isEmpty()) {
          Terminal.println(out, "    nobody may act on it before an item is open");
        } else {
          for (String line : whoMay(motion, deciders)) {
            Terminal.println(out, "    " + line);
          }
        }
        Terminal.println(out, "    carried by " + motion.vote());
      }
    }
    List<String> documents = new ArrayList<>();
    for (DocumentToAdopt document : next.documentsToAdopt()) {
      documents.add(StateCommand.document(document.document()) + ": adopted by " + document.vote());
    }
    StateCommand.list(out, "Documents to adopt", documents);
  }

  private static String nominee(MeetingRecord record, io.github.mispa.procedure.Act act) {
    return act instanceof io.github.mispa.procedure.Nomination nomination
        ? record.person(nomination.nominee()).map(p -> p.name()).orElse(nomination.nominee())
        : act.kind().toString();
  }

  /** The session and item open, such as {@code 2, opening (Opening session); item 2.a, ...}. */
  private static String place(LiveMeeting live) {
    Optional<Session> session = live.session();
    if (session.isEmpty()) {
      return "none open";
    }
    Session s = session.get();
    String text =
        s.number()
            + ", "
            + s.kind().name().toLowerCase(Locale.ROOT)
            + s.title().map(t -> " (" + t + ")").orElse("");
    Optional<AgendaItem> item = live.item();
    return text + item.map(i -> "; item " + i.number() + ", " + i.title()).orElse("; no item open");
  }

  /**
   * Who may second, support, amend or object, a line for each different answer: "may support, amend
   * or object: every delegation that may decide (23)".
   */
  private static List<String> whoMay(PendingMotion motion, Deciders deciders) {
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
      lines.add("may " + Texts.or(entry.getValue()) + ": " + deciders.describe(entry.getKey()));
    }
    return lines;
  }

  /**
   * The participants that may decide on the day of the current session, against which a list of who
   * may act is told most briefly: "every delegation that may decide (23) but Peru".
   */
  private record Deciders(MeetingRecord record, List<String> ids) {
    static Deciders of(LiveMeeting live) {
      MeetingRecord record = live.record();
      LocalDate day = live.session().flatMap(Session::date).orElse(record.meeting().startDate());
      List<String> ids = new ArrayList<>();
      for (Participant p : record.participants()) {
        if (Eligibility.of(Optional.of(p), day, live.ruleSet().disputedStanding())
            == Eligibility.ELIGIBLE) {
          ids.add(p.id());
        }
      }
      return new Deciders(record, ids);
    }

    String describe(List<String> who) {
      if (who.isEmpty()) {
        return "nobody";
      }
      String every = "every delegation that may decide (" + ids.size() + ")";
      if (who.equals(ids)) {
        return every;
      }
      List<String> missing = ids.stream().filter(id -> !who.contains(id)).toList();
      if (ids.containsAll(who) && missing.size() <= 5) {
        return every + " but " + Texts.and(names(missing));
      }
      return Texts.and(names(who));
    }

    private List<String> names(List<String> participants) {
      return participants.stream()
          .map(id -> record.participant(id).map(p -> p.name()).orElse(id))
          .toList();
    }
  }
}
