package io.github.mispa.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.mispa.internal.PersistentMap;
import io.github.mispa.internal.PersistentMap.Edit;
import io.github.mispa.model.Document;
import io.github.mispa.model.DocumentClass;
import io.github.mispa.procedure.MeetingRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where each document stands, when each came to be adopted, and whether the agenda is adopted. A
 * part of {@link MeetingState}: immutable; a change gives a new part that shares what did not
 * change.
 */
final class DocumentStates {
  /** A document's status, and the number of the change that last adopted it. */
  private record Entry(DocumentStatus status, long adoptedAt) {}

  private final ImmutableSet<String> agendas;
  private final PersistentMap<String, Entry> documents;
  private final long changes;

  /** How many agendas stand adopted: counted, so that no change looks through the agendas. */
  private final int adoptedAgendas;

  private DocumentStates(
      ImmutableSet<String> agendas,
      PersistentMap<String, Entry> documents,
      long changes,
      int adoptedAgendas) {
    this.agendas = agendas;
    this.documents = documents;
    this.changes = changes;
    this.adoptedAgendas = adoptedAgendas;
  }

  /** The documents of {@code record}, all drafts; its agendas are found once. */
  static DocumentStates of(MeetingRecord record) {
    ImmutableSet.Builder<String> agendas = ImmutableSet.builder();
    for (Document document : record.documents()) {
      if (document.documentClass() == DocumentClass.AGENDA) {
        agendas.add(document.id());
      }
    }
    return new DocumentStates(agendas.build(), PersistentMap.emptyGrowing(), 0, 0);
  }

  DocumentStatus status(String id) {
    Entry entry = documents.get(id);
    return entry == null ? DocumentStatus.DRAFT : entry.status();
  }

  boolean agendaAdopted() {
    return adoptedAgendas > 0;
  }

  /** The adopted documents, in the order they came to be adopted. */
  ImmutableSet<String> adopted() {
    List<String> ids = new ArrayList<>();
    documents.forEach(
        (id, entry) -> {
          if (entry.status() == DocumentStatus.ADOPTED) {
            ids.add(id);
          }
        });
    ids.sort(Comparator.comparingLong(id -> requireNonNull(documents.get(id)).adoptedAt()));
    return ImmutableSet.copyOf(ids);
  }

  /** {@return these documents with {@code id} at {@code status}} */
  DocumentStates with(String id, DocumentStatus status, Edit edit) {
    Entry previous = documents.get(id);
    long adoptedAt = previous == null ? 0 : previous.adoptedAt();
    if (status == DocumentStatus.ADOPTED
        && (previous == null || previous.status() != DocumentStatus.ADOPTED)) {
      adoptedAt = changes + 1;
    }
    PersistentMap<String, Entry> changed = documents.with(id, new Entry(status, adoptedAt), edit);
    return new DocumentStates(
        agendas, changed, changes + 1, adoptedAgendas + agendaChange(id, previous, status));
  }

  /**
   * {@return how a change of {@code id} from {@code previous} to {@code status} moves the count}
   */
  private int agendaChange(String id, @Nullable Entry previous, DocumentStatus status) {
    if (!agendas.contains(id)) {
      return 0;
    }
    boolean was = previous != null && previous.status() == DocumentStatus.ADOPTED;
    boolean is = status == DocumentStatus.ADOPTED;
    return was == is ? 0 : (is ? 1 : -1);
  }

  /** {@return these documents with {@code ids} drafts again, their adoption reconsidered} */
  DocumentStates reopened(List<String> ids, Edit edit) {
    PersistentMap<String, Entry> changed = documents;
    int agendaCount = adoptedAgendas;
    for (String id : ids) {
      Entry previous = changed.get(id);
      agendaCount += agendaChange(id, previous, DocumentStatus.DRAFT);
      changed =
          changed.with(
              id,
              new Entry(DocumentStatus.DRAFT, previous == null ? 0 : previous.adoptedAt()),
              edit);
    }
    return new DocumentStates(agendas, changed, changes + 1, agendaCount);
  }
}
