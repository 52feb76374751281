package io.github.mispa.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.reflect.ClassPath;
import io.github.mispa.examples.MispaV;
import io.github.mispa.examples.SyntheticRecords;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentSymbol;
import io.github.mispa.model.DocumentSymbolParseException;
import io.github.mispa.model.Edition;
import io.github.mispa.model.Meeting;
import io.github.mispa.model.MeetingSeries;
import io.github.mispa.model.MemberState;
import io.github.mispa.model.Participant;
import io.github.mispa.model.Person;
import io.github.mispa.model.PreviousMeeting;
import io.github.mispa.model.Standing;
import io.github.mispa.model.StandingChange;
import io.github.mispa.model.Venue;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.Ballot;
import io.github.mispa.procedure.InvalidRecordException;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.RecordProblem;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
import io.github.mispa.procedure.Tally;
import io.github.mispa.procedure.Vote;
import io.github.mispa.rules.Finding;
import io.github.mispa.rules.FindingKind;
import io.github.mispa.rules.Findings;
import io.github.mispa.rules.ProceduralState;
import io.github.mispa.rules.Quorum;
import io.github.mispa.rules.Rule;
import io.github.mispa.rules.RuleSet;
import io.github.mispa.rules.Threshold;
import io.github.mispa.rules.Verdict;
import io.github.mispa.rules.catalogue.RuleSets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public classes of mispa-core, found on the class path, and a sample instance of each, for the
 * API testers of guava-testlib.
 */
public final class ApiSamples {
  /** The packages of mispa-core. */
  public static final Set<String> CORE_PACKAGES =
      Set.of(
          "io.github.mispa.internal",
          "io.github.mispa.model",
          "io.github.mispa.procedure",
          "io.github.mispa.rules",
          "io.github.mispa.rules.catalogue");

  private ApiSamples() {}

  /**
   * Every class of mispa-core that callers can name: public, and nested only in public classes.
   * Test classes and the fixture, compiled into other folders, are left out.
   */
  public static ImmutableList<Class<?>> publicClasses() {
    ClassPath classPath;
    try {
      classPath = ClassPath.from(ApiSamples.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classPath.getAllClasses().stream()
        .filter(c -> CORE_PACKAGES.contains(c.getPackageName()))
        .filter(c -> !c.url().getPath().contains("/test-classes/"))
        .map(ClassPath.ClassInfo::load)
        .filter(ApiSamples::isVisible)
        .sorted(java.util.Comparator.comparing(Class::getName))
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isSynthetic();
  }

  /** The MISPA V record. */
  public static MeetingRecord record() {
    return MispaV.record();
  }

  /**
   * One instance of each type the testers meet as a parameter or a receiver, by type; built from
   * MISPA V and from a synthetic record that has every kind of act.
   */
  public static Map<Class<?>, Object> defaults() {
    MeetingRecord record = MispaV.record();
    Map<Class<?>, Object> defaults = new LinkedHashMap<>();
    defaults.put(MeetingRecord.class, record);
    defaults.put(Meeting.class, record.meeting());
    defaults.put(PreviousMeeting.class, record.meeting().previous().orElseThrow());
    defaults.put(Participant.class, record.participants().get(0));
    defaults.put(Person.class, record.persons().get(0));
    defaults.put(Document.class, record.documents().get(0));
    defaults.put(Session.class, record.sessions().get(0));
    defaults.put(AgendaItem.class, record.sessions().get(0).items().get(0));
    defaults.put(RecordedAct.class, record.acts().get(0));
    defaults.put(Act.class, record.acts().get(0).act());
    defaults.put(ActLocation.class, record.acts().get(0).location());
    defaults.put(DocumentSymbol.class, DocumentSymbol.parse("MISPA V/doc.1/15 rev. 1"));
    defaults.put(Edition.class, Edition.of(5));
    defaults.put(Venue.class, Venue.of("Lima", MemberState.PERU));
    defaults.put(MeetingSeries.class, MeetingSeries.MISPA);
    defaults.put(
        StandingChange.class,
        StandingChange.of(LocalDate.of(2023, 11, 19), Standing.WITHDRAWN, "denunciation"));
    defaults.put(Ballot.class, Ballot.of("PER", Vote.FOR));
    defaults.put(
        io.github.mispa.rules.Message.class,
        io.github.mispa.rules.Message.of("decision.quorum.too-few").withNumber("present", 3));
    defaults.put(Tally.class, Mutations.announced(20, 3, 4));
    defaults.put(io.github.mispa.procedure.Source.class, record.sources().get(0));
    defaults.put(RecordProblem.class, RecordProblem.of("/sessions/0", "a problem"));
    defaults.put(RuleSet.class, RuleSets.mispa());
    defaults.put(Rule.class, RuleSets.mispa().rules().get(0));
    defaults.put(Threshold.class, Threshold.TWO_THIRDS);
    defaults.put(Quorum.class, Quorum.MAJORITY);
    defaults.put(
        io.github.mispa.rules.MajorityRule.class,
        RuleSets.mispa().majority(io.github.mispa.rules.Matter.AGENDA));
    defaults.put(
        io.github.mispa.rules.MembershipBase.class, io.github.mispa.rules.MembershipBase.OAS);
    defaults.put(
        Finding.class,
        Finding.of(
            "vote.tally",
            FindingKind.VOID,
            "OAS Charter",
            ActLocation.parse("2.a#3"),
            "/sessions/1/items/0/acts/2",
            "a message"));
    defaults.put(
        ProceduralState.class,
        RuleSets.mispa().stateBefore(record, record.acts().get(0).location()));
    defaults.put(
        Findings.class, Findings.forAct(RuleSets.mispa().rules().get(0), record.acts().get(0)));
    // A language as internal checks take it, an enum of no type of their own.
    defaults.put(Enum.class, io.github.mispa.model.OfficialLanguage.ENGLISH);
    defaults.put(LocalDate.class, record.meeting().startDate());
    defaults.put(LocalDateTime.class, record.meeting().startDate().atTime(9, 0));
    return defaults;
  }

  /**
   * Instances of the public classes, to call their instance methods on: value types, builders,
   * every kind of act, the results of a check, the rules of the catalogue.
   */
  public static List<Object> instances() {
    MeetingRecord record = MispaV.record();
    MeetingRecord synthetic = SyntheticRecords.generate(Theories.SEED, 400);
    Verdict verdict = RuleSets.mispa().check(record);
    ProceduralState state = verdict.finalState();
    ImmutableList.Builder<Object> instances = ImmutableList.builder();
    defaults().values().stream()
        .filter(v -> v.getClass().getName().startsWith("io.github.mispa."))
        .forEach(instances::add);
    instances.add(invalidRecordException(), documentSymbolParseException());
    instances.add(verdict, state, state.motion(MispaV.HONDURAS_OFFER).orElseThrow());
    instances.add(
        io.github.mispa.rules.VoteCount.of(
            record,
            io.github.mispa.procedure.Tally.builder()
                .addBallots(
                    io.github.mispa.procedure.Ballot.of("PER", io.github.mispa.procedure.Vote.FOR))
                .build(),
            record.meeting().startDate(),
            io.github.mispa.rules.DisputedStanding.UNDETERMINED));
    io.github.mispa.rules.Message message =
        io.github.mispa.rules.Message.of("decision.quorum.too-few").withNumber("present", 3);
    instances.add(message, message.arguments().get("present"));
    io.github.mispa.procedure.OpenRecord open = io.github.mispa.procedure.OpenRecord.of(record);
    instances.add(open, open.record());
    io.github.mispa.rules.LiveMeeting live =
        io.github.mispa.rules.LiveMeeting.before(
            record, io.github.mispa.procedure.ActLocation.parse("2.a#18"), RuleSets.mispa());
    io.github.mispa.rules.Outlook outlook = live.outlook();
    instances.add(
        live,
        live.apply(
            record.act(io.github.mispa.procedure.ActLocation.parse("2.a#18")).orElseThrow().act()),
        outlook,
        outlook.pendingMotions().get(0),
        outlook.pendingMotions().get(0).vote(),
        outlook.officesToFill().get(0),
        outlook.documentsToAdopt().get(0));
    instances.add(
        io.github.mispa.model.MemberState.PERU.name(io.github.mispa.model.OfficialLanguage.SPANISH),
        io.github.mispa.model.MemberState.PERU
            .name(io.github.mispa.model.OfficialLanguage.SPANISH)
            .noun());
    instances.add(Findings.forAct(RuleSets.mispa().rules().get(0), record.acts().get(0)));
    instances.addAll(RuleSets.catalogue());
    instances.add(
        io.github.mispa.procedure.RecordShapes.record(),
        io.github.mispa.procedure.ActKind.SECONDING.shape().fields().get(0),
        io.github.mispa.procedure.ActKind.AMENDMENT.shape().conditions().get(0),
        io.github.mispa.procedure.RecordShapes.code(io.github.mispa.model.Office.class),
        io.github.mispa.internal.PersistentMap.<String, String>empty().with("a", "b"),
        new io.github.mispa.internal.PersistentMap.Edit(),
        new io.github.mispa.internal.IdTable());
    instances.add(DocumentSymbol.parse("MISPA V/doc.1/15 rev. 1").suffixes().get(0));
    instances.add(
        io.github.mispa.model.Position.of("Chair of the Committee", "PER"),
        io.github.mispa.model.Link.of(
            io.github.mispa.model.OfficialLanguage.SPANISH, "https://www.oas.org/es/"),
        io.github.mispa.model.Translation.of(
            io.github.mispa.model.OfficialLanguage.SPANISH, "Orden del día"),
        io.github.mispa.procedure.RequiredMajority.of(
            io.github.mispa.procedure.MajorityKind.TWO_THIRDS_OF_MEMBER_STATES, "OAS Charter"),
        io.github.mispa.procedure.VersionedReading.unknown());
    for (RecordedAct act : synthetic.acts()) {
      instances.add(act.act());
    }
    for (Class<?> type : publicClasses()) {
      builderOf(type).ifPresent(instances::add);
      if (type.isEnum()) {
        instances.add(type.getEnumConstants());
      }
    }
    return instances.build();
  }

  private static InvalidRecordException invalidRecordException() {
    try {
      MispaV.record().toBuilder().addPersons(MispaV.record().persons().get(0)).build();
    } catch (InvalidRecordException e) {
      return e;
    }
    throw new AssertionError("a record with a person twice was built");
  }

  private static DocumentSymbolParseException documentSymbolParseException() {
    try {
      DocumentSymbol.parse("MISPA V/DOC.x/15");
    } catch (DocumentSymbolParseException e) {
      return e;
    }
    throw new AssertionError("a malformed symbol was parsed");
  }

  /** A new builder from the type's static {@code builder()}, if it has one. */
  private static Optional<Object> builderOf(Class<?> type) {
    Method builder;
    try {
      builder = type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
    if (!Modifier.isStatic(builder.getModifiers())) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.invoke(null));
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("cannot call " + type.getName() + ".builder()", e);
    }
  }
}
