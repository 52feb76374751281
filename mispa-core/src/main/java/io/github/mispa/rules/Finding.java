package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import io.github.mispa.internal.Checks;
import io.github.mispa.procedure.ActLocation;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A breach of a rule, or a question the record cannot answer, at one act: the rule, what it means
 * for the act, the article it comes from, where the act is, and a message a chair or secretariat
 * officer can act on.
 *
 * <p>Findings order as their acts do in the record, then by rule id, part and message.
 */
public final class Finding implements Comparable<Finding> {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location)
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.part == null ? "" : f.part)
          .thenComparing(Finding::message);

  private final String ruleId;
  private final FindingKind kind;
  private final String citation;
  private final ActLocation location;
  private final String actPath;
  private final @Nullable String part;
  private final String message;
  private final @Nullable Message structured;

  private Finding(
      String ruleId,
      FindingKind kind,
      String citation,
      ActLocation location,
      String actPath,
      @Nullable String part,
      String message,
      @Nullable Message structured) {
    this.ruleId = ruleId;
    this.kind = kind;
    this.citation = citation;
    this.location = location;
    this.actPath = actPath;
    this.part = part;
    this.message = message;
    this.structured = structured;
  }

  /**
   * Returns a finding on a whole act.
   *
   * @param ruleId the id of the rule, such as {@code election.seconder-distinct}
   * @param kind what it means for the act
   * @param citation where the rule comes from, such as {@code GA Rules, Art. 53}
   * @param location where the act is
   * @param actPath the act's JSON Pointer in the record, such as {@code
   *     /sessions/1/items/0/acts/18}
   * @param message what is wrong, for a person
   */
  public static Finding of(
      String ruleId,
      FindingKind kind,
      String citation,
      ActLocation location,
      String actPath,
      String message) {
    return create(ruleId, kind, citation, location, actPath, null, message);
  }

  /**
   * Returns a finding on part of an act, such as one ballot of a tally ({@code /tally/ballots/3}).
   * A void finding on a part leaves the rest of the act standing.
   */
  public static Finding onPart(
      String ruleId,
      FindingKind kind,
      String citation,
      ActLocation location,
      String actPath,
      String part,
      String message) {
    return create(ruleId, kind, citation, location, actPath, requireNonNull(part, "part"), message);
  }

  private static Finding create(
      String ruleId,
      FindingKind kind,
      String citation,
      ActLocation location,
      String actPath,
      @Nullable String part,
      String message) {
    // Nulls first, so that a null is reported as such whatever the other arguments.
    requireNonNull(ruleId, "ruleId");
    requireNonNull(kind, "kind");
    requireNonNull(citation, "citation");
    requireNonNull(location, "location");
    requireNonNull(actPath, "actPath");
    requireNonNull(message, "message");
    Checks.nonBlank("ruleId", ruleId);
    Checks.nonBlank("citation", citation);
    Checks.nonBlank("message", message);
    if (part != null && !part.startsWith("/")) {
      throw new IllegalArgumentException(
          "part must be a JSON Pointer starting with '/', but was \"" + part + "\"");
    }
    return new Finding(ruleId, kind, citation, location, actPath, part, message, null);
  }

  /**
   * {@return this finding with what its message says as data, for renderers in other languages;
   * equal to this finding, since it says the same}
   */
  public Finding withStructured(Message structured) {
    return new Finding(
        ruleId,
        kind,
        citation,
        location,
        actPath,
        part,
        message,
        requireNonNull(structured, "structured"));
  }

  /** {@return the id of the rule, such as {@code election.seconder-distinct}} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return what the finding means for the act} */
  public FindingKind kind() {
    return kind;
  }

  /** {@return where the rule comes from, such as {@code GA Rules, Art. 53}} */
  public String citation() {
    return citation;
  }

  /** {@return where the act is, such as {@code 2.a#19}} */
  public ActLocation location() {
    return location;
  }

  /**
   * {@return the part of the act concerned, as a JSON Pointer below the act; empty for the whole
   * act}
   */
  public Optional<String> part() {
    return Optional.ofNullable(part);
  }

  /**
   * {@return the JSON Pointer of what the finding concerns: the act, or the part of it, such as
   * {@code /sessions/1/items/0/acts/18} or {@code /sessions/3/items/1/acts/4/tally/ballots/2}}
   */
  public String path() {
    return part == null ? actPath : actPath + part;
  }

  /** {@return whether this finding makes the whole act void} */
  public boolean voidsAct() {
    return kind == FindingKind.VOID && part == null;
  }

  /** {@return what is wrong, for a person, in English} */
  public String message() {
    return message;
  }

  /**
   * {@return what the message says as data (a key and its arguments), from which it can be written
   * in any of the OAS's languages; empty for findings of rules that give their message in English
   * alone}
   */
  public java.util.Optional<Message> structured() {
    return java.util.Optional.ofNullable(structured);
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Finding other
        && ruleId.equals(other.ruleId)
        && kind == other.kind
        && citation.equals(other.citation)
        && location.equals(other.location)
        && actPath.equals(other.actPath)
        && Objects.equals(part, other.part)
        && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, kind, location, part, message);
  }

  /**
   * Returns one line: location, kind, rule, citation and message, such as {@code 2.a#19 void
   * election.seconder-distinct (practice): ...}.
   */
  @Override
  public String toString() {
    return location
        + " "
        + kind.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + ruleId
        + " ("
        + citation
        + "): "
        + message;
  }
}
