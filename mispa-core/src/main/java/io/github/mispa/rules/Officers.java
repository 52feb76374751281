package io.github.mispa.rules;

import com.google.common.collect.ImmutableList;
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

  /** The holders of each office, in order of election: a few names, copied when they change. */
  private final ImmutableMap<Office, ImmutableList<String>> holders;

  private final PersistentMap<String, Office> offices;

  private Officers(
      @Nullable String provisionalPresident,
      ImmutableMap<Office, ImmutableList<String>> holders,
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

  ImmutableList<String> holders(Office office) {
    ImmutableList<String> persons = holders.get(office);
    return persons == null ? ImmutableList.of() : persons;
  }

  @Nullable Office officeOf(String person) {
    return offices.get(person);
  }

  /** {@return the chair once elected, before that the provisional president} */
  @Nullable String presiding() {
    ImmutableList<String> chair = holders(Office.CHAIR);
    return chair.isEmpty() ? provisionalPresident : chair.get(0);
  }

  /** {@return these officers with {@code person} elected to {@code office}} */
  Officers elect(String person, Office office, Edit edit) {
    List<String> persons = new ArrayList<>(holders(office));
    persons.add(person);
    return new Officers(
        provisionalPresident,
        withHolders(office, persons),
        offices.get(person) == null ? offices.with(person, office, edit) : offices);
  }

  /** {@return these officers with the election of {@code person} to {@code office} undone} */
  Officers unelect(String person, Office office, Edit edit) {
    List<String> persons = new ArrayList<>(holders(office));
    persons.remove(person);
    return new Officers(
        provisionalPresident,
        withHolders(office, persons),
        office == offices.get(person) ? offices.without(person, edit) : offices);
  }

  private ImmutableMap<Office, ImmutableList<String>> withHolders(
      Office office, List<String> persons) {
    Map<Office, ImmutableList<String>> changed = new EnumMap<>(Office.class);
    changed.putAll(holders);
    changed.put(office, ImmutableList.copyOf(persons));
    return ImmutableMap.copyOf(changed);
  }
}
