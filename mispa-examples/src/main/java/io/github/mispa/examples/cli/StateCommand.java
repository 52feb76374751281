package io.github.mispa.examples.cli;

import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.model.Edition;
import io.github.mispa.model.GrammaticalGender;
import io.github.mispa.model.Office;
import io.github.mispa.model.OfficialLanguage;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
import io.github.mispa.rules.DocumentStatus;
import io.github.mispa.rules.MajorityRule;
import io.github.mispa.rules.Matter;
import io.github.mispa.rules.MotionState;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Threshold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mispa state FILE --at LOCATION}: the procedural state before an act. */
@Command(
    name = "state",
    mixinStandardHelpOptions = true,
    description = {
      "Replays the record up to an act and prints what is known just before it: the session, who"
          + " presides, the officers, whether the agenda is adopted, the pending motions, the"
          + " adopted, rejected and draft documents, the accepted hosting offers and any point of"
          + " order awaiting a ruling. Void acts before it have had no effect."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the state is printed",
      "2:the file cannot be read, is not a record, or has no act at LOCATION"
    })
final class StateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "A record in the wire format: a regular file, or - for standard input.")
  private Path file;

  @Option(
      names = "--at",
      required = true,
      paramLabel = "LOCATION",
      converter = LocationConverter.class,
      description =
          "The act: its agenda item, '#' and its place in the item from 1, such as 2.a#18 (the"
              + " locations that validate prints).")
  private ActLocation at;

  @Option(
      names = "--rules",
      paramLabel = "NAME",
      defaultValue = "mispa",
      converter = Mispa.RuleSetConverter.class,
      completionCandidates = Mispa.RuleSetNames.class,
      description = "The rule set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private RuleSet rules;

  @Mixin private LanguageOption lang = new LanguageOption();

  /**
   * The offices to list: the chair, the vice chairs (of the ranks the record elects, or a plain
   * Vice Chair), the rapporteur.
   */
  private static List<Office> offices(MeetingRecord record) {
    EnumSet<Office> nominated = EnumSet.noneOf(Office.class);
    for (RecordedAct act : record.acts()) {
      if (act.act() instanceof io.github.mispa.procedure.Nomination nomination) {
        nominated.add(nomination.office());
      }
    }
    List<Office> offices = new ArrayList<>();
    for (Office office : Office.values()) {
      boolean ranked = office == Office.FIRST_VICE_CHAIR || office == Office.SECOND_VICE_CHAIR;
      boolean anyRanked =
          nominated.contains(Office.FIRST_VICE_CHAIR)
              || nominated.contains(Office.SECOND_VICE_CHAIR);
      if (ranked
          ? nominated.contains(office)
          : office != Office.VICE_CHAIR || !anyRanked || nominated.contains(office)) {
        offices.add(office);
      }
    }
    return offices;
  }

  @Override
  public Integer call() {
    MeetingRecord record = RecordFiles.read(file, Mispa.standardInput(spec));
    Optional<RecordedAct> act = record.act(at);
    if (act.isEmpty()) {
      throw new BadInputException(RecordFiles.name(file) + ": the record has no act at " + at);
    }
    print(
        spec.commandLine().getOut(),
        rules.stateBefore(record, at),
        act.get(),
        ToolText.in(lang.language()));
    return Mispa.EXIT_OK;
  }

  /**
   * Prints the state in the tool's language: its labels, the offices' titles and the kind of
   * session; names, titles and descriptions as the record gives them.
   */
  private static void print(
      PrintWriter out, ProceduralState state, RecordedAct next, ToolText tool) {
    MeetingRecord record = state.record();
    OfficialLanguage language = tool.language();
    String notKnown = tool.format("state.notKnown");
    Terminal.println(
        out,
        tool.format(
            "state.before",
            "location",
            next.location().toString(),
            "act",
            describe(record, next.act()),
            "ruleSet",
            state.ruleSet().name()));
    Session session = next.session();
    Terminal.println(
        out,
        tool.format(
            "state.session",
            "number",
            String.valueOf(session.number()),
            "kind",
            language == OfficialLanguage.ENGLISH
                ? session.kind().name().toLowerCase(Locale.ROOT)
                : session.kind().noun(language),
            "title",
            session.title().map(t -> " (" + t + ")").orElse(""),
            "item",
            next.item().number(),
            "itemTitle",
            next.item().title()));
    Terminal.println(
        out,
        tool.format(
            "state.presiding",
            "person",
            state.presidingOfficer().map(p -> person(record, p)).orElse(notKnown)));
    if (!state.chairElected()) {
      Terminal.println(
          out,
          tool.format(
              "state.provisional",
              "person",
              state.provisionalPresident().map(p -> person(record, p)).orElse(notKnown)));
    }
    Terminal.println(
        out,
        tool.format("state.memberStates", "base", state.ruleSet().base().describe(next.date())));
    int memberStates = state.ruleSet().base().count(next.date());
    Terminal.println(out, tool.format("state.majorities"));
    for (Map.Entry<Matter, MajorityRule> majority : state.ruleSet().majorities().entrySet()) {
      Terminal.println(
          out,
          "  "
              + majority.getKey().describe()
              + ": "
              + majority(majority.getValue().threshold(), memberStates)
              + " ("
              + majority.getValue().source()
              + ")");
    }
    Terminal.println(out, tool.format("state.officers"));
    for (Office office : offices(record)) {
      List<String> holders = state.holders(office);
      // The title agrees with a single holder's form of address; the unmarked form otherwise.
      GrammaticalGender gender =
          holders.size() == 1
              ? record
                  .person(holders.get(0))
                  .map(StateCommand::gender)
                  .orElse(GrammaticalGender.MASCULINE)
              : GrammaticalGender.MASCULINE;
      Terminal.println(
          out,
          "  "
              + tool.format(
                  "state.officer",
                  "office",
                  office.title(language, gender),
                  "holders",
                  holders.isEmpty()
                      ? tool.format("state.none")
                      : String.join("; ", holders.stream().map(p -> person(record, p)).toList())));
    }
    Terminal.println(
        out, tool.format("state.agenda", "adopted", state.agendaAdopted() ? "yes" : "no"));
    List<String> pending = new ArrayList<>();
    for (RecordedAct earlier : record.acts()) {
      if (earlier.location().compareTo(next.location()) >= 0) {
        break;
      }
      earlier
          .act()
          .id()
          .flatMap(state::motion)
          .filter(MotionState::isPending)
          .ifPresent(m -> pending.add(motion(record, m)));
    }
    list(out, tool, "state.pending", pending);
    List<String> adopted = new ArrayList<>();
    for (String id : state.adoptedDocuments()) {
      adopted.add(document(record.document(id).orElseThrow()));
    }
    list(out, tool, "state.adopted", adopted);
    List<String> rejected = new ArrayList<>();
    List<String> drafts = new ArrayList<>();
    for (Document d : record.documents()) {
      DocumentStatus status = state.document(d.id());
      if (status == DocumentStatus.REJECTED) {
        rejected.add(document(d));
      } else if (status == DocumentStatus.DRAFT && d.documentClass() != DocumentClass.INFORMATION) {
        drafts.add(document(d));
      }
    }
    list(out, tool, "state.rejected", rejected);
    list(out, tool, "state.drafts", drafts);
    List<String> offers = new ArrayList<>();
    for (Map.Entry<Edition, String> offer : state.acceptedOffers().entrySet()) {
      String host =
          state
              .motion(offer.getValue())
              .map(m -> actor(record, m.act()))
              .orElse("offer \"" + offer.getValue() + "\"");
      offers.add(record.meeting().series().code() + " " + offer.getKey() + ": " + host);
    }
    list(out, tool, "state.offers", offers);
    Terminal.println(
        out,
        tool.format(
            "state.pointOfOrder",
            "point",
            state
                .pointOfOrderAwaitingRuling()
                .map(id -> record.act(id).map(a -> a.location() + " \"" + id + "\"").orElse(id))
                .orElse(tool.format("state.none"))));
  }

  /**
   * A majority in words: "two-thirds of the 34 member states, 23 votes", or, where its base is
   * known only at the vote, "a majority of those present and voting".
   */
  static String majority(Threshold threshold, int memberStates) {
    if (threshold.base() == Threshold.Base.MEMBER_STATES) {
      return threshold.describe(memberStates)
          + ", "
          + threshold.requiredVotes(memberStates)
          + " votes";
    }
    return threshold.describe();
  }

  /** The gender a form of address shows ("Ms." feminine); masculine, unmarked, otherwise. */
  private static GrammaticalGender gender(io.github.mispa.model.Person person) {
    String honorific = person.honorific().map(h -> h.toLowerCase(Locale.ROOT)).orElse("");
    return honorific.startsWith("ms") || honorific.startsWith("mrs")
        ? GrammaticalGender.FEMININE
        : GrammaticalGender.MASCULINE;
  }

  private static void list(PrintWriter out, ToolText tool, String key, List<String> lines) {
    String heading = tool.format(key);
    // French sets a colon apart with a space; the state's labels say how by their own colon.
    String colon = tool.format("state.officers").endsWith("\u00a0:") ? "\u00a0:" : ":";
    if (lines.isEmpty()) {
      Terminal.println(out, heading + colon + " " + tool.format("state.none"));
      return;
    }
    Terminal.println(out, heading + colon);
    for (String line : lines) {
      Terminal.println(out, "  " + line);
    }
  }

  static String motion(MeetingRecord record, MotionState m) {
    StringBuilder text =
        new StringBuilder()
            .append(m.location())
            .append(' ')
            .append(m.act().kind())
            .append(m.act().id().map(id -> " \"" + id + "\"").orElse(""))
            .append(" by ")
            .append(actor(record, m.act()));
    if (!m.seconders().isEmpty()) {
      text.append("; seconded by ").append(delegations(record, m.seconders()));
    }
    if (!m.supporters().isEmpty()) {
      text.append("; supported by ").append(delegations(record, m.supporters()));
    }
    if (!m.objectors().isEmpty()) {
      text.append("; objected to by ").append(delegations(record, m.objectors()));
    }
    return text.toString();
  }

  static String describe(MeetingRecord record, Act act) {
    return act.kind()
        + act.id().map(id -> " \"" + id + "\"").orElse("")
        + " by "
        + actor(record, act);
  }

  /** The delegation that acted, or the person, or "the meeting" for a decision of the plenary. */
  static String actor(MeetingRecord record, Act act) {
    if (act.person().isPresent()) {
      return record.person(act.person().get()).map(p -> p.name()).orElse(act.person().get());
    }
    if (act.by().isPresent()) {
      return record.participant(act.by().get()).map(p -> p.name()).orElse(act.by().get());
    }
    return "the meeting";
  }

  static String delegations(MeetingRecord record, List<String> ids) {
    return String.join(
        ", ",
        ids.stream().map(id -> record.participant(id).map(p -> p.name()).orElse(id)).toList());
  }

  static String person(MeetingRecord record, String id) {
    return record.person(id).map(p -> p.displayName()).orElse(id);
  }

  static String document(Document d) {
    return d.symbol()
        .map(s -> d.name().equals(s.toString()) ? s.toString() : s + " " + d.name())
        .orElse(d.name());
  }

  /** Converts {@code --at 2.a#18} to a location. */
  static final class LocationConverter implements CommandLine.ITypeConverter<ActLocation> {
    @Override
    public ActLocation convert(String text) {
      try {
        return ActLocation.parse(text);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(String.valueOf(e.getMessage()));
      }
    }
  }
}
