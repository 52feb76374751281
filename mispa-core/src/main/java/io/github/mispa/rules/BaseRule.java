package io.github.mispa.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.mispa.internal.Checks;
import io.github.mispa.procedure.Act;
import io.github.mispa.procedure.ActKind;
import io.github.mispa.procedure.RecordedAct;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The base of rules typed by the acts they check: a rule registers, in its constructor, a check for
 * each class of act it looks at, and each check receives acts of that class. The replay calls a
 * rule only for the kinds of act its checks cover, and the types are tied at compile time: a check
 * of decisions registered for secondings does not compile. Rules of the same class and id are
 * equal, so that rule sets compare as values.
 *
 * <pre>{@code
 * final class ObserversDoNotPresent extends BaseRule {
 *   ObserversDoNotPresent() {
 *     super("local.observers-do-not-present", "house practice",
 *         "Permanent observers do not give presentations.");
 *     checks(Presentation.class, this::check);
 *   }
 *
 *   void check(Presentation presentation, RecordedAct act, ProceduralState state, Findings findings) {
 *     act.actor()
 *         .filter(p -> p.kind() == ParticipantKind.PERMANENT_OBSERVER)
 *         .ifPresent(p -> findings.irregular(p.name() + " is an observer and gave a presentation"));
 *   }
 * }
 * }</pre>
 */
public abstract class BaseRule implements Rule {
  /**
   * A check of acts of one class.
   *
   * @param <A> the class of act it checks
   */
  @FunctionalInterface
  public interface Check<A extends Act> {
    /**
     * Checks {@code act} against the state before it.
     *
     * @param act the act
     * @param at the act in its place in the record: its location, date, session and actor
     * @param state the procedural state before the act
     * @param findings where to report, already bound to the rule and the act
     */
    void check(A act, RecordedAct at, ProceduralState state, Findings findings);
  }

  private final String id;
  private final String citation;
  private final String description;
  private final Map<ActKind, List<Check<Act>>> checks = new EnumMap<>(ActKind.class);

  /**
   * The checks of each kind of act, as arrays, made when the rule is first used; volatile, as rules
   * are shared between threads.
   */
  private volatile @Nullable EnumMap<ActKind, Check<Act>[]> byKind;

  private @Nullable ImmutableSet<ActKind> appliesTo;

  /**
   * Creates a rule; its constructor then registers its {@link #checks checks}.
   *
   * @param id the stable id
   * @param citation where the rule comes from
   * @param description what the rule says
   */
  protected BaseRule(String id, String citation, String description) {
    this.id = Checks.nonBlank("id", id);
    this.citation = Checks.nonBlank("citation", citation);
    this.description = Checks.nonBlank("description", description);
  }

  /**
   * Registers {@code check} for every kind of act of class {@code type} or a subclass: {@code
   * Decision.class} for decisions, {@code DecisionAct.class} for decisions and adoptions, {@code
   * Act.class} for every act. Called from the constructor.
   */
  protected final <A extends Act> void checks(Class<A> type, Check<? super A> check) {
    EnumSet<ActKind> kinds = EnumSet.noneOf(ActKind.class);
    for (ActKind kind : ActKind.values()) {
      if (type.isAssignableFrom(kind.type())) {
        kinds.add(kind);
      }
    }
    register(kinds, check);
  }

  /**
   * Registers {@code check} for the kinds of act {@code kinds}, whose classes must all be {@code
   * type} or its subclasses: for a check of some kinds that share no class but {@code Act}.
   *
   * @throws IllegalArgumentException if a kind's class is not {@code type} or a subclass
   */
  protected final <A extends Act> void checks(
      Class<A> type, Set<ActKind> kinds, Check<? super A> check) {
    for (ActKind kind : kinds) {
      checkArgument(
          type.isAssignableFrom(kind.type()),
          "%s acts are not of class %s",
          kind,
          type.getSimpleName());
    }
    register(EnumSet.copyOf(kinds), check);
  }

  @SuppressWarnings("unchecked") // the replay calls a check only with acts of the kinds it covers
  private void register(Set<ActKind> kinds, Check<?> check) {
    checkState(appliesTo == null, "rule %s registers a check after it was used", id);
    for (ActKind kind : kinds) {
      checks.computeIfAbsent(kind, k -> new ArrayList<>()).add((Check<Act>) check);
    }
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String citation() {
    return citation;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final ImmutableSet<ActKind> appliesTo() {
    ImmutableSet<ActKind> kinds = appliesTo;
    if (kinds == null) {
      kinds = Sets.immutableEnumSet(checks.keySet());
      appliesTo = kinds;
    }
    return kinds;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
  private EnumMap<ActKind, Check<Act>[]> byKind() {
    EnumMap<ActKind, Check<Act>[]> found = byKind;
    if (found == null) {
      appliesTo();
      found = new EnumMap<>(ActKind.class);
      for (ActKind kind : ActKind.values()) {
        found.put(kind, checks.getOrDefault(kind, List.of()).toArray(new Check[0]));
      }
      byKind = found;
    }
    return found;
  }

  /**
   * Checks the act at {@code act} with the checks registered for its kind. The engine's arguments
   * are checked here, once for every rule.
   */
  @Override
  public final void check(RecordedAct act, ProceduralState state, Findings findings) {
    requireNonNull(act, "act");
    requireNonNull(state, "state");
    requireNonNull(findings, "findings");
    Act checked = act.act();
    for (Check<Act> check : requireNonNull(byKind().get(checked.kind()))) {
      check.check(checked, act, state, findings);
    }
  }

  /**
   * {@return the checks this rule registered for {@code kind}}: the replay calls them directly,
   * without a call through {@link #check} for every rule and act.
   */
  final Check<Act>[] checksFor(ActKind kind) {
    return requireNonNull(byKind().get(kind));
  }

  // Two rules are the same rule only if they are of one class: a house rule that reuses an id of
  // the catalogue is a different rule. equals is final, so getClass() keeps it symmetric.
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((BaseRule) o).id.equals(id);
  }

  @Override
  public final int hashCode() {
    return id.hashCode();
  }

  /** Returns the id. */
  @Override
  public final String toString() {
    return id;
  }
}
