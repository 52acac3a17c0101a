package dev.stemma.cli;

import dev.stemma.Progress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Draws a run's progress on standard error: on a terminal one line per stage that updates in
 * place, at most five times a second; in a log (no console) a line every ten seconds of a long
 * stage and one per finished stage.
 */
final class TerminalProgress implements Progress {

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final long LOG_NANOS = 10_000_000_000L;

  private final PrintStream err;
  private final boolean interactive;
  private String stage = "";
  private long total;
  private long startNanos;
  private volatile long lastDraw;

  TerminalProgress(PrintStream err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  @Override
  public synchronized void start(String stage, long total) {
    this.stage = stage;
    this.total = total;
    this.startNanos = System.nanoTime();
    this.lastDraw = interactive ? 0 : startNanos;
    if (interactive) {
      draw(0);
    }
  }

  @Override
  public void advance(long done) {
    long now = System.nanoTime();
    if (now - lastDraw > (interactive ? REDRAW_NANOS : LOG_NANOS)) {
      synchronized (this) {
        lastDraw = now;
        if (interactive) {
          draw(done);
        } else {
          err.println(line(done));
        }
      }
    }
  }

  @Override
  public synchronized void finish(String summary) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    String line = String.format(Locale.ROOT, "%-10s %s (%.1f s)", stage, summary, seconds);
    if (interactive) {
      err.print("\r\033[K");
    }
    err.println(line);
  }

  private void draw(long done) {
    err.print("\r\033[K" + line(done));
    err.flush();
  }

  private String line(long done) {
    String count = total > 0
        ? String.format(Locale.ROOT, "%,d / %,d (%d%%)", done, total, done * 100 / total)
        : String.format(Locale.ROOT, "%,d", done);
    return String.format(Locale.ROOT, "%-10s %s", stage, count);
  }
}
