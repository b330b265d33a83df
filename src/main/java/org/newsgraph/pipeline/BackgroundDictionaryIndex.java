package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.FileSystemException;
import java.time.Duration;
import java.util.Optional;
import org.newsgraph.link.WikiDictionaryIndex;

/**
 * Builds a store's {@link WikiDictionaryIndex} in a daemon thread while {@code newsgraph serve
 * --allow-ingest} runs, so that documents added after it is done look up their new names in
 * milliseconds instead of streaming the Wikipedia dictionary (seconds). Documents added before then
 * stream the dictionary as a build does. Start and end are reported on stderr; a failure is only a
 * warning.
 */
final class BackgroundDictionaryIndex implements AutoCloseable {

  /** How long {@link #close} waits for the thread to stop and remove its temporary files. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  private final Thread thread;

  private BackgroundDictionaryIndex(Thread thread) {
    this.thread = thread;
  }

  /** Starts building the index when it is missing or cannot be used; empty when it is usable. */
  static Optional<BackgroundDictionaryIndex> startIfNeeded(
      WikiDictionaryIndex index, PrintStream err) {
    Optional<String> problem = index.whyUnusable();
    if (problem.isEmpty()) {
      return Optional.empty();
    }
    err.println(
        "newsgraph: indexing the Wikipedia dictionary in the background ("
            + problem.get()
            + "; about 30 s); until it is done, a document with new names takes"
            + " about 5 s longer to add");
    Thread thread = new Thread(() -> build(index, err), "newsgraph-wikidict-index");
    thread.setDaemon(true);
    setLowPriority(thread);
    thread.start();
    return Optional.of(new BackgroundDictionaryIndex(thread));
  }

  private static void build(WikiDictionaryIndex index, PrintStream err) {
    try {
      WikiDictionaryIndex.Built built = index.build();
      err.println(
          "newsgraph: indexed the Wikipedia dictionary in "
              + ProgressPrinter.duration(built.millis() * 1_000_000)
              + " ("
              + built.bytes() / 1_000_000
              + " MB in "
              + built.file().getParent()
              + "); new names are now looked up in it");
    } catch (InterruptedIOException | ClosedByInterruptException e) {
      err.println("newsgraph: stopped indexing the Wikipedia dictionary");
    } catch (IOException | RuntimeException e) {
      err.println(
          "newsgraph: warning: could not index the Wikipedia dictionary ("
              + describe(e)
              + "); documents are still added, streaming the dictionary for new names");
    }
  }

  /** The message, with the kind of file problem when the message is only a path. */
  private static String describe(Exception e) {
    if (e instanceof FileSystemException files && files.getReason() == null) {
      return e.getClass().getSimpleName() + ": " + files.getFile();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** Stops a build that is still running and waits a little for it to clean up. */
  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join(STOP_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The index is built while the server answers queries and adds documents: they come first. */
  @SuppressWarnings("ThreadPriorityCheck") // a hint to the scheduler is all that is wanted here
  private static void setLowPriority(Thread thread) {
    thread.setPriority(Thread.MIN_PRIORITY);
  }
}
