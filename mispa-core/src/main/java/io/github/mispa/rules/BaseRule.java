package io.github.mispa.rules;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.mispa.internal.Checks;
import io.github.mispa.procedure.ActKind;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A convenient base for rules: holds the id, citation, description and the kinds of act looked at,
 * and makes rules of the same class and id equal, so that rule sets compare as values.
 */
public abstract class BaseRule implements Rule {
  private final String id;
  private final String citation;
  private final String description;
  private final ImmutableSet<ActKind> appliesTo;

  /**
   * Creates a rule.
   *
   * @param id the stable id
   * @param citation where the rule comes from
   * @param description what the rule says
   * @param first a kind of act looked at
   * @param rest more kinds of act looked at
   */
  protected BaseRule(
      String id, String citation, String description, ActKind first, ActKind... rest) {
    this.id = Checks.nonBlank("id", id);
    this.citation = Checks.nonBlank("citation", citation);
    this.description = Checks.nonBlank("description", description);
    this.appliesTo = Sets.immutableEnumSet(first, rest);
  }

  /**
   * Creates a rule that looks at the kinds of act in {@code appliesTo}.
   *
   * @param id the stable id
   * @param citation where the rule comes from
   * @param description what the rule says
   * @param appliesTo the kinds of act looked at
   */
  protected BaseRule(String id, String citation, String description, Set<ActKind> appliesTo) {
    this.id = Checks.nonBlank("id", id);
    this.citation = Checks.nonBlank("citation", citation);
    this.description = Checks.nonBlank("description", description);
    this.appliesTo = Sets.immutableEnumSet(appliesTo);
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
    return appliesTo;
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
