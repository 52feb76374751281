package io.github.mispa.examples;

import io.github.mispa.model.Participant;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.Seconding;
import io.github.mispa.procedure.Session;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.LiveMeeting;
import io.github.mispa.rules.LiveStep;
import io.github.mispa.rules.OfficeToFill;
import io.github.mispa.rules.Outlook;
import io.github.mispa.rules.PendingMotion;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MISPA V replayed live, as a secretariat console would follow it: the meeting starts from its
 * participants, persons and documents; sessions and items are opened as the chair opens them; each
 * act is applied as it happens, and the console shows whether it stands and what may happen next:
 * who presides, the offices to fill, the motions pending with how many may second each and the
 * votes that would carry it.
 *
 * <p>Once, before the Vice Chair's nomination is seconded, the console tries Costa Rica's seconding
 * of its own nomination first: the rules find it void, and it is refused, so the meeting goes on as
 * it was. At the end the live meeting's record is the MISPA V record and its findings are those of
 * the whole check.
 */
public final class LiveMispaVExample {
  private static final RuleSet RULES = RuleSets.mispa();

  private LiveMispaVExample() {}

  /** Prints the console to standard output. */
  public static void main(String[] args) {
    print(MispaV.record(), System.out);
  }

  /** Replays {@code record} live and prints, at each act, what the console shows. */
  static void print(MeetingRecord record, PrintStream out) {
    LiveMeeting live = LiveMeeting.start(record.toBuilder().sessions(List.of()).build(), RULES);
    out.println(live.record().meeting().name() + ", live under " + RULES.name());
    for (Session session : record.sessions()) {
      live = live.openSession(session.toBuilder().items(List.of()).build());
      out.println();
      out.println(
          "Session "
              + session.number()
              + ", "
              + session.kind().name().toLowerCase(Locale.ROOT)
              + session.title().map(t -> ": " + t).orElse(""));
      for (AgendaItem item : session.items()) {
        live = live.openItem(item.toBuilder().acts(List.of()).build());
        out.println("  Item " + item.number() + ". " + item.title());
        for (Act act : item.acts()) {
          if (act instanceof Seconding seconding
              && seconding.of().equals(MispaV.NOMINATION_OF_VICE_CHAIR)) {
            tryFirst(live, Seconding.builder().by("CRI").of(seconding.of()).build(), out);
          }
          LiveStep step = live.apply(act);
          live = step.after();
          show(step, out);
        }
      }
    }
    out.println();
    out.println(
        "Done: "
            + live.record().acts().size()
            + " acts; the record is MISPA V's: "
            + live.record().equals(record)
            + "; findings as the whole check's: "
            + live.findings().equals(RULES.check(record).findings())
            + "; clean: "
            + live.isClean());
  }

  /** Tries {@code act}, refusing it if it is void: the meeting does not change. */
  private static void tryFirst(LiveMeeting live, Act act, PrintStream out) {
    LiveStep tried = live.apply(act, LiveMeeting.IfVoid.REFUSE);
    out.println("    " + line(tried));
    findings(tried, out);
  }

  private static void findings(LiveStep step, PrintStream out) {
    for (Finding finding : step.findings()) {
      out.println(
          "      " + finding.kind().name().toLowerCase(Locale.ROOT) + ": " + finding.message());
    }
  }

  /** The act and how it stands, then what may happen next. */
  private static void show(LiveStep step, PrintStream out) {
    out.println("    " + line(step));
    findings(step, out);
    LiveMeeting live = step.after();
    Outlook next = live.outlook();
    MeetingRecord record = live.record();
    List<String> status = new ArrayList<>();
    status.add(
        "presiding "
            + next.presidingOfficer()
                .flatMap(record::person)
                .map(p -> p.name())
                .orElse("(not known)"));
    status.add(next.agendaAdopted() ? "agenda adopted" : "agenda not adopted");
    List<String> offices = new ArrayList<>();
    for (OfficeToFill office : next.officesToFill()) {
      offices.add(office.office().title() + " " + office.open() + "/" + office.seats());
    }
    status.add(offices.isEmpty() ? "no office to fill" : "to fill: " + String.join(", ", offices));
    out.println("      | " + String.join("; ", status));
    for (PendingMotion motion : next.pendingMotions()) {
      out.println(
          "      | pending "
              + motion.motion().location()
              + " "
              + motion.motion().act().kind()
              + ": "
              + motion.maySecond().size()
              + " may second, "
              + motion.mayObject().size()
              + " may object; carried by "
              + (motion.vote().votesToCarry().isPresent()
                  ? motion.vote().votesToCarry().getAsInt() + " votes"
                  : "a vote of " + motion.vote().threshold()));
    }
  }

  /** {@code 2.a#19 seconding by Chile: recorded, clean}. */
  private static String line(LiveStep step) {
    String actor = step.act().actor().map(Participant::name).orElse("the meeting");
    String how = step.isVoid() ? "void" : step.isClean() ? "clean" : "irregular";
    return step.act().location()
        + " "
        + step.act().act().kind()
        + " by "
        + actor
        + ": "
        + (step.recorded() ? "recorded, " : "REFUSED, ")
        + how;
  }
}
