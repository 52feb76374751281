package io.github.mispa.rules;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * The findings of the acts a live meeting has recorded, as a persistent list of each act's
 * findings, newest first: adding an act's findings costs one object and shares the rest, so that
 * every snapshot of the meeting keeps its own findings at no cost. The list in record order is made
 * when first asked for.
 */
final class FindingsSoFar {
  static final FindingsSoFar NONE = new FindingsSoFar(ImmutableList.of(), null, 0, 0);

  private final ImmutableList<Finding> last;
  private final @Nullable FindingsSoFar earlier;
  private final int count;

  /** How many are void or irregular: the meeting is clean while there are none. */
  private final int breaches;

  private volatile @Nullable ImmutableList<Finding> all;

  private FindingsSoFar(
      ImmutableList<Finding> last, @Nullable FindingsSoFar earlier, int count, int breaches) {
    this.last = last;
    this.earlier = earlier;
    this.count = count;
    this.breaches = breaches;
  }

  /** {@return these findings and then {@code act}'s, which are in order among themselves} */
  FindingsSoFar plus(ImmutableList<Finding> act) {
    if (act.isEmpty()) {
      return this;
    }
    int more = 0;
    for (Finding finding : act) {
      if (finding.kind() != FindingKind.UNDETERMINED) {
        more++;
      }
    }
    return new FindingsSoFar(act, count == 0 ? null : this, count + act.size(), breaches + more);
  }

  /** {@return whether none of the findings is void or irregular} */
  boolean isClean() {
    return breaches == 0;
  }

  /** {@return every finding, in record order: in time linear in their number, once} */
  ImmutableList<Finding> all() {
    ImmutableList<Finding> made = all;
    if (made == null) {
      Finding[] list = new Finding[count];
      int end = count;
      for (FindingsSoFar f = this; f != null && f.count > 0; f = f.earlier) {
        end -= f.last.size();
        for (int i = 0; i < f.last.size(); i++) {
          list[end + i] = f.last.get(i);
        }
      }
      made = ImmutableList.copyOf(list);
      all = made;
    }
    return made;
  }
}
