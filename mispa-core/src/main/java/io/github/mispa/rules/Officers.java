package io.github.mispa.rules;

import com.google.common.collect.ImmutableMap;
import io.github.mispa.internal.PersistentMap;
import io.github.mispa.internal.PersistentMap.Edit;
import io.github.mispa.model.Office;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who presides and who holds which office. A part of {@link MeetingState}: immutable; a change
 * gives a new part that shares what did not change.
 */
final class Officers {
  private final @Nullable String provisionalPresident;

  /**
   * The holders of each office, in order of election: appended to without a copy, so that a rule
   * set with no limit on vice chairs elects them in linear time.
   */
  private final ImmutableMap<Office, AppendOnlyList<String>> holders;

  private final PersistentMap<String, Office> offices;

  private Officers(
      @Nullable String provisionalPresident,
      ImmutableMap<Office, AppendOnlyList<String>> holders,
      PersistentMap<String, Office> offices) {
    this.provisionalPresident = provisionalPresident;
    this.holders = holders;
    this.offices = offices;
  }

  static Officers presidedBy(@Nullable String provisionalPresident) {
    return new Officers(provisionalPresident, ImmutableMap.of(), PersistentMap.empty());
  }

  @Nullable String provisionalPresident() {
    return provisionalPresident;
  }

  List<String> holders(Office office) {
    AppendOnlyList<String> persons = holders.get(office);
    return persons == null ? AppendOnlyList.of() : persons;
  }

  @Nullable Office officeOf(String person) {
    return offices.get(person);
  }

  /** {@return the chair once elected, before that the provisional president} */
  @Nullable String presiding() {
    List<String> chair = holders(Office.CHAIR);
    return chair.isEmpty() ? provisionalPresident : chair.get(0);
  }

  /** {@return these officers with {@code person} elected to {@code office}} */
  Officers elect(String person, Office office, Edit edit) {
    AppendOnlyList<String> persons = holders.get(office);
    return new Officers(
        provisionalPresident,
        withHolders(office, (persons == null ? AppendOnlyList.<String>of() : persons).plus(person)),
        offices.get(person) == null ? offices.with(person, office, edit) : offices);
  }

  /** {@return these officers with the election of {@code person} to {@code office} undone} */
  Officers unelect(String person, Office office, Edit edit) {
    List<String> remaining = new ArrayList<>(holders(office));
    remaining.remove(person);
    AppendOnlyList<String> persons = AppendOnlyList.of();
    for (String holder : remaining) {
      persons = persons.plus(holder);
    }
    return new Officers(
        provisionalPresident,
        withHolders(office, persons),
        office == offices.get(person) ? offices.without(person, edit) : offices);
  }

  private ImmutableMap<Office, AppendOnlyList<String>> withHolders(
      Office office, AppendOnlyList<String> persons) {
    Map<Office, AppendOnlyList<String>> changed = new EnumMap<>(Office.class);
    changed.putAll(holders);
    changed.put(office, persons);
    return ImmutableMap.copyOf(changed);
  }
}
