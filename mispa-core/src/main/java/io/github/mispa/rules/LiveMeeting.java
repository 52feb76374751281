package io.github.mispa.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.mispa.internal.PersistentMap.Edit;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.ActLocation;
import io.github.mispa.procedure.AgendaItem;
import io.github.mispa.procedure.InvalidRecordException;
import io.github.mispa.procedure.MeetingRecord;
import io.github.mispa.procedure.OpenRecord;
import io.github.mispa.procedure.RecordedAct;
import io.github.mispa.procedure.Session;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as it happens: acts are applied one at a time, as the chair speaks, and each is checked
 * under a rule set against the state the meeting is in. Applying an act gives its findings and the
 * meeting after it, in constant time however many acts came before: the record and the state share
 * everything with the meeting before, which stays as it was.
 *
 * <p>A live meeting is a snapshot and never changes: {@link #apply} returns a {@link LiveStep}
 * whose {@link LiveStep#after() after} is a new snapshot; undoing is going back to an earlier one
 * ({@link #undo()} keeps the last {@link #undoDepth()} of them). Snapshots are safe to share
 * between threads.
 *
 * <pre>{@code
 * LiveMeeting live = LiveMeeting.start(opening, RuleSets.mispa()) // meeting, participants, ...
 *     .openSession(Session.builder().number(2).kind(SessionKind.OPENING).date(day).build())
 *     .openItem(AgendaItem.builder().number("2.a").title("Election of officers").build());
 * LiveStep step = live.apply(nomination);
 * step.findings();                // what the rules found about this act: none
 * live = step.after();            // the meeting with the nomination recorded
 * step = live.apply(selfSeconding, LiveMeeting.IfVoid.REFUSE);
 * step.recorded();                // false: Costa Rica cannot second its own nomination
 * step.findings();                // [2.a#2 void election.seconder-distinct ...]
 * live.outlook().pendingMotions(); // the nomination, who may second it, the votes that carry it
 * live = live.undo();             // the meeting before the nomination
 * MeetingRecord record = live.record();
 * }</pre>
 *
 * <p>Acts go into the agenda item opened last ({@link #openItem}), in the session opened last
 * ({@link #openSession}). An act whose references the record cannot resolve (a delegation, person,
 * document or earlier act it does not define) is not an act of the meeting: applying it throws
 * {@link InvalidRecordException}, as building such a record would, and nothing changes. Acts that
 * the rules find void are recorded with their findings, as a record holds them (they have no
 * effect), unless the caller refuses them ({@link IfVoid#REFUSE}).
 *
 * <p>The findings of the acts applied one at a time are those that {@link RuleSet#check} gives for
 * the finished record, in the same order, and {@link #record()} is that record.
 */
public final class LiveMeeting {
  /** How many changes can be undone unless {@link #withUndoDepth} says otherwise. */
  public static final int DEFAULT_UNDO_DEPTH = 1_000;

  /** What to do with an act that the rules find void. */
  public enum IfVoid {
    /**
     * Record it with its findings, as a record holds a void act: it is in the record, and it has no
     * effect on the state.
     */
    RECORD,
    /** Refuse it: the meeting does not change, and the step gives the findings that refused it. */
    REFUSE
  }

  /** How many times the undo depth of snapshots are kept before the chain is cut back to it. */
  private static final long TRIM_AT = 4;

  /** The rule set and its rules for each kind of act, worked out once per live meeting. */
  private record Rules(RuleSet ruleSet, EnumMap<ActKind, Replay.Bound[]> byKind) {
    Replay.Bound[] of(Act act) {
      return requireNonNull(byKind.get(act.kind()));
    }
  }

  private final Rules rules;
  private final OpenRecord open;
  private final MeetingState state;
  private final FindingsSoFar findings;
  private final @Nullable LiveMeeting previous;

  /** How many snapshots {@link #previous} leads back to. */
  private final int history;

  private final int undoDepth;

  private LiveMeeting(
      Rules rules,
      OpenRecord open,
      MeetingState state,
      FindingsSoFar findings,
      @Nullable LiveMeeting previous,
      int history,
      int undoDepth) {
    this.rules = rules;
    this.open = open;
    this.state = state;
    this.findings = findings;
    this.previous = previous;
    this.history = history;
    this.undoDepth = undoDepth;
  }

  /**
   * Starts a live meeting from {@code record}: its meeting, participants, persons and documents,
   * and the sessions, items and acts recorded so far, which are checked once (an empty record has
   * none). The next act goes into the record's last item; the changes before the start cannot be
   * undone.
   */
  public static LiveMeeting start(MeetingRecord record, RuleSet ruleSet) {
    requireNonNull(record, "record");
    requireNonNull(ruleSet, "ruleSet");
    return start(OpenRecord.of(record), ruleSet);
  }

  private static LiveMeeting start(OpenRecord open, RuleSet ruleSet) {
    MeetingRecord written = open.record();
    Rules rules = new Rules(ruleSet, Replay.rulesByKind(ruleSet));
    List<Finding> found = new ArrayList<>();
    MeetingState state =
        Replay.run(
            rules.byKind(),
            MeetingState.initial(written, ruleSet),
            written.acts(),
            null,
            found,
            new Edit());
    return new LiveMeeting(
        rules,
        open,
        state,
        FindingsSoFar.NONE.plus(ImmutableList.copyOf(found)),
        null,
        0,
        DEFAULT_UNDO_DEPTH);
  }

  /**
   * Starts a live meeting where {@code record} was just before the act at {@code location}: the
   * acts before it recorded, its session and item open ({@link OpenRecord#before}). What may happen
   * there is its {@link #outlook()}; what the act would give, {@code
   * dryRun(record.act(location).get().act())}.
   *
   * @throws IllegalArgumentException if the record has no act at {@code location}
   */
  public static LiveMeeting before(MeetingRecord record, ActLocation location, RuleSet ruleSet) {
    requireNonNull(ruleSet, "ruleSet");
    return start(OpenRecord.before(record, location), ruleSet);
  }

  /**
   * Returns the meeting with {@code session} open: the items opened next are its own.
   *
   * @param session the session as it opens: number, kind, title, date, attendance; no items
   * @throws IllegalArgumentException if {@code session} has items
   * @throws InvalidRecordException if its number does not follow the last session's, its date is
   *     outside the meeting, or its attendance names a participant the record does not define
   */
  public LiveMeeting openSession(Session session) {
    return opened(open.openSession(requireNonNull(session, "session")));
  }

  /**
   * Returns the meeting with {@code item} open in the current session: the acts applied next are
   * its own.
   *
   * @param item the item as it is taken up: number, title, documents; no acts
   * @throws IllegalStateException if no session is open
   * @throws IllegalArgumentException if {@code item} has acts or is numbered for another session
   * @throws InvalidRecordException if it does not follow the session's last item, or considers a
   *     document the record does not define
   */
  public LiveMeeting openItem(AgendaItem item) {
    return opened(open.openItem(requireNonNull(item, "item")));
  }

  private LiveMeeting opened(OpenRecord written) {
    Edit edit = new Edit();
    MeetingState over = state.over(written.record(), edit);
    edit.close();
    return next(written, over, findings);
  }

  /**
   * Applies {@code act} at the end of the current item, recording it whatever the rules find, as a
   * record would: {@code apply(act, IfVoid.RECORD)}.
   *
   * @throws IllegalStateException if no item is open
   * @throws InvalidRecordException if the act refers to something the record does not define, or
   *     reuses an earlier act's id; nothing changes
   */
  public LiveStep apply(Act act) {
    return apply(act, IfVoid.RECORD);
  }

  /**
   * Applies {@code act} at the end of the current item: the rules check it against the state the
   * meeting is in, and its effects change the state unless a rule finds it void. Costs what
   * checking one act of a whole record costs, and a few steps more to keep both snapshots.
   *
   * @param ifVoid whether an act the rules find void is recorded with its findings, or refused
   * @return the step: the act in its place, its findings, and the meeting after it (this meeting,
   *     if the act was refused)
   * @throws IllegalStateException if no item is open
   * @throws InvalidRecordException if the act refers to something the record does not define, or
   *     reuses an earlier act's id; nothing changes
   */
  public LiveStep apply(Act act, IfVoid ifVoid) {
    requireNonNull(act, "act");
    requireNonNull(ifVoid, "ifVoid");
    return step(act, ifVoid == IfVoid.REFUSE, false);
  }

  /**
   * Checks {@code act} as if it were applied now, at the end of the current item, and changes
   * nothing: would it be void or irregular, and why. The step's {@link LiveStep#after()} is this
   * meeting, and its act is not {@link LiveStep#recorded() recorded}.
   *
   * @throws IllegalStateException if no item is open
   * @throws InvalidRecordException if the act refers to something the record does not define, or
   *     reuses an earlier act's id
   */
  public LiveStep dryRun(Act act) {
    return step(requireNonNull(act, "act"), true, true);
  }

  private LiveStep step(Act act, boolean refuseVoid, boolean dryRun) {
    OpenRecord written = open.add(act);
    RecordedAct recorded = written.lastAct().orElseThrow();
    Edit edit = new Edit();
    try {
      MeetingState next = state.over(written.record(), edit).enter(recorded, edit);
      List<Finding> list = new ArrayList<>(4);
      boolean isVoid =
          Replay.check(rules.of(act), recorded, next, Findings.collectingInto(list), list);
      ImmutableList<Finding> found =
          list.isEmpty() ? ImmutableList.of() : ImmutableList.copyOf(list);
      if (dryRun || (isVoid && refuseVoid)) {
        return new LiveStep(this, this, recorded, found, false, isVoid);
      }
      if (!isVoid) {
        next = next.apply(recorded, edit);
      }
      next = next.afterAct(recorded, edit);
      LiveMeeting after = next(written, next, findings.plus(found));
      return new LiveStep(this, after, recorded, found, true, isVoid);
    } finally {
      edit.close();
    }
  }

  /** The snapshot after this one, which it can be undone to. */
  private LiveMeeting next(OpenRecord written, MeetingState nextState, FindingsSoFar nextFound) {
    if (undoDepth == 0) {
      return new LiveMeeting(rules, written, nextState, nextFound, null, 0, 0);
    }
    LiveMeeting made =
        new LiveMeeting(rules, written, nextState, nextFound, this, history + 1, undoDepth);
    // The chain is cut back to the undo depth when it is four times as long: a copy of undoDepth
    // snapshots every three undoDepth changes, constant time per change (walking the chain back
    // misses the cache at every snapshot, so it is done seldom), and at most four times the depth
    // kept.
    return made.history > TRIM_AT * undoDepth ? made.trimmed(undoDepth) : made;
  }

  /** This snapshot with only the last {@code depth} changes before it kept for undoing. */
  private LiveMeeting trimmed(int depth) {
    // An array, not a list that grows: this runs every undo depth of changes.
    LiveMeeting[] kept = new LiveMeeting[Math.min(depth, history) + 1];
    LiveMeeting at = this;
    int n = 0;
    while (n < kept.length && at != null) {
      kept[n++] = at;
      at = at.previous;
    }
    LiveMeeting copy = null;
    for (int i = n - 1; i >= 0; i--) {
      LiveMeeting m = kept[i];
      copy =
          new LiveMeeting(
              m.rules,
              m.open,
              m.state,
              m.findings,
              copy,
              copy == null ? 0 : copy.history + 1,
              depth);
    }
    return requireNonNull(copy);
  }

  /** {@return whether a change can be undone: the meeting has a snapshot before this one} */
  public boolean canUndo() {
    return previous != null;
  }

  /**
   * Returns the meeting before the last change: the session or item opened, or the act recorded,
   * last. The snapshot returned is the one that change was made to.
   *
   * @throws IllegalStateException if there is nothing to undo: the meeting is as it started, or the
   *     changes before were more than the undo depth ago
   */
  public LiveMeeting undo() {
    LiveMeeting before = previous;
    checkState(
        before != null,
        "nothing to undo: the meeting is as it started, or the change before was more than %s"
            + " changes ago",
        undoDepth);
    return before;
  }

  /** {@return how many of the last changes can always be undone} */
  public int undoDepth() {
    return undoDepth;
  }

  /**
   * Returns this meeting keeping the last {@code depth} changes for undoing from now on: 0 keeps
   * none, {@link Integer#MAX_VALUE} every one (each snapshot kept holds what its change made, a few
   * hundred bytes). Up to four times as many may be kept at a time.
   *
   * @throws IllegalArgumentException if {@code depth} is negative
   */
  public LiveMeeting withUndoDepth(int depth) {
    checkArgument(depth >= 0, "the undo depth must not be negative, but was %s", depth);
    if (depth == 0) {
      return new LiveMeeting(rules, open, state, findings, null, 0, 0);
    }
    LiveMeeting changed = new LiveMeeting(rules, open, state, findings, previous, history, depth);
    return history > TRIM_AT * depth ? changed.trimmed(depth) : changed;
  }

  /** {@return the rule set the meeting is checked under} */
  public RuleSet ruleSet() {
    return rules.ruleSet();
  }

  /**
   * {@return the procedural state after the last act: who presides, the officers, what is pending,
   * adopted or withdrawn} It never changes. Its {@link ProceduralState#record()} is the record so
   * far.
   */
  public ProceduralState state() {
    return state;
  }

  /** The state, with what only the engine sees (the pending motions). */
  MeetingState meetingState() {
    return state;
  }

  /**
   * {@return the record so far: the sessions, items and acts recorded, void acts included, in
   * constant time} It equals the record built from the same parts; its lists are made when first
   * asked for.
   */
  public MeetingRecord record() {
    return open.record();
  }

  /** {@return the session open now, as it was opened; empty before the first} */
  public Optional<Session> session() {
    return open.session();
  }

  /** {@return the item open now, as it was opened; empty before the current session's first} */
  public Optional<AgendaItem> item() {
    return open.item();
  }

  /** {@return where the next act would be recorded; empty while no item is open} */
  public Optional<ActLocation> nextLocation() {
    return open.nextLocation();
  }

  /**
   * {@return every finding of the acts recorded so far, in record order: those {@link
   * RuleSet#check} gives for the record so far} Made when first asked for, in time linear in their
   * number.
   */
  public ImmutableList<Finding> findings() {
    return findings.all();
  }

  /** {@return whether no act so far has a void or irregular finding} */
  public boolean isClean() {
    return findings.isClean();
  }

  /**
   * {@return the meeting so far as a verdict: the record so far, its findings and the state after
   * its last act, as {@link RuleSet#check} gives them}
   */
  public Verdict verdict() {
    return new Verdict(record(), ruleSet(), findings(), state);
  }

  /**
   * {@return what may happen next: the pending motions and who may second, support, amend or object
   * to each, the votes that would carry them, the offices to fill, the documents to adopt} Worked
   * out by checking each such act as if it were applied now: in time proportional to the pending
   * motions times the participants.
   */
  public Outlook outlook() {
    return Outlook.of(this);
  }

  /** Returns the meeting, the rule set, the acts and where the next act goes. */
  @Override
  public String toString() {
    return record().meeting().name()
        + " under "
        + ruleSet().name()
        + ", live: "
        + open.actCount()
        + (open.actCount() == 1 ? " act" : " acts")
        + nextLocation().map(l -> ", next at " + l).orElse(", no item open");
  }
}
