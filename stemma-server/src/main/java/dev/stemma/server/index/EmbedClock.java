package dev.stemma.server.index;

import dev.stemma.embed.OnnxEncoder;
import dev.stemma.embed.SentenceEncoder;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts the time spent in the sentence-embedding model, so that matching time can be reported
 * without it (the model's cost depends on the hardware and is reported apart).
 */
public final class EmbedClock {

  private final AtomicLong nanos = new AtomicLong();
  private final AtomicLong sentences = new AtomicLong();

  /** Nanoseconds spent embedding since this clock was made. */
  public long nanos() {
    return nanos.get();
  }

  /** Sentences embedded since this clock was made. */
  public long sentences() {
    return sentences.get();
  }

  /** The shipped model, timed by this clock. */
  public Supplier<SentenceEncoder> timed() {
    return timed(() -> OnnxEncoder.standard());
  }

  /** A model, timed by this clock. */
  public Supplier<SentenceEncoder> timed(Supplier<SentenceEncoder> model) {
    return () -> new Timed(model.get());
  }

  private final class Timed implements SentenceEncoder {
    private final SentenceEncoder inner;

    Timed(SentenceEncoder inner) {
      this.inner = inner;
    }

    @Override
    public int dimension() {
      return inner.dimension();
    }

    @Override
    public float[][] encode(List<String> batch) {
      long t0 = System.nanoTime();
      try {
        return inner.encode(batch);
      } finally {
        nanos.addAndGet(System.nanoTime() - t0);
        sentences.addAndGet(batch.size());
      }
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
