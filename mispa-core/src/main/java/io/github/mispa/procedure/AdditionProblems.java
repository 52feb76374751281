package io.github.mispa.procedure;

import com.google.common.collect.ImmutableList;
import io.github.mispa.internal.PersistentMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The problems of one addition to an {@link OpenRecord}, thrown together (a list is made only for a
 * problem), and the acts before it by id: one object for both, as an act is added at every step of
 * a meeting.
 */
final class AdditionProblems
    implements RecordIndex.ProblemSink, Function<String, @Nullable RecordedAct> {
  private final PersistentMap<String, RecordedAct> earlier;
  private @Nullable List<RecordProblem> found;

  /** Problems of a session or an item, which refer to no act. */
  AdditionProblems() {
    this(PersistentMap.empty());
  }

  /** Problems of an act, which may refer to the acts {@code earlier} holds by id. */
  AdditionProblems(PersistentMap<String, RecordedAct> earlier) {
    this.earlier = earlier;
  }

  @Override
  public @Nullable RecordedAct apply(String id) {
    return earlier.get(id);
  }

  @Override
  public void problem(String path, String message) {
    List<RecordProblem> list = found;
    if (list == null) {
      list = new ArrayList<>();
      found = list;
    }
    list.add(RecordProblem.of(path, message));
  }

  /** Throws the problems found, if any, as building a whole record would. */
  void throwIfAny() {
    List<RecordProblem> list = found;
    if (list != null) {
      throw new InvalidRecordException(ImmutableList.copyOf(list), list.size());
    }
  }
}
