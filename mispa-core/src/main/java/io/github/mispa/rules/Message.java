package io.github.mispa.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.mispa.internal.Checks;
import io.github.mispa.procedure.ActLocation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a finding says, as data: a key naming the message and its arguments, each of a kind that a
 * renderer puts into words in its own language (a number, a participant of the record, a kind of
 * act, a location, or text of the record as written). The finding's {@link Finding#message()
 * English message} says the same in English; mispa-report writes it in the four official languages
 * from these, and a test holds its English to the finding's.
 *
 * <pre>{@code
 * Message.of("decision.quorum.no-attendance")
 *     .withNumber("session", 2).withNumber("required", 18).withNumber("members", 34);
 * }</pre>
 */
public final class Message {
  /** What an argument is, which says how a renderer writes it. */
  public enum ArgumentKind {
    /** A whole number. */
    NUMBER,
    /** The id of a participant of the record, written as its name in the renderer's language. */
    PARTICIPANT,
    /** The id of a person of the record, written with their form of address and position. */
    PERSON,
    /** An {@link io.github.mispa.model.Office} by its constant's name, written as its title. */
    OFFICE,
    /** A {@link io.github.mispa.procedure.SessionKind} by its constant's name. */
    SESSION_KIND,
    /** The logical name of a kind of act ({@code nomination}), written as the kind's noun. */
    ACT_KIND,
    /** A location in the record ({@code 2.a#18}), written as it is. */
    LOCATION,
    /**
     * Text as the record or the rule set writes it (a name, a title, a rule set's name, a date), or
     * a code the message chooses its own words by, such as a motion's status ({@code approved}).
     */
    TEXT
  }

  /**
   * One argument.
   *
   * @param kind what it is
   * @param value its value: the number or the text
   */
  public record Argument(ArgumentKind kind, String value) {
    /** Checks the argument. */
    public Argument {
      requireNonNull(kind, "kind");
      requireNonNull(value, "value");
    }
  }

  private static final java.util.regex.Pattern KEY =
      java.util.regex.Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]*");

  private final String key;
  private final ImmutableMap<String, Argument> arguments;

  private Message(String key, ImmutableMap<String, Argument> arguments) {
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * Returns a message without arguments.
   *
   * @param key dotted lower-case words, starting with the rule's id: {@code
   *     election.seconder-distinct.own-motion}
   */
  public static Message of(String key) {
    Checks.nonBlank("key", key);
    checkArgument(KEY.matcher(key).matches(), "not a message key: \"%s\"", key);
    return new Message(key, ImmutableMap.of());
  }

  private Message with(String name, ArgumentKind kind, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    checkArgument(NAME.matcher(name).matches(), "not an argument name: \"%s\"", name);
    checkArgument(!arguments.containsKey(name), "argument \"%s\" given twice", name);
    Map<String, Argument> all = new LinkedHashMap<>(arguments);
    all.put(name, new Argument(kind, value));
    return new Message(key, ImmutableMap.copyOf(all));
  }

  /** {@return this message with a number} */
  public Message withNumber(String name, long value) {
    return with(name, ArgumentKind.NUMBER, Long.toString(value));
  }

  /** {@return this message with a participant, by its id in the record} */
  public Message withParticipant(String name, String participantId) {
    return with(name, ArgumentKind.PARTICIPANT, participantId);
  }

  /** {@return this message with a person, by their id in the record} */
  public Message withPerson(String name, String personId) {
    return with(name, ArgumentKind.PERSON, personId);
  }

  /** {@return this message with an office} */
  public Message withOffice(String name, io.github.mispa.model.Office office) {
    return with(name, ArgumentKind.OFFICE, requireNonNull(office, "office").name());
  }

  /** {@return this message with a kind of session} */
  public Message withSessionKind(String name, io.github.mispa.procedure.SessionKind kind) {
    return with(name, ArgumentKind.SESSION_KIND, requireNonNull(kind, "kind").name());
  }

  /** {@return this message with a kind of act, by its logical name such as {@code nomination}} */
  public Message withActKind(String name, String logicalName) {
    return with(name, ArgumentKind.ACT_KIND, logicalName);
  }

  /** {@return this message with a location in the record} */
  public Message withLocation(String name, ActLocation location) {
    return with(name, ArgumentKind.LOCATION, requireNonNull(location, "location").toString());
  }

  /** {@return this message with text as the record or the rule set writes it} */
  public Message withText(String name, String text) {
    return with(name, ArgumentKind.TEXT, text);
  }

  /** {@return the key, such as {@code election.seconder-distinct.own-motion}} */
  public String key() {
    return key;
  }

  /** {@return the arguments by name, in the order they were given} */
  public ImmutableMap<String, Argument> arguments() {
    return arguments;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Message other && key.equals(other.key) && arguments.equals(other.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, arguments);
  }

  /** Returns the key and the arguments, for debugging. */
  @Override
  public String toString() {
    return key + arguments;
  }
}
