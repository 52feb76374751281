package io.github.mispa.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on several threads whose results are handed over in the order of the items, on the calling
 * thread. A few items are worked on ahead of the one handed over next, so that every thread has
 * work while memory holds only a window of results, however many items there are.
 */
final class InOrder {
  /** How many items per thread are worked on ahead of the one handed over next. */
  private static final int AHEAD = 4;

  private InOrder() {}

  /**
   * Applies {@code work} to each of {@code items} on {@code threads} threads, and gives the results
   * to {@code then} in the order of the items. What {@code work} throws is thrown here, when its
   * item's turn comes; the items after it are not handed over.
   */
  static <T, R> void map(
      List<T> items, int threads, Function<? super T, R> work, Consumer<? super R> then) {
    if (threads == 1) {
      for (T item : items) {
        then.accept(work.apply(item));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, InOrder::daemon);
    try {
      Deque<Future<R>> window = new ArrayDeque<>();
      Iterator<T> next = items.iterator();
      while (!window.isEmpty() || next.hasNext()) {
        while (window.size() < AHEAD * threads && next.hasNext()) {
          T item = next.next();
          window.add(pool.submit(() -> work.apply(item)));
        }
        then.accept(await(requireNonNull(window.poll())));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a result", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Threads that do not keep the tool running if it ends otherwise. */
  private static Thread daemon(Runnable work) {
    Thread thread = new Thread(work, "mispa-worker");
    thread.setDaemon(true);
    return thread;
  }
}
